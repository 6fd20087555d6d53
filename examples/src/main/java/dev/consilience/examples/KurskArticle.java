package dev.consilience.examples;

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
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The numeric claims of the Business Insider article on North Korean troops in Kursk (Tuesday,
 * 17 June 2025), each with its provenance: who said it, through whom it reached the article, when,
 * and about what time.
 *
 * <p>How the article's words became claims:
 *
 * <ul>
 *   <li><b>Origins and relays.</b> The origin is whoever asserted the number; the relays are the
 *       hops from the origin to us, outwards. Shoigu's figures reached the article as Shoigu →
 *       Russian state media (quoted) → Business Insider (reported). What the article says in its
 *       own voice ("Kim initially sent some 12,000 troops") has Business Insider as its origin and
 *       no relay.
 *   <li><b>Dates.</b> The article's "Tuesday" is 2025-06-17, the day of the article and of the
 *       state-media reports. "Early 2025" is January to April 2025; "the fall of 2024" is
 *       September to November 2024; "in November", said of Ukrainian officials in a June 2025
 *       article, is November 2024. A claim gets an {@code asOf} only where the number describes a
 *       time other than the day it was stated; Shoigu "gave no timeline on the deployment", so the
 *       pledges have none.
 *   <li><b>Hedges and bound words.</b> "some 12,000", "about 3,800 to 4,000" and "about eight
 *       months" are {@link Hedge#APPROXIMATELY}; "almost all" is {@link Hedge#NEARLY} 100%.
 *       "More than 6,000" is the range {@code (6000, +∞)}; "up to $2,000" and "up to 500 square
 *       miles" are {@code (-∞, 2000]} and {@code (-∞, 500]}: the article gives no lower end, and
 *       inventing one (0) would let a midpoint pass for an estimate.
 *   <li><b>Trends.</b> Casualties to date and the share of the incursion retaken are {@link
 *       Trend#CUMULATIVE}: an earlier, smaller count does not contradict a later, larger one. The
 *       other subjects are {@link Trend#FIXED}: one number for a stated event or period.
 *   <li><b>Total and parts.</b> "Another 6,000 people" is the sum of "1,000 sappers" and "5,000
 *       construction workers". The total and each part are their own subjects, all from the same
 *       statement; {@link #main(String[])} adds up the parts' reconciled ranges (interval
 *       addition) and checks the sum against the total's.
 *   <li><b>Visits.</b> "For the second time in two weeks" (the article's own words) and "three
 *       times in the last three months" (Russian state media) count visits over different windows
 *       ending on 17 June, so they are different subjects, each with its window as {@code asOf}.
 *   <li><b>Left out.</b> The summary bullets repeat the body's numbers in shorter words ("UK
 *       intelligence estimates 6,000" for the Ministry's "more than 6,000"); they are Business
 *       Insider's restatement of the same claims, not new ones. Dates used only to place events
 *       ("August of that year", "by March 2025") are the claims' times, not quantities.
 *   <li><b>Quotes.</b> {@link Claim#quote()} holds the origin's own words where the article
 *       quotes them, or, for the article's own claims, its sentence; {@link Quantity#stated()}
 *       holds the wording of the number.
 * </ul>
 */
public final class KurskArticle {
  static final Unit PERSON = Unit.of("person");
  static final Unit USD_PER_PERSON = Unit.of("USD/person");
  static final Unit SQUARE_MILE = Unit.of("mi2");
  static final Unit MONTH = Unit.of("month");
  static final Unit YEAR = Unit.of("year");
  static final Unit VISIT = Unit.of("visit");
  static final Unit PERCENT = Unit.of("%");

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
      .description("North Koreans newly pledged to Kursk in June 2025: sappers and workers")
      .build();
  static final Subject NEW_SAPPERS = Subject.builder()
      .id("kursk/dprk-new-sappers")
      .description("North Korean sappers newly pledged to demine Kursk in June 2025")
      .build();
  static final Subject NEW_WORKERS = Subject.builder()
      .id("kursk/dprk-new-workers")
      .description("North Korean construction workers newly pledged to rebuild Kursk in June 2025")
      .build();
  /** The parts that add up to {@link #NEW_PERSONNEL}. */
  static final List<Subject> NEW_PERSONNEL_PARTS = List.of(NEW_SAPPERS, NEW_WORKERS);
  static final Subject PAY_PER_SOLDIER = Subject.builder()
      .id("kursk/dprk-pay-per-soldier")
      .description("what Russia pays North Korea for each soldier it deploys")
      .build();
  static final Subject TROOPS_SENT_2024 = Subject.builder()
      .id("kursk/dprk-troops-sent-2024")
      .description("North Korean troops first sent to Kursk, in the autumn of 2024")
      .build();
  static final Subject AREA_SEIZED = Subject.builder()
      .id("kursk/area-seized-by-ukraine")
      .description("Russian territory in Kursk seized by Ukraine in its August 2024 incursion")
      .build();
  static final Subject MONTHS_HELD = Subject.builder()
      .id("kursk/months-ukraine-held-ground")
      .description("how long Ukrainian troops held pockets of territory in Kursk")
      .build();
  static final Subject SHARE_RETAKEN = Subject.builder()
      .id("kursk/share-of-incursion-retaken")
      .description("share of Ukraine's gains in Kursk retaken by Russian and North Korean forces")
      .trend(Trend.CUMULATIVE)
      .build();
  static final Subject VISITS_IN_TWO_WEEKS = Subject.builder()
      .id("shoigu/dprk-visits-in-two-weeks")
      .description("Shoigu's visits to North Korea in the two weeks to 17 June 2025")
      .build();
  static final Subject VISITS_IN_THREE_MONTHS = Subject.builder()
      .id("shoigu/dprk-visits-in-three-months")
      .description("Shoigu's visits to North Korea in the three months to 17 June 2025")
      .build();
  static final Subject YEARS_AS_WAR_MINISTER = Subject.builder()
      .id("shoigu/war-years-as-defence-minister")
      .description("years of the war in Ukraine that Shoigu oversaw as defence minister")
      .build();

  /** The day of the article and of the state-media reports it draws on: "Tuesday". */
  static final TimeSpan ARTICLE_DAY = TimeSpan.parse("2025-06-17");

  private static final Relay REPORTED_BY_BUSINESS_INSIDER = Relay.builder()
      .source(BUSINESS_INSIDER).kind(RelayKind.REPORTED).on(ARTICLE_DAY).build();
  private static final Relay QUOTED_BY_STATE_MEDIA = Relay.builder()
      .source(RUSSIAN_STATE_MEDIA).kind(RelayKind.QUOTED).on(ARTICLE_DAY).build();

  private KurskArticle() {}

  /**
   * Returns the article's numeric claims, in the order the article gives them.
   *
   * @return the claims, an immutable list
   */
  public static List<Claim> claims() {
    return List.of(
        fromShoigu(NEW_PERSONNEL, quantity(Range.singleton(6000), PERSON, Hedge.NONE,
            "another 6,000 people"))
            .build(),
        fromShoigu(NEW_SAPPERS, quantity(Range.singleton(1000), PERSON, Hedge.NONE,
            "1,000 sappers"))
            .build(),
        fromShoigu(NEW_WORKERS, quantity(Range.singleton(5000), PERSON, Hedge.NONE,
            "5,000 construction workers"))
            .quote("restore infrastructure facilities destroyed by the occupiers")
            .build(),
        fromArticle(MONTHS_HELD, quantity(Range.singleton(8), MONTH, Hedge.APPROXIMATELY,
            "about eight months"))
            .asOf(TimeSpan.parse("2024-08/2025-04"))
            .quote("Ukrainian troops held pockets of territory for about eight months after a"
                + " surprise incursion in the summer of 2024")
            .build(),
        fromArticle(VISITS_IN_TWO_WEEKS, quantity(Range.singleton(2), VISIT, Hedge.NONE,
            "the second time in two weeks"))
            .asOf(TimeSpan.parse("2025-06-04/2025-06-17"))
            .quote("he visited North Korea for the second time in two weeks")
            .build(),
        Claim.builder()
            .subject(VISITS_IN_THREE_MONTHS)
            .quantity(quantity(Range.singleton(3), VISIT, Hedge.NONE,
                "three times in the last three months"))
            .source(RUSSIAN_STATE_MEDIA)
            .addRelay(REPORTED_BY_BUSINESS_INSIDER)
            .statedOn(ARTICLE_DAY)
            .asOf(TimeSpan.parse("2025-03-18/2025-06-17"))
            .build(),
        Claim.builder()
            .subject(PAY_PER_SOLDIER)
            .quantity(quantity(Range.atMost(2000), USD_PER_PERSON, Hedge.NONE,
                "up to $2,000 from Russia for each soldier"))
            .source(UKRAINE)
            .addRelay(REPORTED_BY_BUSINESS_INSIDER)
            .statedOn(TimeSpan.parse("2024-11"))
            .build(),
        fromArticle(TROOPS_SENT_2024, quantity(Range.singleton(12_000), PERSON,
            Hedge.APPROXIMATELY, "some 12,000 troops"))
            .asOf(TimeSpan.parse("2024-09/2024-11"))
            .quote("Kim initially sent some 12,000 troops in the fall of 2024 to Kursk")
            .build(),
        fromArticle(AREA_SEIZED, quantity(Range.atMost(500), SQUARE_MILE, Hedge.NONE,
            "up to 500 square miles"))
            .asOf(TimeSpan.parse("2024-08"))
            .quote("Ukraine entered in August of that year and seized up to 500 square miles of"
                + " Russian soil")
            .build(),
        fromArticle(SHARE_RETAKEN, quantity(Range.singleton(100), PERCENT, Hedge.NEARLY,
            "almost all of those gains"))
            .asOf(TimeSpan.parse("2025-03"))
            .quote("the Kremlin’s forces recaptured almost all of those gains by March 2025")
            .build(),
        Claim.builder()
            .subject(CASUALTIES)
            .quantity(quantity(Range.closed(3800, 4000), PERSON, Hedge.APPROXIMATELY,
                "about 3,800 to 4,000 North Korean soldiers"))
            .source(UKRAINE)
            .addRelay(REPORTED_BY_BUSINESS_INSIDER)
            .statedOn(TimeSpan.parse("2025-01/2025-04"))
            .build(),
        Claim.builder()
            .subject(CASUALTIES)
            .quantity(quantity(Range.greaterThan(6000), PERSON, Hedge.NONE,
                "more than 6,000 North Korean troops"))
            .source(UK_MOD)
            .addRelay(REPORTED_BY_BUSINESS_INSIDER)
            .statedOn(TimeSpan.parse("2025-06-15"))
            .build(),
        fromArticle(YEARS_AS_WAR_MINISTER, quantity(Range.singleton(2), YEAR, Hedge.NONE,
            "the first two years"))
            .asOf(TimeSpan.parse("2022-02/2024-05"))
            .quote("Shoigu, who oversaw the first two years of Russia’s war in Ukraine as defense"
                + " minister")
            .build());
  }

  /** Shoigu's words as Russian state media quoted them and Business Insider reported them. */
  private static Claim.Builder fromShoigu(Subject subject, Quantity quantity) {
    return Claim.builder()
        .subject(subject)
        .quantity(quantity)
        .source(SHOIGU)
        .addRelay(QUOTED_BY_STATE_MEDIA)
        .addRelay(REPORTED_BY_BUSINESS_INSIDER)
        .statedOn(ARTICLE_DAY);
  }

  /** What the article says in its own voice. */
  private static Claim.Builder fromArticle(Subject subject, Quantity quantity) {
    return Claim.builder()
        .subject(subject)
        .quantity(quantity)
        .source(BUSINESS_INSIDER)
        .statedOn(ARTICLE_DAY);
  }

  private static Quantity quantity(Range range, Unit unit, Hedge hedge, String stated) {
    return Quantity.builder().range(range).unit(unit).hedge(hedge).stated(stated).build();
  }

  /**
   * Prints each claim with its provenance, then the reconciliation of each subject with its
   * explanation, then whether the pledged sappers and workers add up to the pledged total.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    List<Claim> claims = claims();
    System.out.println("The article's claims:");
    for (Claim claim : claims) {
      System.out.println();
      System.out.println(claim.subject().id());
      System.out.println("  " + Provenance.quantity(claim));
      System.out.println("  " + Provenance.chain(claim));
      System.out.println("  " + Provenance.times(claim));
      claim.quote().ifPresent(quote -> System.out.println("  “" + quote + "”"));
    }
    Map<Subject, Reconciliation> reconciled = Reconciler.defaults().reconcileAll(claims);
    System.out.println();
    System.out.println("Reconciled, subject by subject:");
    for (Reconciliation reconciliation : reconciled.values()) {
      System.out.println();
      System.out.println(reconciliation.explain().stripTrailing());
    }
    System.out.println();
    System.out.println("Total and parts: " + PartsCheck.describe(reconciled.get(NEW_PERSONNEL),
        NEW_PERSONNEL_PARTS.stream().map(reconciled::get).collect(Collectors.toList())));
  }
}
