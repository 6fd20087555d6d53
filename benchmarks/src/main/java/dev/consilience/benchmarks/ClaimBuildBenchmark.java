package dev.consilience.benchmarks;

import dev.consilience.Claim;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of building one claim without an id, so that the id is derived from its content, as
 * when claims are read from text or JSON that carries none; and of printing a claim's time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClaimBuildBenchmark {
  private List<Claim> claims;
  private int next;

  /** Makes 1,024 varied claims to rebuild. */
  @Setup(Level.Trial)
  public void makeClaims() {
    ClaimGenerator generator = new ClaimGenerator(7);
    claims = generator.manySubjects(
        1_024, ClaimGenerator.subjects(128), generator.sources(100, "source-"));
  }

  /**
   * Rebuilds the next claim from its parts, deriving its id.
   *
   * @return the claim
   */
  @Benchmark
  public Claim buildWithDerivedId() {
    Claim claim = claims.get(next++ & 1023);
    return Claim.builder()
        .subject(claim.subject())
        .quantity(claim.quantity())
        .source(claim.source())
        .relays(claim.relays())
        .statedOn(claim.statedOn())
        .asOf(claim.asOf())
        .build();
  }

  /**
   * Prints the next claim's time as ISO text, as JSON and ids do.
   *
   * @return the text
   */
  @Benchmark
  public String printTime() {
    return claims.get(next++ & 1023).time().orElseThrow().toString();
  }
}
