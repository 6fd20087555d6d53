package dev.consilience.reconcile;

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
import java.util.ArrayList;
import java.util.List;

/** Claims for the tests: the Kursk casualty claims, and short ways to write plain claims. */
final class Fixtures {
  static final Unit PERSON = Unit.of("person");
  static final Subject FIXED = Subject.of("fixture/fixed");
  static final Subject CUMULATIVE = Subject.of("fixture/cumulative", Trend.CUMULATIVE);
  static final Subject VARYING = Subject.of("fixture/varying", Trend.VARYING);

  static final Source BUSINESS_INSIDER = Source.builder()
      .id("business-insider").name("Business Insider").kind(SourceKind.MEDIA).affiliation("US")
      .reliability(Reliability.B).build();
  static final Source UK_MOD = Source.builder()
      .id("uk-mod").name("UK Ministry of Defence").kind(SourceKind.MILITARY).affiliation("GB")
      .reliability(Reliability.B).build();
  static final Source UKRAINE = Source.builder()
      .id("ukraine").name("Government of Ukraine").kind(SourceKind.GOVERNMENT).affiliation("UA")
      .build();
  static final Subject KURSK_CASUALTIES = Subject.builder()
      .id("kursk/dprk-casualties")
      .description("North Korean soldiers killed or wounded in Kursk, to date")
      .trend(Trend.CUMULATIVE)
      .build();

  private Fixtures() {}

  /** Ukraine's "about 3,800 to 4,000", stated in early 2025, about the given subject. */
  static Claim ukraine(Subject subject) {
    return Claim.builder()
        .subject(subject)
        .quantity(Quantity.builder()
            .range(Range.closed(3800, 4000)).unit(PERSON).hedge(Hedge.APPROXIMATELY)
            .stated("about 3,800 to 4,000 North Korean soldiers").build())
        .source(UKRAINE)
        .addRelay(Relay.builder().source(BUSINESS_INSIDER).kind(RelayKind.REPORTED)
            .on(TimeSpan.parse("2025-06-17")).build())
        .statedOn(TimeSpan.parse("2025-01/2025-04"))
        .quote("about 3,800 to 4,000 North Korean soldiers had been killed or wounded")
        .build();
  }

  /** The UK Ministry of Defence's "more than 6,000", stated 15 June 2025. */
  static Claim ukMod(Subject subject) {
    return Claim.builder()
        .subject(subject)
        .quantity(Quantity.builder()
            .range(Range.greaterThan(6000)).unit(PERSON)
            .stated("more than 6,000 North Korean troops").build())
        .source(UK_MOD)
        .addRelay(Relay.builder().source(BUSINESS_INSIDER).kind(RelayKind.REPORTED)
            .on(TimeSpan.parse("2025-06-17")).build())
        .statedOn(TimeSpan.parse("2025-06-15"))
        .build();
  }

  /** The Kursk casualty claims, as the article gives them. */
  static List<Claim> kursk(Subject subject) {
    return List.of(ukraine(subject), ukMod(subject));
  }

  /** A plain claim about {@link #FIXED} by its own source {@code origin}, in persons. */
  static Claim claim(String origin, Range range) {
    return claim(FIXED, origin, range);
  }

  static Claim claim(Subject subject, String origin, Range range) {
    return Claim.builder()
        .subject(subject)
        .quantity(Quantity.of(range, PERSON))
        .source(Source.of(origin, origin))
        .build();
  }

  /** Plain claims about {@link #FIXED}, one per range, from sources s0, s1, … */
  static List<Claim> claims(Range... ranges) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < ranges.length; i++) {
      claims.add(claim("s" + i, ranges[i]));
    }
    return claims;
  }
}
