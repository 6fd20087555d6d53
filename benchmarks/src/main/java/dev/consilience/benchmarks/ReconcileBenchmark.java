package dev.consilience.benchmarks;

import dev.consilience.Claim;
import dev.consilience.Trend;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.util.List;
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
 * Time to reconcile the claims about one subject, from 2 to 1,000,000 claims: the growth should
 * be O(n log n).
 *
 * <p>The claims state random ranges near one true value, each from its own origin, except a
 * tenth that echo an earlier claim's origin through a relay (see {@link ClaimGenerator}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ReconcileBenchmark {
  /** How many claims the subject has. */
  @Param({"2", "10", "100", "10000", "1000000"})
  public int claims;

  /** How the subject's true value may change: cumulative subjects are also projected in time. */
  @Param({"FIXED", "CUMULATIVE"})
  public Trend trend;

  private List<Claim> data;
  private Reconciler reconciler;

  /** Makes the claims, the same for every run. */
  @Setup(Level.Trial)
  public void makeClaims() {
    data = new ClaimGenerator(1).oneSubject(claims, trend);
    reconciler = Reconciler.defaults();
  }

  /**
   * Reconciles every claim.
   *
   * @return the reconciliation
   */
  @Benchmark
  public Reconciliation reconcile() {
    return reconciler.reconcile(data);
  }
}
