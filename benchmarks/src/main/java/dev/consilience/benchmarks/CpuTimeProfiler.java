package dev.consilience.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Reports the CPU time the benchmark's JVM spent per operation: all its threads, the collector's
 * and the compiler's included.
 *
 * <p>On a machine shared with other work, wall-clock scores depend on how much of a core the
 * benchmark got; CPU time per operation does not (caches are still shared). Use with {@code -prof
 * dev.consilience.benchmarks.CpuTimeProfiler}; the result is {@code ·cpu.time.norm} in
 * nanoseconds per operation (per claim where the score counts claims).
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean system =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long start;

  @Override
  public String getDescription() {
    return "CPU time of the whole JVM per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    start = system.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpu = system.getProcessCpuTime() - start;
    // Measured operations already count @OperationsPerInvocation.
    long operations = Math.max(1, result.getMetadata().getMeasuredOps());
    return List.of(new ScalarResult("cpu.time.norm", (double) cpu / operations,
        "ns/op", AggregationPolicy.AVG));
  }
}
