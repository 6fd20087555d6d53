package dev.consilience.benchmarks;

import dev.consilience.Claim;
import dev.consilience.Subject;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claims per second when reconciling 1,000,000 claims about many subjects at once, on one core.
 *
 * <p>By default 100,000 subjects of 10 claims each, from a pool of 1,000 sources, a tenth of
 * them echoes; the claims come in a shuffled order, so grouping them by subject is measured too.
 * The forked JVM is told it has one processor, so neither the reconciler nor the collector can
 * use a second core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
@OperationsPerInvocation(ReconcileAllBenchmark.CLAIMS)
public class ReconcileAllBenchmark {
  static final int CLAIMS = 1_000_000;

  /** How many subjects share the claims. */
  @Param({"100000"})
  public int subjects;

  private List<Claim> data;
  private Reconciler reconciler;

  /** Makes the claims and shuffles them, the same for every run. */
  @Setup(Level.Trial)
  public void makeClaims() {
    ClaimGenerator generator = new ClaimGenerator(2);
    List<Claim> claims = new ArrayList<>(generator.manySubjects(
        CLAIMS, ClaimGenerator.subjects(subjects), generator.sources(1_000, "source-")));
    Collections.shuffle(claims, new Random(2));
    data = claims;
    reconciler = Reconciler.defaults();
  }

  /**
   * Reconciles every subject; the score counts claims.
   *
   * @return one reconciliation per subject
   */
  @Benchmark
  public Map<Subject, Reconciliation> reconcileAll() {
    return reconciler.reconcileAll(data);
  }
}
