package dev.consilience.benchmarks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link JsonBenchmark} and prints, for writing and for reading, the module's throughput
 * as a fraction of the plain-records baseline's, measured in the same run.
 *
 * <p>Takes JMH's command-line options: {@code java -cp benchmarks.jar
 * dev.consilience.benchmarks.JsonRatios -f 1 -prof dev.consilience.benchmarks.CpuTimeProfiler}.
 * With {@link CpuTimeProfiler}, the ratio of CPU time per claim is printed too.
 */
public final class JsonRatios {
  private static final String CPU = "cpu.time.norm";

  private JsonRatios() {}

  /**
   * Runs the benchmark and prints the ratios.
   *
   * @param args JMH command-line options
   * @throws RunnerException if the benchmark fails
   * @throws CommandLineOptionException if an option is not JMH's
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, RunResult> runs = new HashMap<>();
    for (RunResult run : new Runner(new OptionsBuilder()
        .parent(new CommandLineOptions(args))
        .include(JsonBenchmark.class.getName() + "\\.")
        .build()).run()) {
      String name = run.getParams().getBenchmark();
      runs.put(name.substring(name.lastIndexOf('.') + 1), run);
    }
    System.out.println();
    for (String operation : new String[] {"write", "read"}) {
      RunResult module = runs.get(operation + "Module");
      RunResult baseline = runs.get(operation + "Baseline");
      if (module == null || baseline == null) {
        continue;
      }
      print(operation, "claims/s", module.getPrimaryResult(), baseline.getPrimaryResult(), false);
      Result<?> moduleCpu = module.getSecondaryResults().get(CPU);
      Result<?> baselineCpu = baseline.getSecondaryResults().get(CPU);
      if (moduleCpu != null && baselineCpu != null) {
        print(operation, "CPU ns/claim", moduleCpu, baselineCpu, true);
      }
    }
  }

  /** Prints module/baseline throughput; for times per claim, that is baseline/module. */
  private static void print(String operation, String unit, Result<?> module, Result<?> baseline,
      boolean perClaim) {
    double ratio = perClaim
        ? baseline.getScore() / module.getScore()
        : module.getScore() / baseline.getScore();
    // The relative errors of a quotient add in quadrature.
    double error = ratio * Math.hypot(
        module.getScoreError() / module.getScore(),
        baseline.getScoreError() / baseline.getScore());
    System.out.printf(Locale.ROOT,
        "%-5s module %,.0f ± %,.0f, baseline %,.0f ± %,.0f %s: module/baseline throughput"
            + " %.2f ± %.2f%n",
        operation, module.getScore(), module.getScoreError(), baseline.getScore(),
        baseline.getScoreError(), unit, ratio, error);
  }
}
