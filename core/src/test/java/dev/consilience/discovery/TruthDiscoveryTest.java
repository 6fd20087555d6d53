package dev.consilience.discovery;

import static dev.consilience.discovery.TestClaims.claim;
import static dev.consilience.discovery.TestClaims.evidence;
import static dev.consilience.discovery.TestClaims.weight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Source;
import dev.consilience.SourceKind;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TruthDiscoveryTest {
  /** ln(2 · 0.99 / 0.01), the weight of the default maximum accuracy, rounded to six decimals. */
  private static final double TOP_WEIGHT = 5.288267;
  /**
   * Agreeing with a single source at the top accuracy 0.99, against a value nobody claimed:
   * 2·0.99 / (2·0.99 + 0.01).
   */
  private static final double AGREES_WITH_ONE_AT_THE_TOP = 198.0 / 199;

  @Test
  void unanimousSourcesAllGetTheTopWeight() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      for (String source : List.of("a", "b", "c")) {
        claims.add(claim("city-" + s, source, 1000 + s));
      }
    }

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    assertThat(weights.sources()).extracting(SourceWeight::weight)
        .containsOnly(TOP_WEIGHT);
    assertThat(weights.converged()).isTrue();
  }

  @Test
  void aSourceThatAlwaysDisagreesWithAnAgreeingMajorityEndsLower() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      claims.add(claim("city-" + s, "a", 100 + s));
      claims.add(claim("city-" + s, "b", 100 + s));
      claims.add(claim("city-" + s, "dissent", 900 + s));
    }

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    assertThat(weight(weights, "dissent"))
        .isLessThan(weight(weights, "a"))
        .isLessThan(weight(weights, "b"));
    assertThat(evidence(weights, "dissent").agreements()).isLessThan(1.0);
    assertThat(evidence(weights, "a").agreements()).isGreaterThan(5.0);
  }

  @Test
  void aSourceAloneInItsGroupWithOneAgreeingClaimStaysNearerTheMeanOfAllSourcesThanTheTop() {
    List<String> agencies = List.of("reuters", "ap", "afp");
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 30; s++) {
      for (int a = 0; a < agencies.size(); a++) {
        // Every fifth subject, one agency in turn gets it wrong.
        boolean wrong = s % 5 == 0 && s / 5 % agencies.size() == a;
        claims.add(claim("city-" + s, agencies.get(a), wrong ? 9000 + s : 1000 + s));
      }
    }
    Source ministry = agency("ministry");
    claims.add(claim(Subject.of("city-1"), ministry, Range.singleton(1001)));

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    // What a source of a kind never seen weighs: the mean of every source's record.
    double unseen = weights.weightOf(claim(Subject.of("city-1"),
        Source.builder().id("new").name("new").kind(SourceKind.ACADEMIC).build(),
        Range.singleton(1001)));
    double alone = weight(weights, "ministry");
    double onItsOwnSubject = weights.weightOf(claims.get(claims.size() - 1));
    assertThat(alone).isLessThan(TOP_WEIGHT);
    assertThat(Math.abs(alone - unseen)).isLessThan(TOP_WEIGHT - alone);
    assertThat(Math.abs(onItsOwnSubject - unseen)).isLessThan(TOP_WEIGHT - onItsOwnSubject);
  }

  @Test
  void aSourceWithOneClaimStaysNearItsGroupsPriorAndWeighsBelowAVeteranWhereTheyMeet() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      claims.add(claim("city-" + s, "veteran", 100 + s));
      claims.add(claim("city-" + s, "peer-" + s, 100 + s));
      if (s % 2 == 0) {
        claims.add(claim("city-" + s, "vandal-" + s, 9_000 + s));
      }
    }
    claims.add(claim("city-1", "agrees-once", 101));
    claims.add(claim("city-3", "disagrees-once", 5));
    claims.add(claim("city-99", "loner", 1)); // alone: the group's prior and half an agreement

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    double k = TruthDiscovery.defaults().priorStrength();
    double prior = (evidence(weights, "loner").accuracy() * (k + 1) - 0.5) / k;
    double oneClaim = 1 / (k + 1);
    assertThat(evidence(weights, "agrees-once").accuracy()).isBetween(prior, prior + oneClaim);
    assertThat(evidence(weights, "disagrees-once").accuracy()).isBetween(prior - oneClaim, prior);
    assertThat(weight(weights, "agrees-once")).isGreaterThan(weight(weights, "disagrees-once"));
    // Where they meet, the one-claim source weighs only its group's prior: its one agreement was
    // earned on that very subject.
    assertThat(weights.weightOf(claim("city-1", "agrees-once", 101)))
        .isEqualTo(weights.weightOf(claim("city-1", "newcomer", 101)))
        .isLessThan(weights.weightOf(claim("city-1", "veteran", 101)));
  }

  @Test
  void aClaimWeighsWhatItsSourceEarnedOnTheOtherSubjects() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      claims.add(claim("city-" + s, "a", 100 + s));
      claims.add(claim("city-" + s, "b", 100 + s));
    }
    claims.add(claim("town", "a", 7));
    claims.add(claim("town", "once", 7));
    claims.add(claim("town", "other", 8));

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    // "once" agreed with "a" on its only subject, so its record is better than its group's prior,
    // but on that subject its claim weighs only the prior: it cannot vouch for itself there.
    double prior = weights.weightOf(claim("town", "newcomer", 7));
    assertThat(weight(weights, "once")).isGreaterThan(prior);
    assertThat(weights.weightOf(claim("town", "once", 7))).isEqualTo(prior);
    assertThat(weights.weightOf(claim("elsewhere", "once", 7))).isEqualTo(weight(weights, "once"));
    // "a" earned less on "town" (where "other" contradicts it) than on the cities, so leaving
    // "town" out weighs it more there, and leaving a city out weighs it less there.
    assertThat(weights.weightOf(claim("town", "a", 7))).isGreaterThan(weight(weights, "a"));
    assertThat(weights.weightOf(claim("city-0", "a", 100))).isLessThan(weight(weights, "a"));
    // A claim that was not learned from weighs the same as the learned one beside it.
    assertThat(weights.weightOf(claim("town", "a", 9))).isEqualTo(
        weights.weightOf(claim("town", "a", 7)));
  }

  @Test
  void agreeingWithOneSourceAtTheTopEarnsAlmostAWholeAgreement() {
    SourceWeights weights = TruthDiscovery.defaults().learn(List.of(
        claim("city-1", "a", 5), claim("city-1", "b", 5),
        claim("city-2", "a", 6), claim("city-2", "b", 6),
        claim("city-3", "a", 7), claim("city-3", "b", 7)));

    assertThat(weight(weights, "a")).isEqualTo(TOP_WEIGHT);
    assertThat(evidence(weights, "a").agreements())
        .isCloseTo(3 * AGREES_WITH_ONE_AT_THE_TOP, within(1e-12));
  }

  @Test
  void aWideRangeBacksAPointInsideItByHalfAndThePointBacksTheRangeFully() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      claims.add(claim("city-" + s, "wide", Range.closed(6, 8)));
      claims.add(claim("city-" + s, "point", 7));
    }

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    // The range allows 6 and 8 as much as 7: it neither confirms nor denies the point.
    assertThat(evidence(weights, "point").agreementRate()).isCloseTo(0.5, within(1e-12));
    assertThat(evidence(weights, "wide").agreementRate()).isGreaterThan(0.6);
  }

  @Test
  void aClaimNobodyElseMadeCountsAsHalfAnAgreement() {
    SourceWeights weights = TruthDiscovery.defaults().learn(List.of(
        claim("city-1", "a", 5), claim("city-1", "b", 5), claim("city-2", "loner", 6)));

    SourceWeight loner = evidence(weights, "loner");
    assertThat(loner.subjects()).isEqualTo(1);
    assertThat(loner.compared()).isZero();
    assertThat(loner.agreements()).isEqualTo(0.5);
    assertThat(loner.agreementRate()).isEqualTo(0.5);
  }

  @Test
  void corroborationEarnsTrustWhereClaimsNobodyElseMadeDoNot() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      claims.add(claim("city-" + s, "corroborated", 100 + s));
      claims.add(claim("city-" + s, "peer-" + s, 100 + s));
      claims.add(claim("town-" + s, "solitary", 100 + s));
    }
    claims.add(claim("city-0", "solitary", 100));

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    SourceWeight solitary = evidence(weights, "solitary");
    assertThat(solitary.subjects()).isEqualTo(11);
    assertThat(solitary.compared()).isEqualTo(1);
    assertThat(solitary.agreements()).isBetween(5.0 + 0.5, 6.0);
    assertThat(solitary.weight()).isLessThan(weight(weights, "corroborated"));
  }

  @Test
  void theClaimsOfOneOriginAboutOneSubjectAreOneVoice() {
    List<Claim> once = List.of(
        claim("city-1", "a", 5), claim("city-1", "b", 5), claim("city-1", "c", 9),
        claim("city-2", "a", 7), claim("city-2", "c", 7));
    List<Claim> echoed = new ArrayList<>(once);
    echoed.add(claim(Subject.of("city-1"), Source.of("a", "a"), Range.closed(4, 6)));

    SourceWeights learnedOnce = TruthDiscovery.defaults().learn(once);
    SourceWeights learnedEchoed = TruthDiscovery.defaults().learn(echoed);

    assertThat(evidence(learnedEchoed, "a").subjects()).isEqualTo(2);
    assertThat(learnedEchoed.sources()).isEqualTo(learnedOnce.sources());
  }

  @Test
  void anOriginThatContradictsItselfSpeaksWithItsLatestClaim() {
    Source a = Source.of("a", "a");
    Subject city = Subject.of("city-1");
    List<Claim> claims = List.of(
        dated(city, a, 5, "2020"), dated(city, a, 7, "2021"),
        claim("city-1", "b", 7), claim("city-1", "c", 7));

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    assertThat(evidence(weights, "a").agreements()).isGreaterThan(0.99);
  }

  @Test
  void anOriginThatCorrectsItselfAboutOneTimeSpeaksWithItsCorrection() {
    // Both claims describe the same day; the one stated later replaced the other, whatever their
    // values sort as.
    Source a = Source.of("a", "a");
    Subject casualties = Subject.of("casualties", Trend.CUMULATIVE);
    List<Claim> claims = new ArrayList<>();
    claims.add(restated(casualties, a, 5200, "2025-01-01", "2025-01-02"));
    claims.add(restated(casualties, a, 5000, "2025-01-01", "2025-02-01"));
    for (String other : List.of("b", "c")) {
      claims.add(restated(casualties, Source.of(other, other), 5000, "2025-01-01", "2025-01-05"));
    }

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    assertThat(evidence(weights, "a")).usingRecursiveComparison().ignoringFields("sourceId")
        .isEqualTo(evidence(weights, "b"));
  }

  @Test
  void anOriginThatContradictsItselfSpeaksWithWhatItStatedLast() {
    // As the reconciler does: the later statement, although it describes an earlier time.
    Source a = Source.of("a", "a");
    Subject city = Subject.of("city-1");
    List<Claim> claims = List.of(
        restated(city, a, 3000, "2024-12", "2025-03"), dated(city, a, 4000, "2025-01"),
        claim("city-1", "b", 3000), claim("city-1", "c", 3000));

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    assertThat(evidence(weights, "a").agreements()).isGreaterThan(0.99);
  }

  @Test
  void aHedgedClaimIsTakenAtItsStatedRange() {
    // "about 4,200" against two sources saying 4,000: the reconciler would widen it by 10% and
    // find them consistent; learning compares 4,200 with 4,000.
    Claim hedged = Claim.builder()
        .subject(Subject.of("city-1"))
        .quantity(Quantity.builder().range(Range.singleton(4200)).unit(TestClaims.PERSON)
            .hedge(Hedge.APPROXIMATELY).stated("about 4,200").build())
        .source(Source.of("hedger", "hedger"))
        .build();
    Claim unhedged = claim("city-1", "hedger", 4200);

    SourceWeights withHedge = TruthDiscovery.defaults().learn(List.of(
        hedged, claim("city-1", "a", 4000), claim("city-1", "b", 4000)));
    SourceWeights withoutHedge = TruthDiscovery.defaults().learn(List.of(
        unhedged, claim("city-1", "a", 4000), claim("city-1", "b", 4000)));

    assertThat(evidence(withHedge, "hedger").agreements()).isLessThan(0.5);
    assertThat(withHedge.sources()).isEqualTo(withoutHedge.sources());
  }

  @Test
  void aRangeAgreesWhenItContainsTheValueTheOthersSupport() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      claims.add(claim("city-" + s, "point-1", 100));
      claims.add(claim("city-" + s, "point-2", 100));
      claims.add(claim("city-" + s, "point-3", 100));
      claims.add(claim("city-" + s, "wide", Range.closed(90, 110)));
      claims.add(claim("city-" + s, "far", Range.atLeast(200)));
    }

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    assertThat(evidence(weights, "wide").agreements()).isGreaterThan(4.9);
    assertThat(evidence(weights, "far").agreements()).isLessThan(0.1);
    assertThat(weight(weights, "wide")).isGreaterThan(weight(weights, "far"));
  }

  @Test
  void deprecatedClaimsAreLeftOut() {
    Claim deprecated = Claim.builder().from(claim("city-1", "b", 9)).rank(Rank.DEPRECATED).build();

    SourceWeights weights = TruthDiscovery.defaults().learn(List.of(
        claim("city-1", "a", 5), deprecated));

    assertThat(weights.find("b")).isEmpty();
    assertThat(evidence(weights, "a").compared()).isZero();
  }

  @Test
  void claimsInDifferentUnitsAreNotCompared() {
    SourceWeights weights = TruthDiscovery.defaults().learn(List.of(
        claim("area", "a", 5), areaInKilometres("b")));

    assertThat(weights.sources()).extracting(SourceWeight::compared).containsOnly(0);
  }

  @Test
  void aSubjectClaimedInTwoUnitsCountsAsTwoSubjects() {
    SourceWeights weights = TruthDiscovery.defaults().learn(List.of(
        claim("area", "a", 5), areaInKilometres("a")));

    assertThat(evidence(weights, "a").subjects()).isEqualTo(2);
  }

  @Test
  void claimsAboutAVaryingSubjectAreComparedOnlyAtTheSameTime() {
    Subject troops = Subject.of("troops", Trend.VARYING);
    Source a = Source.of("a", "a");
    Source b = Source.of("b", "b");

    SourceWeights weights = TruthDiscovery.defaults().learn(List.of(
        dated(troops, a, 100, "2024"), dated(troops, b, 300, "2025"),
        dated(troops, a, 500, "2026"), dated(troops, b, 500, "2026")));

    SourceWeight learned = evidence(weights, "a");
    assertThat(learned.subjects()).isEqualTo(2);
    assertThat(learned.compared()).isEqualTo(1);
    // alone in 2024, agreeing in 2026
    assertThat(learned.agreements()).isBetween(0.5 + 0.5, 0.5 + 1.0);
  }

  @Test
  void onAVaryingSubjectAClaimWeighsItsRecordWithoutTheTimeItWasComparedAt() {
    Subject troops = Subject.of("troops", Trend.VARYING);
    Source a = Source.of("a", "a");
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      claims.add(claim("city-" + s, "a", 100 + s));
      claims.add(claim("city-" + s, "b", 100 + s));
    }
    claims.add(dated(troops, a, 500, "2026"));
    claims.add(dated(troops, Source.of("c", "c"), 900, "2026"));

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    // Contradicted in 2026, "a" weighs more there without it; in 2025 it was not compared.
    double whole = weight(weights, "a");
    assertThat(weights.weightOf(dated(troops, a, 500, "2026"))).isGreaterThan(whole);
    assertThat(weights.weightOf(dated(troops, a, 500, "2025"))).isEqualTo(whole);
  }

  @Test
  void everyRoundWeighsAVoiceByItsRecordWithoutItsSubject() {
    // A veteran corroborated only by sources that speak once, each on one of its subjects.
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 10; s++) {
      claims.add(claim("city-" + s, "veteran", 100 + s));
      claims.add(claim("city-" + s, "once-" + s, 100 + s));
    }
    // Elsewhere, pairs of one-claim sources disagree, which keeps the prior below the top.
    for (int t = 0; t < 10; t++) {
      claims.add(claim("town-" + t, "left-" + t, 1));
      claims.add(claim("town-" + t, "right-" + t, 2));
    }

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    // Where each one-claim source backs the veteran, it speaks with its group's prior, never with
    // the record it earned by agreeing with the veteran there: each agreement of the veteran is
    // 1 / (1 + e^-w) for the prior's weight w, and no round lets it grow from its own echo.
    double prior = weights.weightOf(claim("city-0", "stranger", 100));
    assertThat(evidence(weights, "veteran").agreements())
        .isCloseTo(10 / (1 + Math.exp(-prior)), within(1e-5));
    assertThat(weight(weights, "once-0")).isGreaterThan(prior);
  }

  @Test
  void subjectIdsWithControlCharactersDoNotRunIntoTheUnitOrTime() {
    // A fixed subject "s\u001fu" in unit "2025" and a varying subject "s" in unit "u" at 2025.
    Claim fixed = Claim.builder()
        .subject(Subject.of("s\u001fu"))
        .quantity(Quantity.of(Range.singleton(5), Unit.of("2025")))
        .source(Source.of("a", "a"))
        .build();
    Claim varying = Claim.builder()
        .subject(Subject.of("s", Trend.VARYING))
        .quantity(Quantity.of(Range.singleton(9), Unit.of("u")))
        .source(Source.of("b", "b"))
        .statedOn(TimeSpan.parse("2025"))
        .build();

    SourceWeights weights = TruthDiscovery.defaults().learn(List.of(fixed, varying));

    assertThat(weights.sources()).extracting(SourceWeight::compared).containsOnly(0);
  }

  @Test
  void anUnseenSourceWeighsWhatItsGroupEarned() {
    List<Claim> claims = agenciesAgreeingAgainstARumour();
    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    Subject city = Subject.of("city-0");
    double newAgency = weights.weightOf(claim(city, agency("new"), Range.singleton(1)));
    double newPerson = weights.weightOf(claim(city, person("new"), Range.singleton(1)));
    double newExpert = weights.weightOf(claim(
        Subject.of("city-0"), Source.builder().id("x").name("x").kind(SourceKind.EXPERT).build(),
        Range.singleton(1)));

    assertThat(newAgency).isGreaterThan(newPerson);
    assertThat(newExpert).isEqualTo(weights.unseenWeight());
    assertThat(newPerson).isGreaterThanOrEqualTo(SourceWeights.MIN_WEIGHT);
  }

  @Test
  void aSourceIdWithTwoKindsInIdenticalClaimsIsGroupedTheSameInAnyOrder() {
    List<Claim> claims = agenciesAgreeingAgainstARumour();
    claims.add(claim(Subject.of("town"), agency("dual"), Range.singleton(5)));
    claims.add(claim(Subject.of("town"), person("dual"), Range.singleton(5)));
    List<Claim> reversed = new ArrayList<>(claims);
    Collections.reverse(reversed);

    SourceWeight forwards = evidence(TruthDiscovery.defaults().learn(claims), "dual");
    SourceWeight backwards = evidence(TruthDiscovery.defaults().learn(reversed), "dual");

    assertThat(backwards).isEqualTo(forwards);
  }

  @Test
  void aClaimWeighsWhatItsOriginLearned() {
    List<Claim> claims = List.of(claim("city-1", "a", 5), claim("city-1", "b", 5));
    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    assertThat(weights.weightOf(claim("elsewhere", "a", 1))).isEqualTo(weight(weights, "a"));
  }

  @Test
  void groupingEverySourceTogetherGivesOnePrior() {
    TruthDiscovery oneGroup = TruthDiscovery.builder().groupBy(source -> "all").build();
    List<Claim> claims = List.of(
        claim(Subject.of("c"), agency("a"), Range.singleton(1)),
        claim(Subject.of("c"), person("b"), Range.singleton(1)),
        claim(Subject.of("d"), agency("lone-agency"), Range.singleton(1)),
        claim(Subject.of("e"), person("lone-person"), Range.singleton(1)));

    SourceWeights weights = oneGroup.learn(claims);

    assertThat(weight(weights, "lone-agency")).isEqualTo(weight(weights, "lone-person"));
  }

  @Test
  void aTinyPriorStrengthStillLeavesASourceOfOneSubjectItsGroupsPriorThere() {
    for (double k : new double[] {1e-17, 1e-15, 1e-9}) {
      SourceWeights weights = TruthDiscovery.builder().priorStrength(k).build()
          .learn(List.of(claim("s", "a", 1), claim("s", "b", 1)));

      // Without its one subject, a source has only its group's prior: that of a newcomer.
      assertThat(weights.weightOf(claim("s", "a", 1)))
          .as("prior strength %s", k)
          .isEqualTo(weights.weightOf(claim("s", "newcomer", 1)));
    }
  }

  @Test
  void noClaimsLearnNothing() {
    SourceWeights weights = TruthDiscovery.defaults().learn(List.of());

    assertThat(weights.sources()).isEmpty();
    assertThat(weights.converged()).isTrue();
    assertThat(weights.unseenWeight()).isEqualTo(0.693147); // ln 2: accuracy one half
  }

  @Test
  void stopsAtTheIterationLimit() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      claims.add(claim("city-" + s, "a", 100));
      claims.add(claim("city-" + s, "b", 100 + s % 2));
      claims.add(claim("city-" + s, "c", 100 + s % 3));
    }

    SourceWeights one = TruthDiscovery.builder().maxIterations(1).build().learn(claims);
    SourceWeights settled = TruthDiscovery.defaults().learn(claims);

    assertThat(one.iterations()).isEqualTo(1);
    assertThat(one.converged()).isFalse();
    assertThat(settled.converged()).isTrue();
    assertThat(settled.iterations()).isBetween(2, 100);
  }

  @ParameterizedTest(name = "{0} subjects")
  @ValueSource(ints = {1, 5})
  void twoSourcesThatOnlyContradictEachOtherSettleInsteadOfSwinging(int subjects) {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < subjects; s++) {
      claims.add(claim("city-" + s, "a", 100));
      claims.add(claim("city-" + s, "b", 200));
    }

    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    // Full steps would trade a prior of 0.75 and 1/7 for ever; the fixed point between them is
    // the prior p at which each agrees by p: (1 - p) / (1 + p) = p.
    assertThat(weights.converged()).isTrue();
    assertThat(evidence(weights, "a").accuracy()).isCloseTo(Math.sqrt(2) - 1, within(1e-5));
    assertThat(evidence(weights, "b").accuracy()).isEqualTo(evidence(weights, "a").accuracy());
  }

  @Test
  void learnsFromFiftyThousandClaimsWithALongTail() {
    List<Claim> claims = new ArrayList<>(50_000);
    // A long tail: one prolific source, a few regulars, many who speak once.
    for (int s = 0; s < 25_000; s++) {
      String subject = "city-" + s;
      claims.add(claim(subject, "bot", 1000 + s));
      claims.add(claim(subject, s % 3 == 0 ? "regular-" + (s % 50) : "once-" + s,
          s % 7 == 0 ? 2000 + s : 1000 + s));
    }
    // How fast this runs is measured by the benchmarks, not asserted here.
    SourceWeights weights = TruthDiscovery.defaults().learn(claims);

    assertThat(evidence(weights, "bot").subjects()).isEqualTo(25_000);
  }

  @Test
  void sourceWeightPrintsItsEvidence() {
    SourceWeights weights = TruthDiscovery.defaults().learn(List.of(
        claim("city-1", "ipcc", 5), claim("city-1", "b", 5), claim("city-2", "ipcc", 1)));

    assertThat(evidence(weights, "ipcc").toString()).matches(
        "ipcc: weight \\d\\.\\d{3} \\(accuracy 0\\.\\d{3}, agreed 1\\.\\d of 2 subjects, 1 compared\\)");
    assertThat(weights.toString()).startsWith("SourceWeights[2 sources, ");
  }

  @Test
  void theDefaultsAreAsDocumented() {
    TruthDiscovery defaults = TruthDiscovery.defaults();

    assertThat(defaults.maxIterations()).isEqualTo(100);
    assertThat(defaults.priorStrength()).isEqualTo(2.0);
    assertThat(defaults.tolerance()).isEqualTo(1e-6);
    assertThat(defaults.maxAccuracy()).isEqualTo(0.99);
    assertThat(Math.log(2 * 0.99 / 0.01)).isCloseTo(TOP_WEIGHT, within(1e-6));
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        bad(b -> b.maxIterations(0), "max iterations 0 is below 1"),
        bad(b -> b.priorStrength(0), "prior strength 0.0 is not a positive finite number"),
        bad(b -> b.priorStrength(Double.NaN), "prior strength NaN is not a positive finite number"),
        bad(b -> b.priorStrength(Double.POSITIVE_INFINITY),
            "prior strength Infinity is not a positive finite number"),
        bad(b -> b.tolerance(-1e-3), "tolerance -0.001 is not a non-negative finite number"),
        bad(b -> b.maxAccuracy(0.5), "max accuracy 0.5 is not above 0.5 and below 1"),
        bad(b -> b.maxAccuracy(1), "max accuracy 1.0 is not above 0.5 and below 1"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badSettings")
  void rejectsSettingsOutsideTheirRange(Consumer<TruthDiscovery.Builder> setting, String message) {
    assertThatThrownBy(() -> setting.accept(TruthDiscovery.builder()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsNullClaimsAndNullGroups() {
    assertThatThrownBy(() -> TruthDiscovery.defaults().learn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("claims");
    List<Claim> withNull = Arrays.asList(claim("c", "a", 1), null);
    assertThatThrownBy(() -> TruthDiscovery.defaults().learn(withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("claims contain null");
    assertThatThrownBy(() -> TruthDiscovery.builder().groupBy(null))
        .isInstanceOf(NullPointerException.class).hasMessage("groupBy");
    assertThatThrownBy(() -> TruthDiscovery.builder().groupBy(source -> null).build()
            .learn(List.of(claim("c", "a", 1))))
        .isInstanceOf(NullPointerException.class).hasMessage("group of source a is null");
  }

  private static Arguments bad(Consumer<TruthDiscovery.Builder> setting, String message) {
    return Arguments.of(setting, message);
  }

  private static Claim dated(Subject subject, Source source, long value, String time) {
    return Claim.builder()
        .subject(subject)
        .quantity(Quantity.of(Range.singleton(value), TestClaims.PERSON))
        .source(source)
        .statedOn(TimeSpan.parse(time))
        .build();
  }

  private static Claim restated(
      Subject subject, Source source, long value, String asOf, String statedOn) {
    return Claim.builder()
        .subject(subject)
        .quantity(Quantity.of(Range.singleton(value), TestClaims.PERSON))
        .source(source)
        .asOf(TimeSpan.parse(asOf))
        .statedOn(TimeSpan.parse(statedOn))
        .build();
  }

  /** A claim about the subject "area" in km2, where the other claims count persons. */
  private static Claim areaInKilometres(String sourceId) {
    return Claim.builder()
        .subject(Subject.of("area"))
        .quantity(Quantity.of(Range.singleton(12), Unit.of("km2")))
        .source(Source.of(sourceId, sourceId))
        .build();
  }

  /** Six cities, on each two agencies agreeing and one person saying something else. */
  private static List<Claim> agenciesAgreeingAgainstARumour() {
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < 6; s++) {
      claims.add(claim(Subject.of("city-" + s), agency("stats-" + s), Range.singleton(100 + s)));
      claims.add(claim(Subject.of("city-" + s), agency("census-" + s), Range.singleton(100 + s)));
      claims.add(claim(Subject.of("city-" + s), person("rumour-" + s), Range.singleton(7 + s)));
    }
    return claims;
  }

  private static Source agency(String id) {
    return Source.builder().id(id).name(id).kind(SourceKind.GOVERNMENT).build();
  }

  private static Source person(String id) {
    return Source.builder().id(id).name(id).kind(SourceKind.INDIVIDUAL).build();
  }
}
