package dev.consilience.benchmarks;

import dev.consilience.Claim;
import dev.consilience.Source;
import dev.consilience.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Measures the heap a list of claims retains per claim, beyond the sources, subjects and units
 * the claims share.
 *
 * <p>The list holds 1,000,000 claims (by default) about 100,000 subjects from 1,000 sources, as
 * {@link ClaimGenerator} makes them. The retained size is counted exactly by walking the object
 * graph with JOL: everything reachable from the list, minus everything reachable from the
 * shared sources, subjects and units. A second figure, from the used heap before and after the
 * list is made (after full collections), checks the first.
 *
 * <p>Run with {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar
 * dev.consilience.benchmarks.ClaimFootprint [claims]}.
 */
public final class ClaimFootprint {
  static final int CLAIMS = 1_000_000;
  static final int SUBJECTS = 100_000;
  static final int SOURCES = 1_000;
  static final long SEED = 42;

  private ClaimFootprint() {}

  /**
   * Prints the retained heap per claim.
   *
   * @param args optionally, the number of claims
   */
  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : CLAIMS;
    ClaimGenerator generator = new ClaimGenerator(SEED);
    List<Subject> subjects = ClaimGenerator.subjects(SUBJECTS);
    List<Source> sources = generator.sources(SOURCES, "source-");
    List<Object> shared = new ArrayList<>(subjects);
    shared.addAll(sources);
    shared.addAll(ClaimGenerator.UNITS);

    long before = usedAfterGc();
    List<Claim> claims = generator.manySubjects(count, subjects, sources);
    long after = usedAfterGc();

    GraphLayout all = GraphLayout.parseInstance(claims);
    GraphLayout sharedLayout = GraphLayout.parseInstance(shared.toArray());
    GraphLayout own = all.subtract(sharedLayout);

    System.out.println(VM.current().details());
    System.out.printf(Locale.ROOT, "claims: %,d about %,d subjects from %,d sources%n",
        count, SUBJECTS, SOURCES);
    System.out.printf(Locale.ROOT, "retained per claim (JOL): %.1f bytes%n",
        (double) own.totalSize() / count);
    System.out.printf(Locale.ROOT, "retained per claim (heap difference after GC): %.1f bytes%n",
        (double) (after - before) / count);
    System.out.println("by class, beyond the shared parts:");
    System.out.println(own.toFootprint());
    if (claims.size() != count) {
      throw new AssertionError("generated " + claims.size() + " claims, not " + count);
    }
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    // Collections settle after a few rounds; the least used heap seen is the live set.
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
