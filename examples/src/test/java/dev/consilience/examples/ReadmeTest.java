package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Relay;
import dev.consilience.RelayKind;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.SourceKind;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import dev.consilience.jackson.ConsilienceModule;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import dev.consilience.reconcile.Verdict;
import dev.consilience.text.QuantityParser;
import dev.consilience.text.TimeSpanParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the README shows a new user is what the library does. */
class ReadmeTest {
  private static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }

  /** The tour's claims, built exactly as the README builds them. */
  private static List<Claim> tourClaims() {
    Subject casualties = Subject.builder()
        .id("kursk/dprk-casualties")
        .description("North Korean soldiers killed or wounded in Kursk, to date")
        .trend(Trend.CUMULATIVE)
        .build();
    Source ukraine = Source.builder()
        .id("ukraine").name("Government of Ukraine")
        .kind(SourceKind.GOVERNMENT).affiliation("UA")
        .build();
    Source ukMod = Source.builder()
        .id("uk-mod").name("UK Ministry of Defence")
        .kind(SourceKind.MILITARY).affiliation("GB").reliability(Reliability.B)
        .build();
    Source businessInsider = Source.builder()
        .id("business-insider").name("Business Insider").kind(SourceKind.MEDIA).build();
    Relay reported = Relay.builder()
        .source(businessInsider).kind(RelayKind.REPORTED).on(TimeSpan.parse("2025-06-17")).build();
    Claim ukrainianCount = Claim.builder()
        .subject(casualties)
        .quantity(Quantity.builder()
            .range(Range.closed(3800, 4000))
            .unit(Unit.of("person"))
            .hedge(Hedge.APPROXIMATELY)
            .stated("about 3,800 to 4,000 North Korean soldiers")
            .build())
        .source(ukraine)
        .addRelay(reported)
        .statedOn(TimeSpan.parse("2025-01/2025-04"))
        .build();
    Claim ukEstimate = Claim.builder()
        .subject(casualties)
        .quantity(Quantity.builder()
            .range(Range.greaterThan(6000))
            .unit(Unit.of("person"))
            .stated("more than 6,000 North Korean troops")
            .build())
        .source(ukMod)
        .addRelay(reported)
        .statedOn(TimeSpan.parse("2025-06-15"))
        .build();
    return List.of(ukrainianCount, ukEstimate);
  }

  @Test
  void theTourBuildsTheClaimsTheReadmeShows() throws IOException {
    String readme = readme();
    assertThat(readme)
        .contains(".stated(\"about 3,800 to 4,000 North Korean soldiers\")")
        .contains(".stated(\"more than 6,000 North Korean troops\")")
        .contains(".range(Range.greaterThan(6000))");
  }

  @Test
  void theReconciliationSectionShowsWhatExplainPrints() throws IOException {
    Reconciliation result = Reconciler.defaults().reconcile(tourClaims());

    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.consensus()).contains(Range.greaterThan(6000));
    assertThat(result.estimate()).isEqualTo(Optional.empty());
    String section = readme().substring(readme().indexOf("## How to read a reconciliation"));
    assertThat(section).contains("```\n" + result.explain().strip() + "\n```");
  }

  @Test
  void theQuickstartShowsWhatTheCommandPrints() throws IOException {
    String report = CommandRun.withStdin("").out;
    String quickstart = readme().substring(readme().indexOf("## Quickstart"));
    String firstTwo = report.substring(0, report.indexOf("kursk/dprk-new-personnel")).strip();

    assertThat(quickstart).contains("```\n" + firstTwo + "\n```");
  }

  @Test
  void theTextSectionShowsWhatTheParsersRead() throws IOException {
    String section = readme().substring(readme().indexOf("## Reading claims from text"));
    QuantityParser quantities = QuantityParser.english();
    TimeSpanParser times = TimeSpanParser.english();
    LocalDate written = LocalDate.of(2025, 6, 17);
    Matcher quantity = Pattern.compile(
        "quantities\\.parse\\(\"([^\"]+)\"\\);\\s*// (\\S+, \\S+) (\\S+)").matcher(section);
    int quantitiesShown = 0;
    while (quantity.find()) {
      Quantity parsed = quantities.parse(quantity.group(1));
      assertThat(parsed.range()).as(quantity.group(1)).hasToString(quantity.group(2));
      assertThat(parsed.unit().code()).as(quantity.group(1)).isEqualTo(quantity.group(3));
      quantitiesShown++;
    }
    Matcher time = Pattern.compile(
        "times\\.parse\\(\"([^\"]+)\", written\\);\\s*// (\\S+)").matcher(section);
    int timesShown = 0;
    while (time.find()) {
      assertThat(times.parse(time.group(1), written)).as(time.group(1))
          .hasToString(time.group(2));
      timesShown++;
    }
    assertThat(quantitiesShown).isGreaterThanOrEqualTo(3);
    assertThat(timesShown).isGreaterThanOrEqualTo(3);
  }

  @Test
  void everyJsonExampleInTheReadmeIsAClaimTheModuleReads() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ConsilienceModule());
    Matcher block = Pattern.compile("```json\n(.*?)```", Pattern.DOTALL).matcher(readme());
    int claims = 0;
    while (block.find()) {
      String json = block.group(1).strip();
      // A block is one pretty-printed claim, or JSON Lines of claims.
      List<String> documents = json.startsWith("{\n") ? List.of(json) : json.lines().toList();
      for (String document : documents) {
        assertThat(mapper.readValue(document, Claim.class).subject().id())
            .isEqualTo("kursk/dprk-casualties");
        claims++;
      }
    }
    assertThat(claims).isEqualTo(3);
  }
}
