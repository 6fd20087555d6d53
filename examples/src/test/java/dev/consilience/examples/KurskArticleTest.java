package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Range;
import dev.consilience.RelayKind;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import dev.consilience.reconcile.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KurskArticleTest {
  private static final List<Claim> CLAIMS = KurskArticle.claims();

  /** subject, range, unit, hedge, stated wording, origin, relay chain, stated on, as of. */
  static Stream<Arguments> claimsAsTheArticleStatesThem() {
    String shoigu = "ru-state-media:QUOTED, business-insider:REPORTED";
    String reported = "business-insider:REPORTED";
    return Stream.of(
        Arguments.of("kursk/dprk-new-personnel", "[6000, 6000]", "person", Hedge.NONE,
            "another 6,000 people", "shoigu", shoigu, "2025-06-17", null),
        Arguments.of("kursk/dprk-new-sappers", "[1000, 1000]", "person", Hedge.NONE,
            "1,000 sappers", "shoigu", shoigu, "2025-06-17", null),
        Arguments.of("kursk/dprk-new-workers", "[5000, 5000]", "person", Hedge.NONE,
            "5,000 construction workers", "shoigu", shoigu, "2025-06-17", null),
        Arguments.of("kursk/months-ukraine-held-ground", "[8, 8]", "month", Hedge.APPROXIMATELY,
            "about eight months", "business-insider", "", "2025-06-17", "2024-08/2025-04"),
        Arguments.of("shoigu/dprk-visits-in-two-weeks", "[2, 2]", "visit", Hedge.NONE,
            "the second time in two weeks", "business-insider", "", "2025-06-17",
            "2025-06-04/2025-06-17"),
        Arguments.of("shoigu/dprk-visits-in-three-months", "[3, 3]", "visit", Hedge.NONE,
            "three times in the last three months", "ru-state-media", reported, "2025-06-17",
            "2025-03-18/2025-06-17"),
        Arguments.of("kursk/dprk-pay-per-soldier", "(-∞, 2000]", "USD/person", Hedge.NONE,
            "up to $2,000 from Russia for each soldier", "ukraine", reported, "2024-11", null),
        Arguments.of("kursk/dprk-troops-sent-2024", "[12000, 12000]", "person",
            Hedge.APPROXIMATELY, "some 12,000 troops", "business-insider", "", "2025-06-17",
            "2024-09/2024-11"),
        Arguments.of("kursk/area-seized-by-ukraine", "(-∞, 500]", "mi2", Hedge.NONE,
            "up to 500 square miles", "business-insider", "", "2025-06-17", "2024-08"),
        Arguments.of("kursk/share-of-incursion-retaken", "[100, 100]", "%", Hedge.NEARLY,
            "almost all of those gains", "business-insider", "", "2025-06-17", "2025-03"),
        Arguments.of("kursk/dprk-casualties", "[3800, 4000]", "person", Hedge.APPROXIMATELY,
            "about 3,800 to 4,000 North Korean soldiers", "ukraine", reported,
            "2025-01/2025-04", null),
        Arguments.of("kursk/dprk-casualties", "(6000, +∞)", "person", Hedge.NONE,
            "more than 6,000 North Korean troops", "uk-mod", reported, "2025-06-15", null),
        Arguments.of("shoigu/war-years-as-defence-minister", "[2, 2]", "year", Hedge.NONE,
            "the first two years", "business-insider", "", "2025-06-17", "2022-02/2024-05"));
  }

  @ParameterizedTest(name = "{4}")
  @MethodSource("claimsAsTheArticleStatesThem")
  void eachNumberOfTheArticleIsAClaimWithItsProvenance(String subject, String range,
      String unit, Hedge hedge, String stated, String origin, String relays, String statedOn,
      String asOf) {
    Claim claim = claimStated(stated);

    assertThat(claim.subject().id()).isEqualTo(subject);
    assertThat(claim.quantity().range()).isEqualTo(Range.parse(range));
    assertThat(claim.quantity().unit().code()).isEqualTo(unit);
    assertThat(claim.quantity().hedge()).isEqualTo(hedge);
    assertThat(claim.source().id()).isEqualTo(origin);
    assertThat(chain(claim)).isEqualTo(relays);
    assertThat(claim.statedOn()).contains(TimeSpan.parse(statedOn));
    assertThat(claim.asOf()).isEqualTo(Optional.ofNullable(asOf).map(TimeSpan::parse));
  }

  @Test
  void everyClaimIsInTheTableAndNoneTwice() {
    assertThat(CLAIMS).extracting(claim -> claim.quantity().stated().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(claimsAsTheArticleStatesThem()
            .map(arguments -> (String) arguments.get()[4]).collect(Collectors.toList()));
    assertThat(CLAIMS).extracting(Claim::id).doesNotHaveDuplicates();
  }

  @Test
  void everyStatedWordingAndQuoteIsInTheArticle() {
    String article = ArticleText.read();
    for (Claim claim : CLAIMS) {
      assertThat(article).contains(claim.quantity().stated().orElseThrow());
      claim.quote().ifPresent(quote -> assertThat(article).contains(quote));
    }
  }

  @Test
  void relaysAreDatedTheDayOfTheArticle() {
    assertThat(CLAIMS).flatExtracting(Claim::relays)
        .allSatisfy(relay -> assertThat(relay.on()).contains(KurskArticle.ARTICLE_DAY));
  }

  @Test
  void casualtiesAndTheShareRetakenOnlyGrow() {
    assertThat(subjectsWith(Trend.CUMULATIVE))
        .containsExactlyInAnyOrder(KurskArticle.CASUALTIES, KurskArticle.SHARE_RETAKEN);
  }

  @Test
  void shoigusWordsAreQuotedByStateMediaThenReportedByBusinessInsider() {
    Claim workers = claimStated("5,000 construction workers");

    assertThat(workers.relays()).extracting(relay -> relay.source().name(), relay -> relay.kind())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Russian state media", RelayKind.QUOTED),
            org.assertj.core.groups.Tuple.tuple("Business Insider", RelayKind.REPORTED));
    assertThat(workers.quote())
        .contains("restore infrastructure facilities destroyed by the occupiers");
  }

  @Test
  void shoigusAndStateMediasAffiliationsAreBothRussian() {
    assertThat(KurskArticle.SHOIGU.affiliation()).contains("RU");
    assertThat(KurskArticle.RUSSIAN_STATE_MEDIA.affiliation()).contains("RU");
  }

  @Test
  void theSappersAndWorkersAddUpToTheTotal() {
    Range parts = RangeSums.sum(KurskArticle.NEW_PERSONNEL_PARTS.stream()
        .map(subject -> onlyClaimAbout(subject).quantity().range())
        .collect(Collectors.toList()));

    assertThat(onlyClaimAbout(KurskArticle.NEW_PERSONNEL).quantity().range().encloses(parts))
        .isTrue();
    assertThat(parts).isEqualTo(Range.singleton(6000));
  }

  @Test
  void casualtiesAreConsistentBecauseACountOnlyGrows() {
    Reconciliation casualties = Reconciler.defaults().reconcile(claimsAbout(KurskArticle.CASUALTIES));

    assertThat(casualties.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(casualties.conflicts()).isEmpty();
    assertThat(casualties.consensus()).contains(Range.greaterThan(6000));
  }

  @Test
  void readAsOneFixedNumberTheCasualtiesWouldConflict() {
    Subject fixed = Subject.builder().from(KurskArticle.CASUALTIES).trend(Trend.FIXED).build();
    List<Claim> asIfFixed = claimsAbout(KurskArticle.CASUALTIES).stream()
        .map(claim -> Claim.builder().from(claim).subject(fixed).build())
        .collect(Collectors.toList());

    Reconciliation reconciliation = Reconciler.defaults().reconcile(asIfFixed);

    assertThat(reconciliation.verdict()).isNotEqualTo(Verdict.CONSISTENT);
    assertThat(reconciliation.conflicts()).hasSize(1);
  }

  @Test
  void theReconciledPartsAddUpToTheReconciledTotal() {
    Map<Subject, Reconciliation> reconciled = Reconciler.defaults().reconcileAll(CLAIMS);

    assertThat(PartsCheck.describe(reconciled.get(KurskArticle.NEW_PERSONNEL),
        List.of(reconciled.get(KurskArticle.NEW_SAPPERS),
            reconciled.get(KurskArticle.NEW_WORKERS))))
        .isEqualTo("kursk/dprk-new-sappers + kursk/dprk-new-workers = [6000, 6000], within the"
            + " consensus [6000, 6000] of kursk/dprk-new-personnel");
  }

  private static List<Claim> claimsAbout(Subject subject) {
    return CLAIMS.stream().filter(claim -> claim.subject().equals(subject))
        .collect(Collectors.toList());
  }

  private static Claim claimStated(String stated) {
    return CLAIMS.stream()
        .filter(claim -> claim.quantity().stated().orElseThrow().equals(stated))
        .findFirst().orElseThrow(() -> new AssertionError("no claim stated as " + stated));
  }

  private static Claim onlyClaimAbout(Subject subject) {
    List<Claim> about = claimsAbout(subject);
    assertThat(about).hasSize(1);
    return about.get(0);
  }

  private static List<Subject> subjectsWith(Trend trend) {
    return CLAIMS.stream().map(Claim::subject).filter(subject -> subject.trend() == trend)
        .distinct().collect(Collectors.toList());
  }

  private static String chain(Claim claim) {
    return claim.relays().stream().map(relay -> relay.source().id() + ":" + relay.kind())
        .collect(Collectors.joining(", "));
  }
}
