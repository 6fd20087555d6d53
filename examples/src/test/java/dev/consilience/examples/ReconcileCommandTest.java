package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReconcileCommandTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Unit PERSON = Unit.of("person");
  private static final Subject TROOPS = Subject.of("test/troops");
  private static final Subject LOSSES = Subject.of("test/losses", Trend.CUMULATIVE);

  /** Three voices on troops, two of which agree; two counts of losses months apart. */
  private static final List<Claim> CLAIMS = List.of(
      claim(TROOPS, "alpha", Reliability.B, Range.closed(100, 120), "2025-03"),
      claim(TROOPS, "bravo", Reliability.C, Range.closed(110, 130), "2025-03"),
      claim(TROOPS, "charlie", Reliability.E, Range.closed(500, 600), "2025-03"),
      claim(LOSSES, "alpha", Reliability.B, Range.atLeast(40), "2025-01"),
      claim(LOSSES, "bravo", Reliability.C, Range.closed(60, 70), "2025-06"));

  @TempDir
  Path dir;

  @Test
  void withoutACommandReconcilesTheBundledClaimsIntoTheGoldenReport() {
    CommandRun run = CommandRun.of();

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.err).isEmpty();
    Golden.assertFileHolds("src/test/resources/kursk-report.txt", run.out);
  }

  @Test
  void reconcileWithoutAFileReconcilesTheBundledClaims() {
    assertThat(CommandRun.of("reconcile").out).isEqualTo(CommandRun.of().out);
  }

  @Test
  void theReportFitsOneHundredColumns() {
    assertThat(CommandRun.of().out.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void aConflictAcrossTimeIsReportedWithItsReasonWrapped() throws IOException {
    String claims = Files.readString(Path.of("src/test/resources/casualties.jsonl"));

    CommandRun run = CommandRun.withStdin(claims, "reconcile", "-");

    assertThat(run.exitCode).as("%s", run).isZero();
    Golden.assertFileHolds("src/test/resources/casualties-report.txt", run.out);
  }

  @Test
  void readsAJsonArrayFromAFile() {
    CommandRun run = CommandRun.of("reconcile", write("claims.json", jsonArray(CLAIMS)));

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).isEqualTo(report(Reconciler.defaults().reconcileAll(CLAIMS).values()));
  }

  @Test
  void readsJsonLinesFromStandardInput() {
    CommandRun run = CommandRun.withStdin(jsonLines(CLAIMS), "reconcile", "-");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).isEqualTo(report(Reconciler.defaults().reconcileAll(CLAIMS).values()));
  }

  @Test
  void aJsonLinesFileAndAJsonArrayGiveTheSameReport() {
    assertThat(CommandRun.of("reconcile", write("claims.jsonl", jsonLines(CLAIMS))).out)
        .isEqualTo(CommandRun.of("reconcile", write("claims.json", jsonArray(CLAIMS))).out);
  }

  @Test
  void theReportShowsEachSubjectsVerdict() {
    String out = CommandRun.of("reconcile", write("claims.json", jsonArray(CLAIMS))).out;

    assertThat(out).contains("test/troops", "test/losses").containsPattern("verdict +contested");
  }

  @Test
  void aDeprecatedClaimIsListedAsExcludedWithItsReason() {
    Claim deprecated = Claim.builder().from(CLAIMS.get(2)).rank(Rank.DEPRECATED).build();
    List<Claim> claims = List.of(CLAIMS.get(0), CLAIMS.get(1), deprecated);

    String out = CommandRun.of("reconcile", write("claims.json", jsonArray(claims))).out;

    assertThat(out)
        .containsPattern("charlie +- +- +2025-03 +excluded\n")
        .contains("excluded      charlie: ranked deprecated")
        .containsPattern("verdict +consistent");
  }

  @Test
  void aSourceThatContradictsItselfIsNamedOnceWithItsTwoRanges() {
    List<Claim> claims = List.of(
        claim(TROOPS, "alpha", Reliability.B, Range.closed(1, 2), "2025-03"),
        claim(TROOPS, "alpha", Reliability.B, Range.closed(5, 6), "2025-03"),
        claim(TROOPS, "bravo", Reliability.C, Range.closed(1, 3), "2025-03"));

    CommandRun run = CommandRun.of("reconcile", write("claims.json", jsonArray(claims)));

    assertThat(run.out).contains("alpha contradicts itself: [1, 2] and [5, 6] share no number");
  }

  @Test
  void twoSourcesOfOneVoiceThatContradictEachOtherAreBothNamed() {
    Claim shoigu = Claim.builder().subject(TROOPS)
        .quantity(Quantity.of(Range.closed(1, 2), PERSON))
        .source(Source.builder().id("shoigu").name("Shoigu").affiliation("RU").build())
        .statedOn(TimeSpan.parse("2025-03-01"))
        .build();
    Claim stateMedia = Claim.builder().subject(TROOPS)
        .quantity(Quantity.of(Range.closed(5, 6), PERSON))
        .source(Source.builder().id("tass").name("TASS").affiliation("RU").build())
        .statedOn(TimeSpan.parse("2025-03-02"))
        .build();
    Reconciliation result = Reconciler.builder()
        .independence(dev.consilience.reconcile.Independence.BY_AFFILIATION).build()
        .reconcile(List.of(shoigu, stateMedia));

    assertThat(report(List.of(result)))
        .contains("shoigu and tass (one voice) contradict each other: [1, 2] and [5, 6] share no"
            + " number");
  }

  @Test
  void asOfReconcilesEverySubjectAsOfThatTime() {
    TimeSpan asOf = TimeSpan.parse("2025-02");
    List<Reconciliation> expected = CLAIMS.stream()
        .collect(Collectors.groupingBy(Claim::subject)).values().stream()
        .map(claims -> Reconciler.defaults().reconcile(claims, asOf))
        .sorted((a, b) -> a.subject().id().compareTo(b.subject().id()))
        .collect(Collectors.toList());

    CommandRun run = CommandRun.of("reconcile", write("claims.json", jsonArray(CLAIMS)),
        "--as-of", "2025-02");

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).isEqualTo(report(expected)).contains("as of 2025-02");
  }

  @Test
  void jsonFormatWritesTheReconciliationsWithTheModule() throws IOException {
    CommandRun run = CommandRun.of("reconcile", write("claims.json", jsonArray(CLAIMS)),
        "--format", "json");

    assertThat(run.exitCode).as("%s", run).isZero();
    JsonNode written = MAPPER.readTree(run.out);
    List<Reconciliation> expected =
        new ArrayList<>(Reconciler.defaults().reconcileAll(CLAIMS).values());
    assertThat(written).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(expected)));
    assertThat(written).hasSize(2);
  }

  @Test
  void jsonFormatReadsBackWithTheModuleToTheSameClaimsAndRanges() throws IOException {
    JsonNode written = MAPPER.readTree(CommandRun.of("reconcile",
        write("claims.json", jsonArray(CLAIMS)), "--format", "json").out);

    List<Claim> claims = new ArrayList<>();
    for (JsonNode reconciliation : written) {
      for (JsonNode voice : reconciliation.get("voices")) {
        for (JsonNode claim : voice.get("claims")) {
          claims.add(MAPPER.treeToValue(claim, Claim.class));
        }
      }
    }
    assertThat(claims).containsExactlyInAnyOrderElementsOf(CLAIMS);
    Reconciliation troops = Reconciler.defaults().reconcileAll(CLAIMS).get(TROOPS);
    assertThat(MAPPER.treeToValue(written.get(1).get("consensus"), Range.class))
        .isEqualTo(troops.consensus().orElseThrow());
    assertThat(written.get(1).get("verdict").asText()).isEqualTo("contested");
  }

  @Test
  void jsonFormatIsCaseInsensitive() {
    assertThat(CommandRun.of("reconcile", "--format", "JSON").out)
        .isEqualTo(CommandRun.of("reconcile", "--format", "json").out);
  }

  @Test
  void helpDescribesTheCommandsAndExitCodes() {
    CommandRun run = CommandRun.of("--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Usage: consilience", "reconcile", "Exit codes:");
  }

  @Test
  void reconcileHelpDescribesItsOptions() {
    CommandRun run = CommandRun.of("reconcile", "--help");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("Usage: consilience reconcile", "--as-of=SPAN", "--format");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reconcile", "weights"})
  void eachCommandPrintsTheVersion(String command) {
    CommandRun run = CommandRun.of(command, "--version");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).startsWith("consilience ").isEqualTo(CommandRun.of("-V").out);
  }

  @Test
  void controlCharactersInTheClaimsAreShownEscapedNotPrinted() {
    Claim claim = Claim.builder()
        .subject(Subject.builder().id("test/a\nb").description("fake\n  verdict       consistent"
            + "\u001b[2J").build())
        .quantity(Quantity.of(Range.atLeast(1), PERSON))
        .source(Source.builder().id("tab\tbed").name("T").build())
        .build();

    CommandRun run = CommandRun.of("reconcile", write("claims.json", jsonArray(List.of(claim))));

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).startsWith("test/a\\nb\n  fake\\n  verdict       consistent\\u001b[2J\n")
        .contains("  tab\\tbed  ")
        .doesNotContain("\t", "\u001b");
  }

  @Test
  void controlCharactersQuotedInAnInputErrorAreShownEscaped() {
    Claim described = Claim.builder()
        .subject(Subject.builder().id("s").description("a\nfake line\u001b[2J").build())
        .quantity(Quantity.of(Range.atLeast(1), PERSON))
        .source(Source.of("a", "A"))
        .build();
    Claim bare = Claim.builder().from(described).subject(Subject.of("s")).build();

    CommandRun run = CommandRun.of("reconcile",
        write("claims.json", jsonArray(List.of(bare, described))));

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("description \"a\\nfake line\\u001b[2J\"")
        .doesNotContain("\u001b").hasLineCount(1);
  }

  @Test
  void numbersTooLongToReadAreShownInScientificNotation() {
    Claim tiny = claim(TROOPS, "alpha", Reliability.B,
        Range.closed(new BigDecimal("9E-41"), new BigDecimal("1.5E-40")), "2025-03");
    Claim huge = claim(LOSSES, "alpha", Reliability.B,
        Range.greaterThan(new BigDecimal("2.5E+30")), "2025-03");

    CommandRun run = CommandRun.of("reconcile", write("claims.json",
        jsonArray(List.of(tiny, huge))));

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).contains("  consensus     [9E-41, 1.5E-40]\n",
        "  estimate      1.2E-40\n", "  consensus     (2.5E+30, +∞)\n", " (2.5E+30, +∞) ");
  }

  @Test
  void conflictsBetweenHugeNumbersAreGivenInScientificNotation() {
    Claim huge = claim(TROOPS, "alpha", Reliability.B,
        Range.closed(new BigDecimal("1E+25"), new BigDecimal("1E+30")), "2025-03");
    Claim small = claim(TROOPS, "bravo", Reliability.B, Range.singleton(2), "2025-03");
    Claim earlierHuge = claim(LOSSES, "alpha", Reliability.B,
        Range.atLeast(new BigDecimal("-1E+9999")), "2025-01");
    Claim earlierSmaller = claim(LOSSES, "bravo", Reliability.B,
        Range.atMost(new BigDecimal("-2E+9999")), "2025-01");
    Claim laterSmall = claim(LOSSES, "charlie", Reliability.B,
        Range.atMost(new BigDecimal("-3E+9999")), "2025-06");

    CommandRun run = CommandRun.of("reconcile", write("claims.json",
        jsonArray(List.of(huge, small, earlierHuge, earlierSmaller, laterSmall))));

    assertThat(run.exitCode).as("%s", run).isZero();
    assertThat(run.out).contains(
        "bravo vs alpha: [2, 2] and [1E+25, 1E+30] share no number",
        "bravo vs alpha: (-∞, -2E+9999] and [-1E+9999, +∞), both about 2025-01, share no",
        "alpha vs charlie: [-1E+9999, +∞) about 2025-01 and (-∞, -3E+9999] about 2025-06,",
        "so it cannot be at least -1E+9999 then and at most\n")
        .hasSizeLessThan(5_000);
  }

  @Test
  void aLongNumberWhoseDigitsRunInsideAnotherShortenedNumberIsShortenedOnlyWhereItStands() {
    // 2E+24 written out is 2 and 24 zeros, which the mantissa of the other number also holds.
    BigDecimal big = new BigDecimal("1.20000000000000000000000001E+60");
    Claim small = claim(TROOPS, "alpha", Reliability.B,
        Range.singleton(new BigDecimal("2E+24")), "2025-03");
    Claim large = claim(TROOPS, "bravo", Reliability.B, Range.singleton(big), "2025-03");

    dev.consilience.reconcile.Conflict conflict = Reconciler.defaults()
        .reconcile(List.of(small, large)).conflicts().get(0);

    assertThat(TextReport.reason(conflict)).isEqualTo("[2E+24, 2E+24] and "
        + "[1.20000000000000000000000001E+60, 1.20000000000000000000000001E+60] share no number");
  }

  @Test
  void conflictReasonsOfOrdinaryNumbersAreTheLibrarysOwnWords() {
    Claim ownEarlier = claim(TROOPS, "alpha", Reliability.B, Range.closed(1, 2), "2025-01");
    Claim ownLater = claim(TROOPS, "alpha", Reliability.B, Range.closed(3, 4), "2025-02");
    List<Claim> claims = new ArrayList<>(CLAIMS);
    claims.add(claim(LOSSES, "charlie", Reliability.E, Range.atMost(10), "2025-09"));
    claims.add(claim(LOSSES, "delta", Reliability.E, Range.atLeast(100), "2025-01"));
    claims.addAll(List.of(ownEarlier, ownLater));

    List<dev.consilience.reconcile.Conflict> conflicts = Reconciler.defaults()
        .reconcileAll(claims).values().stream()
        .flatMap(reconciliation -> reconciliation.conflicts().stream())
        .collect(Collectors.toList());

    assertThat(conflicts).extracting(dev.consilience.reconcile.Conflict::kind)
        .contains(dev.consilience.reconcile.Conflict.Kind.values());
    assertThat(conflicts).allSatisfy(conflict ->
        assertThat(TextReport.reason(conflict)).isEqualTo(conflict.reason()));
  }

  @Test
  void numbersOfOrdinaryLengthAreShownWhole() {
    Claim claim = claim(TROOPS, "alpha", Reliability.B,
        Range.closed(new BigDecimal("0.000001"), new BigDecimal("123456789012.50")), "2025-03");

    CommandRun run = CommandRun.of("reconcile", write("claims.json", jsonArray(List.of(claim))));

    assertThat(run.out).contains("  consensus     [0.000001, 123456789012.50]\n");
  }

  @Test
  void numbersWhoseEveryDigitCountsStayPlainThoughLong() {
    Claim claim = claim(TROOPS, "alpha", Reliability.B,
        Range.singleton(new BigDecimal("123456789012345678901")), "2025-03");

    CommandRun run = CommandRun.of("reconcile", write("claims.json", jsonArray(List.of(claim))));

    assertThat(run.out).contains("  estimate      123456789012345678901\n");
  }

  @Test
  void outputThatCannotBeWrittenIsAnErrorNotSuccess() {
    java.io.StringWriter err = new java.io.StringWriter();

    int exitCode = runWritingTo(failingWith("No space left on device"), err);

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("consilience: cannot write the output"
        + System.lineSeparator());
  }

  @Test
  void aReaderThatWentAwayEndsTheRunQuietlyNotAsSuccess() {
    java.io.StringWriter err = new java.io.StringWriter();

    int exitCode = runWritingTo(failingWith("Broken pipe"), err);

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).isEmpty();
  }

  private static int runWritingTo(java.io.OutputStream stdout, java.io.StringWriter err) {
    return ConsilienceCommand.run(new String[] {"reconcile", "--format", "json"},
        new java.io.ByteArrayInputStream(new byte[0]),
        new ConsilienceCommand.StandardOutput(stdout), new java.io.PrintWriter(err));
  }

  private static java.io.OutputStream failingWith(String problem) {
    return new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(problem);
      }
    };
  }

  @Test
  void aMissingFileIsAnInputError() {
    String missing = dir.resolve("missing.json").toString();

    assertInputError(CommandRun.of("reconcile", missing),
        "consilience: cannot read " + missing + ": no such file");
  }

  @Test
  void aDirectoryIsAnInputError() {
    assertInputError(CommandRun.of("reconcile", dir.toString()),
        "consilience: cannot read " + dir + ": it is a directory");
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    String file = write("bom.json", "\uFEFF" + jsonArray(CLAIMS));

    assertThat(CommandRun.of("reconcile", file).out)
        .isEqualTo(CommandRun.of("reconcile", write("claims.json", jsonArray(CLAIMS))).out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void utf16TextIsAnInputErrorThatSaysSo(String charset) throws IOException {
    Path file = Files.write(dir.resolve("utf16.json"),
        ("\uFEFF" + jsonArray(CLAIMS)).getBytes(java.nio.charset.Charset.forName(charset)));

    assertInputError(CommandRun.of("reconcile", file.toString()),
        "consilience: cannot read " + file + ": it is UTF-16 text, not UTF-8; save it as UTF-8");
  }

  @Test
  void textThatIsNotUtf8IsAnInputError() throws IOException {
    Path file = Files.write(dir.resolve("latin1.json"), new byte[] {'[', (byte) 0xE9, ']'});

    assertInputError(CommandRun.of("reconcile", file.toString()),
        "consilience: cannot read " + file + ": it is not UTF-8 text");
  }

  @Test
  void malformedJsonIsAnInputErrorThatSaysWhere() {
    String file = write("bad.json", "[\n  {\"subject\": }\n]\n");

    CommandRun run = CommandRun.of("reconcile", file);

    assertInputError(run, "consilience: " + file + ":2:15: $[0].subject: unexpected"
        + " character ('}' (code 125)): expected a value");
  }

  @Test
  void malformedJsonLinesSayWhichLine() {
    List<String> lines = jsonLines(CLAIMS).lines().collect(Collectors.toList());
    lines.set(2, "{\"subject\": }");

    CommandRun run = CommandRun.withStdin(String.join("\n", lines), "reconcile", "-");

    assertInputError(run, "consilience: <stdin>:3:13: $.subject: unexpected character ('}'"
        + " (code 125)): expected a value");
  }

  @Test
  void anInvalidClaimInJsonLinesSaysWhichLine() {
    List<String> lines = jsonLines(CLAIMS).lines().collect(Collectors.toList());
    lines.set(1, lines.get(1).replace("\"unit\":\"person\"", "\"unit\":\" \""));

    CommandRun run = CommandRun.withStdin(String.join("\n", lines), "reconcile", "-");

    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.err).as("%s", run).startsWith("consilience: <stdin>:2:")
        .contains("$.quantity.unit: ");
  }

  @Test
  void anInvalidRangeIsAnInputErrorWithItsPath() {
    ArrayNode claims = MAPPER.valueToTree(CLAIMS);
    ((ObjectNode) claims.get(1).get("quantity")).set("range",
        MAPPER.createObjectNode().put("gte", 5).put("lte", 3));
    String file = write("range.json", claims.toPrettyString());

    CommandRun run = CommandRun.of("reconcile", file);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).startsWith("consilience: " + file + ":")
        .contains("$[1].quantity.range", "lower bound 5 is above upper bound 3");
    assertNoStackTrace(run);
  }

  @Test
  void contentAfterTheArrayIsAnInputError() {
    String file = write("trailing.json", jsonArray(CLAIMS) + "\n{}\n");

    CommandRun run = CommandRun.of("reconcile", file);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.err).contains("after the closing ']' of the array of claims");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CommandRun run = CommandRun.of("reconcile", "--colour");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("Unknown option: '--colour'" + System.lineSeparator()
        + "Try 'consilience reconcile --help' for more information." + System.lineSeparator());
    assertNoStackTrace(run);
  }

  @Test
  void aMistypedOptionIsNamedAloneWithTheOptionMeant() {
    String file = write("claims.json", jsonArray(CLAIMS));

    CommandRun run = CommandRun.of("reconcile", "--asof", "2025", file);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("Unknown option: '--asof'" + System.lineSeparator())
        .contains("--as-of")
        .doesNotContain(file)
        .endsWith("Try 'consilience reconcile --help' for more information."
            + System.lineSeparator());
  }

  @Test
  void aMistypedCommandIsAUsageErrorWithTheCommandMeant() {
    CommandRun run = CommandRun.of("weight", "claims.json");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("'weight'", "weights")
        .endsWith("Try 'consilience --help' for more information." + System.lineSeparator());
  }

  @Test
  void anInvalidTimeSpanIsAUsageError() {
    CommandRun run = CommandRun.of("reconcile", "--as-of", "June");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("Invalid value for option '--as-of': cannot read 'June' at"
        + " index 0: expected 4 digits of the year; expected a date such as 2025-06-15");
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', value = {
      "reconcile | --format | yaml | text or json",
      "weights | --group-by | source | kind, reliability, affiliation or none"})
  void anUnknownOptionValueIsAUsageErrorThatNamesTheValuesAsWritten(
      String command, String option, String value, String values) {
    CommandRun run = CommandRun.of(command, option, value);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).startsWith("Invalid value for option '" + option + "': expected "
        + values + " (in any case), not '" + value + "'" + System.lineSeparator());
  }

  @Test
  void emptyInputHasNoClaimsToReconcile() {
    CommandRun run = CommandRun.withStdin("  \n", "reconcile", "-");

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo("no claims to reconcile\n");
  }

  private static void assertInputError(CommandRun run, String message) {
    assertThat(run.exitCode).as("%s", run).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo(message + System.lineSeparator());
  }

  private static void assertNoStackTrace(CommandRun run) {
    assertThat(run.err).doesNotContain("\tat ", "Exception");
  }

  private String write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jsonArray(List<Claim> claims) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(claims);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jsonLines(List<Claim> claims) {
    StringBuilder lines = new StringBuilder();
    for (Claim claim : claims) {
      try {
        lines.append(MAPPER.writeValueAsString(claim)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines.toString();
  }

  private static String report(java.util.Collection<Reconciliation> reconciliations) {
    java.io.StringWriter text = new java.io.StringWriter();
    new TextReport(new java.io.PrintWriter(text, true)).print(reconciliations);
    return text.toString();
  }

  private static Claim claim(Subject subject, String source, Reliability reliability,
      Range range, String asOf) {
    return Claim.builder()
        .subject(subject)
        .quantity(Quantity.of(range, PERSON))
        .source(Source.builder().id(source).name("Source " + source).reliability(reliability)
            .build())
        .statedOn(TimeSpan.parse(asOf))
        .build();
  }
}
