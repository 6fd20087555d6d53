package dev.consilience.jackson;

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
import java.util.List;

/**
 * The claims of the Business Insider article on North Korean troops in Kursk (June 2025), as the
 * examples build them: the values the golden files must read into.
 */
final class KurskClaims {
  static final Unit PERSON = Unit.of("person");

  static final Source BUSINESS_INSIDER = Source.builder()
      .id("business-insider").name("Business Insider").kind(SourceKind.MEDIA).affiliation("US")
      .reliability(Reliability.B).build();
  static final Source UK_MOD = Source.builder()
      .id("uk-mod").name("UK Ministry of Defence").kind(SourceKind.MILITARY).affiliation("GB")
      .reliability(Reliability.B).build();
  static final Source UKRAINE = Source.builder()
      .id("ukraine").name("Government of Ukraine").kind(SourceKind.GOVERNMENT).affiliation("UA")
      .build();
  static final Source SHOIGU = Source.builder()
      .id("shoigu").name("Sergei Shoigu, Secretary of the Russian Security Council")
      .kind(SourceKind.GOVERNMENT).affiliation("RU").build();
  static final Source RUSSIAN_STATE_MEDIA = Source.builder()
      .id("ru-state-media").name("Russian state media").kind(SourceKind.STATE_MEDIA)
      .affiliation("RU").reliability(Reliability.D).build();

  static final Subject CASUALTIES = Subject.builder()
      .id("kursk/dprk-casualties")
      .description("North Korean soldiers killed or wounded in Kursk, to date")
      .trend(Trend.CUMULATIVE)
      .build();
  static final Subject NEW_PERSONNEL = Subject.builder()
      .id("kursk/dprk-new-personnel")
      .description("North Koreans newly pledged to Kursk in June 2025")
      .build();

  static final TimeSpan ARTICLE_DAY = TimeSpan.parse("2025-06-17");

  private KurskClaims() {}

  /** The article's claims, in the order the article gives them. */
  static List<Claim> claims() {
    Relay reportedByBusinessInsider = Relay.builder()
        .source(BUSINESS_INSIDER).kind(RelayKind.REPORTED).on(ARTICLE_DAY).build();
    Relay quotedByStateMedia = Relay.builder()
        .source(RUSSIAN_STATE_MEDIA).kind(RelayKind.QUOTED).on(ARTICLE_DAY).build();
    Claim ukraine = Claim.builder()
        .subject(CASUALTIES)
        .quantity(Quantity.builder()
            .range(Range.closed(3800, 4000)).unit(PERSON).hedge(Hedge.APPROXIMATELY)
            .stated("about 3,800 to 4,000 North Korean soldiers").build())
        .source(UKRAINE)
        .addRelay(reportedByBusinessInsider)
        .statedOn(TimeSpan.parse("2025-01/2025-04"))
        .quote("about 3,800 to 4,000 North Korean soldiers had been killed or wounded")
        .build();
    Claim ukMod = Claim.builder()
        .subject(CASUALTIES)
        .quantity(Quantity.builder()
            .range(Range.greaterThan(6000)).unit(PERSON)
            .stated("more than 6,000 North Korean troops").build())
        .source(UK_MOD)
        .addRelay(reportedByBusinessInsider)
        .statedOn(TimeSpan.parse("2025-06-15"))
        .build();
    Claim total = Claim.builder()
        .subject(NEW_PERSONNEL)
        .quantity(Quantity.builder()
            .range(Range.singleton(6000)).unit(PERSON).stated("another 6,000 people").build())
        .source(SHOIGU)
        .addRelay(quotedByStateMedia)
        .addRelay(reportedByBusinessInsider)
        .statedOn(ARTICLE_DAY)
        .build();
    return List.of(ukraine, ukMod, total);
  }
}
