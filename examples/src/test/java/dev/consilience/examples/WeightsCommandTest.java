package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.Unit;
import dev.consilience.discovery.SourceWeight;
import dev.consilience.discovery.SourceWeights;
import dev.consilience.discovery.TruthDiscovery;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code consilience weights} and {@code consilience reconcile --learn}. */
class WeightsCommandTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final String TOWNS_FILE = "src/test/resources/towns.jsonl";

  @TempDir
  Path dir;

  /** The claims of {@code towns.jsonl}: four sources on four towns' populations. */
  private static List<Claim> towns() {
    try (MappingIterator<Claim> it =
        MAPPER.readerFor(Claim.class).readValues(Path.of(TOWNS_FILE).toFile())) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void printsOneRowPerSourceHeaviestFirstWithWhatWasLearned() {
    SourceWeights learned = TruthDiscovery.defaults().learn(towns());

    CommandRun run = CommandRun.of("weights", TOWNS_FILE);

    assertThat(run.exitCode).as("%s", run).isZero();
    List<String> lines = run.out.lines().collect(Collectors.toList());
    assertThat(lines.get(0)).isEqualTo(String.format(Locale.ROOT,
        "learned from 4 sources in %d rounds (converged)", learned.iterations()));
    assertThat(lines.get(2).split(" +"))
        .containsExactly("source", "weight", "accuracy", "agreed", "subjects", "compared");
    List<SourceWeight> heaviestFirst = learned.sources().stream()
        .sorted(Comparator.comparingDouble(SourceWeight::weight).reversed())
        .collect(Collectors.toList());
    assertThat(lines.subList(4, lines.size()).stream()
            .map(line -> line.trim().replaceAll(" +", " ")))
        .containsExactlyElementsOf(heaviestFirst.stream().map(source -> String.join(" ",
            source.sourceId(),
            String.format(Locale.ROOT, "%.3f", source.weight()),
            String.format(Locale.ROOT, "%.3f", source.accuracy()),
            String.format(Locale.ROOT, "%.2f", source.agreements()),
            Integer.toString(source.subjects()),
            Integer.toString(source.compared())))
            .collect(Collectors.toList()));
    assertThat(heaviestFirst.get(3).sourceId()).isEqualTo("travel-blog");
  }

  @Test
  void sourcesOfEqualWeightAreListedByIdWhateverTheInputOrder() throws IOException {
    List<Claim> claims = new ArrayList<>();
    for (int town = 0; town < 3; town++) {
      claims.add(claim("town-" + town, "zeta", 100 + town));
      claims.add(claim("town-" + town, "alpha", 100 + town));
      claims.add(claim("town-" + town, "mid", town == 0 ? 999 : 100 + town));
    }
    SourceWeights learned = TruthDiscovery.defaults().learn(claims);
    assertThat(learned.find("alpha").orElseThrow().weight())
        .isEqualTo(learned.find("zeta").orElseThrow().weight());
    List<Claim> reversed = new ArrayList<>(claims);
    java.util.Collections.reverse(reversed);

    for (List<Claim> input : List.of(claims, reversed)) {
      Path file = dir.resolve("equal.json");
      Files.writeString(file, MAPPER.writeValueAsString(input));
      List<String> rows = CommandRun.of("weights", file.toString()).out.lines()
          .skip(4).map(line -> line.split(" +")[0]).collect(Collectors.toList());
      assertThat(rows).containsExactly("alpha", "zeta", "mid");
    }
  }

  @Test
  void jsonFormatWritesTheLearnedWeightsWithTheModule() throws IOException {
    CommandRun run = CommandRun.of("weights", TOWNS_FILE, "--format", "json");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(MAPPER.readTree(run.out)).isEqualTo(MAPPER.readTree(
        MAPPER.writeValueAsString(TruthDiscovery.defaults().learn(towns()))));
  }

  @Test
  void readsStandardInputAsForReconcile() throws IOException {
    CommandRun run = CommandRun.withStdin(Files.readString(Path.of(TOWNS_FILE)), "weights", "-");

    assertThat(run.out).isEqualTo(CommandRun.of("weights", TOWNS_FILE).out);
  }

  @Test
  void withoutAFileLearnsFromTheBundledClaims() throws IOException {
    JsonNode written = MAPPER.readTree(CommandRun.of("weights", "--format", "json").out);

    assertThat(written).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(
        TruthDiscovery.defaults().learn(KurskArticle.claims()))));
  }

  @Test
  void reconcileWithLearnWeighsTheVoicesByTheLearnedWeights() throws IOException {
    List<Claim> towns = towns();
    Reconciler learned = Reconciler.builder()
        .weighting(TruthDiscovery.defaults().learn(towns)).build();

    CommandRun run = CommandRun.of("reconcile", TOWNS_FILE, "--learn", "--format", "json");

    assertThat(run.exitCode).as("%s", run).isZero();
    List<Reconciliation> expected = new ArrayList<>(learned.reconcileAll(towns).values());
    assertThat(MAPPER.readTree(run.out))
        .isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(expected)));
  }

  @Test
  void learningBreaksATieThatReliabilityLeavesUnresolved() throws IOException {
    JsonNode byReliability = dunmore(CommandRun.of("reconcile", TOWNS_FILE, "--format", "json"));
    JsonNode learned =
        dunmore(CommandRun.of("reconcile", TOWNS_FILE, "--learn", "--format", "json"));

    assertThat(byReliability.get("verdict").asText()).isEqualTo("unresolved");
    assertThat(learned.get("verdict").asText()).isEqualTo("contested");
    assertThat(learned.get("estimate").decimalValue()).isEqualByComparingTo("5030");
  }

  private static JsonNode dunmore(CommandRun run) throws IOException {
    for (JsonNode reconciliation : MAPPER.readTree(run.out)) {
      if (reconciliation.get("subject").get("id").asText().startsWith("town/dunmore/")) {
        return reconciliation;
      }
    }
    throw new AssertionError("no reconciliation of dunmore in " + run);
  }

  @Test
  void aLongSourceIdIsCutSoTheTableFitsOneHundredColumns() throws IOException {
    String longId = "a-source-whose-id-goes-on-".repeat(6);
    Path file = dir.resolve("long.json");
    Files.writeString(file, MAPPER.writeValueAsString(List.of(
        claim("s1", longId, 10), claim("s1", "other", 10), claim("s2", longId, 20))));

    CommandRun run = CommandRun.of("weights", file.toString());

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(run.out).contains("…");
  }

  private static Claim claim(String subject, String source, long value) {
    return Claim.builder()
        .subject(Subject.of(subject))
        .quantity(Quantity.of(Range.singleton(value), Unit.of("person")))
        .source(Source.of(source, source))
        .build();
  }

  /**
   * Graded sources: two A sources agree on six towns, an E source dissents on them; a one-claim A
   * source and a one-claim E source each speak on a seventh town of their own with the E source.
   */
  private static List<Claim> graded() {
    List<Claim> claims = new ArrayList<>();
    for (int town = 0; town < 6; town++) {
      claims.add(graded("town-" + town, "a1", Reliability.A, 100 + town));
      claims.add(graded("town-" + town, "a2", Reliability.A, 100 + town));
      claims.add(graded("town-" + town, "e1", Reliability.E, 900 + town));
    }
    claims.add(graded("town-6", "a-once", Reliability.A, 50));
    claims.add(graded("town-6", "e1", Reliability.E, 60));
    claims.add(graded("town-7", "e-once", Reliability.E, 70));
    claims.add(graded("town-7", "e1", Reliability.E, 80));
    return claims;
  }

  private static Claim graded(String subject, String source, Reliability reliability, long value) {
    return Claim.builder()
        .subject(Subject.of(subject))
        .quantity(Quantity.of(Range.singleton(value), Unit.of("person")))
        .source(Source.builder().id(source).name(source).reliability(reliability).build())
        .build();
  }

  @Test
  void groupByChoosesHowSourcesAreGroupedForTheirPrior() throws IOException {
    Path file = dir.resolve("graded.json");
    Files.writeString(file, MAPPER.writeValueAsString(graded()));
    SourceWeights byReliability = TruthDiscovery.builder()
        .groupBy(Source::reliability).build().learn(graded());
    SourceWeights oneGroup = TruthDiscovery.builder()
        .groupBy(source -> "").build().learn(graded());

    JsonNode grouped = MAPPER.readTree(CommandRun.of(
        "weights", file.toString(), "--group-by", "reliability", "--format", "json").out);
    JsonNode ungrouped = MAPPER.readTree(CommandRun.of(
        "weights", file.toString(), "--group-by", "none", "--format", "json").out);

    assertThat(grouped).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(byReliability)));
    assertThat(ungrouped).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(oneGroup)));
    assertThat(byReliability.find("a-once").orElseThrow().weight())
        .isGreaterThan(oneGroup.find("a-once").orElseThrow().weight());
    assertThat(CommandRun.of("weights", file.toString(), "--format", "json").out)
        .isEqualTo(CommandRun.of("weights", file.toString(), "--group-by", "kind",
            "--format", "json").out);
  }

  @Test
  void reconcileLearnsWithTheGroupsAsked() throws IOException {
    Path file = dir.resolve("graded.json");
    Files.writeString(file, MAPPER.writeValueAsString(graded()));
    Reconciler byReliability = Reconciler.builder().weighting(TruthDiscovery.builder()
        .groupBy(Source::reliability).build().learn(graded())).build();

    CommandRun run = CommandRun.of("reconcile", file.toString(), "--learn",
        "--group-by", "RELIABILITY", "--format", "json");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(MAPPER.readTree(run.out)).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(
        new ArrayList<>(byReliability.reconcileAll(graded()).values()))));
  }

  @Test
  void groupByWithoutLearnIsAUsageError() {
    CommandRun run = CommandRun.of("reconcile", "--group-by", "none");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).startsWith("--group-by needs --learn");
  }

  @Test
  void emptyInputHasNoClaimsToLearnFrom() {
    CommandRun run = CommandRun.withStdin("\n", "weights", "-");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo("no claims to learn from\n");
  }

  @Test
  void aMissingFileIsAnInputError() {
    String missing = dir.resolve("missing.json").toString();

    CommandRun run = CommandRun.of("weights", missing);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(
        "consilience: cannot read " + missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void helpNamesTheWeightsCommandAndItsOptions() {
    assertThat(CommandRun.of("--help").out).contains("weights");
    assertThat(CommandRun.of("weights", "--help").out)
        .contains("Usage: consilience weights", "--format", "Exit codes:");
    assertThat(CommandRun.of("reconcile", "--help").out).contains("--learn");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CommandRun run = CommandRun.of("weights", "--as-of", "2025");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("Unknown option: '--as-of'");
  }
}
