package dev.consilience.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.consilience.Claim;
import dev.consilience.benchmarks.PlainRecords.ClaimRecord;
import dev.consilience.jackson.ConsilienceModule;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claims per second written and read as JSON: with {@link ConsilienceModule}, and, as the
 * baseline, the same data as plain records bound by Jackson databind with no custom code.
 *
 * <p>Each operation writes or reads a JSON array of 100,000 claims about 10,000 subjects from
 * 1,000 sources; the score counts claims. Both sides write the same document (checked when the
 * data is made). {@link JsonRatios} runs this benchmark and prints module/baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@OperationsPerInvocation(JsonBenchmark.CLAIMS)
public class JsonBenchmark {
  static final int CLAIMS = 100_000;

  private List<Claim> claims;
  private List<ClaimRecord> records;
  private byte[] moduleJson;
  private byte[] baselineJson;
  private ObjectWriter moduleWriter;
  private ObjectReader moduleReader;
  private ObjectWriter baselineWriter;
  private ObjectReader baselineReader;

  /**
   * Makes the claims, their records and both documents, and checks that the documents agree.
   *
   * @throws IOException never: the JSON is written to memory
   */
  @Setup(Level.Trial)
  public void makeData() throws IOException {
    ClaimGenerator generator = new ClaimGenerator(3);
    claims = generator.manySubjects(
        CLAIMS, ClaimGenerator.subjects(10_000), generator.sources(1_000, "source-"));
    records = PlainRecords.of(claims);

    ObjectMapper module = JsonMapper.builder().addModule(new ConsilienceModule()).build();
    moduleWriter = module.writerFor(new TypeReference<List<Claim>>() {});
    moduleReader = module.readerFor(new TypeReference<List<Claim>>() {});
    // Configuration only: leave absent values out and write decimals as the module does.
    ObjectMapper baseline = JsonMapper.builder()
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    baselineWriter = baseline.writerFor(new TypeReference<List<ClaimRecord>>() {});
    baselineReader = baseline.readerFor(new TypeReference<List<ClaimRecord>>() {});

    moduleJson = writeModule();
    baselineJson = writeBaseline();
    JsonNode written = module.readTree(moduleJson);
    if (!written.equals(baseline.readTree(baselineJson))) {
      throw new IllegalStateException("the module and the baseline wrote different documents");
    }
    if (!readModule().equals(claims)) {
      throw new IllegalStateException("the module does not read back the claims it wrote");
    }
    // Records read back with null for the left-out empty relay lists: compare what they write.
    if (!Arrays.equals(baselineWriter.writeValueAsBytes(readBaseline()), baselineJson)) {
      throw new IllegalStateException("the baseline does not read back the records it wrote");
    }
  }

  /**
   * Writes the claims with the module.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeModule() throws IOException {
    return moduleWriter.writeValueAsBytes(claims);
  }

  /**
   * Writes the records with plain databind.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeBaseline() throws IOException {
    return baselineWriter.writeValueAsBytes(records);
  }

  /**
   * Reads the claims with the module.
   *
   * @return the claims
   * @throws IOException never
   */
  @Benchmark
  public List<Claim> readModule() throws IOException {
    return moduleReader.readValue(moduleJson);
  }

  /**
   * Reads the records with plain databind.
   *
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public List<ClaimRecord> readBaseline() throws IOException {
    return baselineReader.readValue(baselineJson);
  }
}
