package dev.consilience.benchmarks;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Source;
import dev.consilience.SourceKind;
import dev.consilience.Subject;
import dev.consilience.Unit;
import dev.consilience.discovery.SourceWeights;
import dev.consilience.discovery.TruthDiscovery;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds to learn source weights from claims about many subjects, in a JVM told it has one
 * processor (the compiler and the collector may still run beside it on another core).
 *
 * <p>The claims have the long tail of real contributions: half come from one prolific source, a
 * fifth from 200 regulars, and the rest from sources that speak once, a third of them anonymous.
 * Each subject has one to six claims (two on average). A source states its subject's true value
 * with a probability that depends on the source (0.9 for the prolific one, 0.6 to 0.95 for a
 * regular, 0.5 for the others), and otherwise a value off by up to 20%. With {@code shape}
 * {@code RANGES}, every claim is a closed range up to 5% wide around its value instead, and a
 * tenth say only "more than" a value below it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:ActiveProcessorCount=1"})
public class TruthDiscoveryBenchmark {
  private static final Unit PERSON = Unit.of("person");

  /** How the claims state their values. */
  public enum Shape {
    /** Every claim is a single number. */
    POINTS,
    /** Every claim is a range. */
    RANGES
  }

  /** How many claims to learn from. */
  @Param({"50000", "500000"})
  public int claims;

  /** Whether claims are single numbers or ranges. */
  @Param({"POINTS", "RANGES"})
  public Shape shape;

  private List<Claim> data;
  private TruthDiscovery learner;

  /** Makes the claims, the same for every run. */
  @Setup(Level.Trial)
  public void makeClaims() {
    SplittableRandom random = new SplittableRandom(6);
    Source prolific = Source.builder().id("bot").name("bot").kind(SourceKind.OTHER).build();
    List<Source> regulars = new ArrayList<>();
    double[] regularAccuracy = new double[200];
    for (int r = 0; r < 200; r++) {
      regulars.add(Source.builder().id("regular-" + r).name("regular-" + r)
          .kind(SourceKind.INDIVIDUAL).build());
      regularAccuracy[r] = 0.6 + 0.35 * random.nextDouble();
    }
    List<Claim> made = new ArrayList<>(claims);
    int subject = 0;
    while (made.size() < claims) {
      Subject about = Subject.of("city-" + subject++);
      long truth = 1_000 + random.nextInt(1_000_000);
      int voices = Math.min(claims - made.size(), 1 + Math.min(5, geometric(random, 0.5)));
      for (int v = 0; v < voices; v++) {
        double pick = random.nextDouble();
        Source source;
        double accuracy;
        if (pick < 0.5) {
          source = prolific;
          accuracy = 0.9;
        } else if (pick < 0.7) {
          int r = random.nextInt(regulars.size());
          source = regulars.get(r);
          accuracy = regularAccuracy[r];
        } else {
          String id = "once-" + made.size();
          source = Source.builder().id(id).name(id)
              .kind(random.nextInt(3) == 0 ? SourceKind.OTHER : SourceKind.INDIVIDUAL).build();
          accuracy = 0.5;
        }
        long value = random.nextDouble() < accuracy
            ? truth
            : truth + (long) (truth * (random.nextDouble() * 0.4 - 0.2)) + 1;
        made.add(Claim.builder()
            .subject(about)
            .quantity(Quantity.of(range(random, value), PERSON))
            .source(source)
            .build());
      }
    }
    data = made;
    learner = TruthDiscovery.builder()
        .groupBy(source -> source.kind() == SourceKind.OTHER ? "anonymous" : "registered")
        .build();
  }

  private Range range(SplittableRandom random, long value) {
    if (shape == Shape.POINTS) {
      return Range.singleton(value);
    }
    long width = (long) (value * 0.05 * random.nextDouble());
    if (random.nextInt(10) == 0) {
      return Range.greaterThan(value - width - 1);
    }
    long low = value - (long) (width * random.nextDouble());
    return Range.closed(low, low + width);
  }

  private static int geometric(SplittableRandom random, double p) {
    int n = 0;
    while (random.nextDouble() > p) {
      n++;
    }
    return n;
  }

  /**
   * Learns the weights of every source.
   *
   * @return the weights
   */
  @Benchmark
  public SourceWeights learn() {
    return learner.learn(data);
  }
}
