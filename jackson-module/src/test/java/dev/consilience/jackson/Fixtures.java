package dev.consilience.jackson;

import dev.consilience.Claim;
import dev.consilience.Credibility;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Relay;
import dev.consilience.RelayKind;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.SourceKind;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** Values the golden files hold, beyond the Kursk claims. */
final class Fixtures {
  private Fixtures() {}

  /** A claim that sets every attribute, none of them to its default. */
  static Claim everyAttribute() {
    Source agency = Source.builder()
        .id("reuters").name("Reuters").kind(SourceKind.MEDIA).affiliation("GB")
        .reliability(Reliability.A).url(URI.create("https://www.reuters.com/")).build();
    return Claim.builder()
        .id("cost-per-soldier")
        .subject(Subject.builder()
            .id("kursk/dprk-pay").description("Pay per North Korean soldier")
            .trend(Trend.VARYING).build())
        .quantity(Quantity.builder()
            .range(Range.closedOpen(new BigDecimal("1500.50"), new BigDecimal("2000")))
            .unit(Unit.of("USD/person")).hedge(Hedge.NEARLY).stated("up to $2,000 per soldier")
            .build())
        .source(Source.builder()
            .id("nis").name("National Intelligence Service").kind(SourceKind.INTELLIGENCE)
            .affiliation("KR").reliability(Reliability.C)
            .url(URI.create("https://www.nis.go.kr/")).build())
        .addRelay(Relay.builder()
            .source(agency).kind(RelayKind.TRANSLATED).on(TimeSpan.parse("2025-06"))
            .url(URI.create("https://www.reuters.com/world/asia-pacific/")).build())
        .addRelay(Relay.of(KurskClaims.BUSINESS_INSIDER, RelayKind.PARAPHRASED))
        .statedOn(TimeSpan.parse("2025-06-01/2025-06-16"))
        .asOf(TimeSpan.parse("2024/2025-03"))
        .credibility(Credibility.POSSIBLY_TRUE)
        .rank(Rank.PREFERRED)
        .quote("as much as $2,000 per soldier")
        .build();
  }

  /** Ranges of every shape, with varied scales. */
  static List<Range> ranges() {
    return List.of(
        Range.all(),
        Range.closed(3800, 4000),
        Range.greaterThan(6000),
        Range.atLeast(new BigDecimal("6000.50")),
        Range.lessThan(new BigDecimal("-12.5")),
        Range.atMost(new BigDecimal("0.000")),
        Range.open(new BigDecimal("-1"), new BigDecimal("1E+3")),
        Range.openClosed(new BigDecimal("0.1"), new BigDecimal("0.250")),
        Range.singleton(new BigDecimal("123456789012345678901234567890.123456789")),
        Range.atLeast(new BigDecimal("1E-9999")));
  }
}
