package dev.consilience.reconcile;

import static dev.consilience.reconcile.Fixtures.claim;
import static dev.consilience.reconcile.Fixtures.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcilerTest {
  private static final Reconciler UNIFORM =
      Reconciler.builder().weighting(Weighting.uniform()).build();

  /** One ministry, under its own affiliation and under one misfiled, and another of its side. */
  private static final Source BRITISH =
      Source.builder().id("uk-mod").name("UK MoD").affiliation("GB").build();
  private static final Source MISFILED =
      Source.builder().id("uk-mod").name("UK MoD").affiliation("AU").build();
  private static final Source OTHER_BRITISH =
      Source.builder().id("gchq").name("GCHQ").affiliation("GB").build();

  private static Claim dated(Subject subject, String origin, Range range, String statedOn) {
    return Claim.builder().from(claim(subject, origin, range))
        .statedOn(TimeSpan.parse(statedOn)).build();
  }

  @Test
  void defaultsWeighByReliabilityWidenByTenPercentAndHearEachSource() {
    Reconciler defaults = Reconciler.defaults();

    assertThat(defaults.weighting()).isSameAs(Weighting.byReliability());
    assertThat(defaults.hedgeTolerance()).isEqualTo(new BigDecimal("0.10"));
    assertThat(defaults.units()).isSameAs(UnitConverter.none());
    assertThat(defaults.independence()).isEqualTo(Independence.BY_SOURCE);
    assertThat(defaults).hasToString("Reconciler[weighting=Weighting.byReliability(), "
        + "hedgeTolerance=0.10, units=UnitConverter.none(), independence=BY_SOURCE]");
  }

  @Test
  void echoesOfOneSourceAreOneVoiceSayingWhatTheyAllAllow() {
    Reconciliation result = UNIFORM.reconcile(List.of(
        claim("a", Range.closed(0, 10)), claim("a", Range.closed(5, 20)),
        claim("b", Range.closed(7, 8))));

    assertThat(result.voices()).hasSize(2);
    assertThat(result.voices().get(0).origin()).isEqualTo("a");
    assertThat(result.voices().get(0).claims()).hasSize(2);
    assertThat(result.voices().get(0).range()).isEqualTo(Range.closed(5, 10));
    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.consensus()).contains(Range.closed(7, 8));
  }

  @Test
  void anOriginThatContradictsItselfSpeaksWithItsLatestClaimAndStaysConsistent() {
    Reconciliation result = UNIFORM.reconcile(List.of(
        dated(Fixtures.FIXED, "a", Range.closed(0, 1), "2024"),
        dated(Fixtures.FIXED, "a", Range.closed(5, 6), "2025"),
        dated(Fixtures.FIXED, "b", Range.closed(4, 8), "2023")));

    assertThat(result.voices().get(0).range()).isEqualTo(Range.closed(5, 6));
    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.consensus()).contains(Range.closed(5, 6));
    assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Conflict.Kind.SELF_CONTRADICTION);
      assertThat(conflict.firstRange()).isEqualTo(Range.closed(0, 1));
      assertThat(conflict.secondRange()).isEqualTo(Range.closed(5, 6));
      assertThat(conflict.acrossTime()).isFalse();
      assertThat(conflict.reason()).isEqualTo("[0, 1] and [5, 6] share no number");
    });
  }

  @Test
  void byAffiliationSourcesOfOneAffiliationAreOneVoiceAndOthersStandAlone() {
    Source shoigu = Source.builder().id("shoigu").name("Sergei Shoigu").affiliation("RU").build();
    Source stateMedia = Source.builder().id("tass").name("TASS").affiliation("RU").build();
    Source loner = Source.of("RU", "A source with the id RU");
    List<Claim> claims = List.of(
        Claim.builder().from(claim("x", Range.closed(0, 10))).source(shoigu).build(),
        Claim.builder().from(claim("x", Range.closed(5, 20))).source(stateMedia).build(),
        Claim.builder().from(claim("x", Range.closed(6, 7))).source(loner).build());

    Reconciliation bySource = UNIFORM.reconcile(claims);
    Reconciliation byAffiliation = Reconciler.builder().weighting(Weighting.uniform())
        .independence(Independence.BY_AFFILIATION).build().reconcile(claims);

    assertThat(bySource.voices()).extracting(Voice::origin)
        .containsExactly("RU", "shoigu", "tass");
    assertThat(byAffiliation.voices()).extracting(Voice::origin).containsExactly("RU", "RU");
    assertThat(byAffiliation.voices().get(0).claims()).hasSize(2);
    assertThat(byAffiliation.voices().get(0).range()).isEqualTo(Range.closed(5, 10));
    assertThat(byAffiliation.voices().get(1).claims()).extracting(Claim::source)
        .containsExactly(loner);
  }

  @Test
  void byAffiliationASourceGivenAnAffiliationInSomeClaimsOnlyIsStillOneVoice() {
    // One outlet recorded the ministry's affiliation, another did not: still one origin.
    Source withAffiliation = Source.builder().id("uk-mod").name("UK MoD").affiliation("GB").build();
    Source without = Source.of("uk-mod", "UK MoD");
    Source otherBritish = Source.builder().id("gchq").name("GCHQ").affiliation("GB").build();
    List<Claim> claims = List.of(
        Claim.builder().from(claim("x", Range.closed(0, 10))).source(withAffiliation).build(),
        Claim.builder().from(claim("x", Range.closed(5, 20))).source(without).build(),
        Claim.builder().from(claim("x", Range.closed(6, 30))).source(otherBritish).build(),
        claim("ru", Range.closed(40, 50)));

    Reconciliation result = Reconciler.builder().weighting(Weighting.uniform())
        .independence(Independence.BY_AFFILIATION).build().reconcile(claims);

    assertThat(result.voices()).extracting(Voice::origin).containsExactly("GB", "ru");
    assertThat(result.voices().get(0).claims()).hasSize(3);
    assertThat(result.voices().get(0).range()).isEqualTo(Range.closed(6, 10));
  }

  @Test
  void byAffiliationADeprecatedClaimDoesNotMoveItsSourceToAnotherVoice() {
    // A retracted record that filed the ministry under another affiliation must not split it
    // from its own side.
    Claim kept = Claim.builder().from(claim("x", Range.closed(0, 10))).source(BRITISH).build();
    Claim retracted = Claim.builder().from(claim("x", Range.closed(0, 12))).source(MISFILED)
        .rank(Rank.DEPRECATED).build();
    Claim other = Claim.builder().from(claim("x", Range.closed(5, 20))).source(OTHER_BRITISH)
        .build();
    Reconciler byAffiliation = Reconciler.builder().weighting(Weighting.uniform())
        .independence(Independence.BY_AFFILIATION).build();

    Reconciliation result = byAffiliation.reconcile(List.of(kept, retracted, other));

    assertThat(result.voices()).extracting(Voice::origin).containsExactly("GB");
    assertThat(result.voices().get(0).claims()).containsExactlyInAnyOrder(kept, other);
    assertThat(result.excluded()).extracting(Exclusion::claim).containsExactly(retracted);
  }

  @Test
  void byAffiliationAVaryingClaimAboutAnotherTimeDoesNotMoveItsSourceToAnotherVoice() {
    // Filed under another affiliation in January, the ministry still speaks as GB in June.
    Subject strength = Subject.of("strength", Trend.VARYING);
    Claim june = Claim.builder().from(dated(strength, "x", Range.closed(0, 10), "2025-06"))
        .source(BRITISH).build();
    Claim january = Claim.builder().from(dated(strength, "x", Range.closed(0, 12), "2025-01"))
        .source(MISFILED).build();
    Claim other = Claim.builder().from(dated(strength, "x", Range.closed(5, 20), "2025-06"))
        .source(OTHER_BRITISH).build();
    Reconciler byAffiliation = Reconciler.builder().weighting(Weighting.uniform())
        .independence(Independence.BY_AFFILIATION).build();

    Reconciliation result = byAffiliation.reconcile(List.of(june, january, other));

    assertThat(result.voices()).extracting(Voice::origin).containsExactly("GB");
    assertThat(result.voices().get(0).claims()).containsExactlyInAnyOrder(june, other);
    assertThat(result.excluded()).extracting(Exclusion::claim).containsExactly(january);
  }

  @Test
  void aVoiceWeighsAsMuchAsItsHeaviestClaim() {
    Claim light = Claim.builder().from(claim("a", Range.closed(0, 10)))
        .source(Source.builder().id("a").name("a").reliability(Reliability.E).build()).build();
    Claim heavy = Claim.builder().from(claim("a", Range.closed(2, 10)))
        .source(Source.builder().id("a").name("a").reliability(Reliability.A).build()).build();

    assertThat(Reconciler.defaults().reconcile(List.of(light, heavy)).voices())
        .singleElement().extracting(Voice::weight).isEqualTo(1.0);
  }

  @Test
  void theDefaultWeightsFollowReliability() {
    List<Claim> claims = new ArrayList<>();
    for (Reliability grade : Reliability.values()) {
      claims.add(Claim.builder().from(claim("x", Range.closed(0, 1)))
          .source(Source.builder().id(grade.name()).name(grade.name()).reliability(grade).build())
          .build());
    }

    assertThat(Reconciler.defaults().reconcile(claims).voices()).extracting(Voice::weight)
        .containsExactly(1.0, 0.8, 0.6, 0.4, 0.2, 0.5);
  }

  @Test
  void aHeavierVoiceWinsAContest() {
    Reconciliation result = Reconciler.builder()
        .weighting(c -> c.source().id().equals("s1") ? 3 : 1).build()
        .reconcile(claims(Range.closed(0, 2), Range.closed(10, 12), Range.closed(1, 3)));

    assertThat(result.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(result.consensus()).contains(Range.closed(10, 12));
    assertThat(result.estimate()).contains(BigDecimal.valueOf(11));
    assertThat(result.voices()).extracting(Voice::supportsConsensus)
        .containsExactly(false, true, false);
  }

  @Test
  void weightsThatTieAsDecimalsTie() {
    // 0.8 + 0.4 = 0.6 + 0.6 as the reader sees them, though not in binary.
    double[] weights = {0.8, 0.4, 0.6, 0.6};
    Reconciliation result = Reconciler.builder()
        .weighting(c -> weights[c.source().id().charAt(1) - '0']).build()
        .reconcile(claims(Range.closed(0, 2), Range.closed(1, 3), Range.closed(10, 12),
            Range.closed(11, 13)));

    assertThat(result.verdict()).isEqualTo(Verdict.UNRESOLVED);
  }

  @Test
  void voicesOfZeroWeightAreHeardButSupportNothing() {
    Reconciler ignoringS0 = Reconciler.builder()
        .weighting(c -> c.source().id().equals("s0") ? 0 : 1).build();

    Reconciliation cut = ignoringS0.reconcile(
        claims(Range.closed(5, 15), Range.closed(0, 10), Range.closed(20, 30)));
    Reconciliation consistent = ignoringS0.reconcile(
        claims(Range.closed(5, 15), Range.closed(0, 10)));

    assertThat(cut.verdict()).isEqualTo(Verdict.UNRESOLVED);
    assertThat(consistent.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(consistent.consensus()).contains(Range.closed(5, 10));
  }

  @Test
  void aTinyPositiveWeightStillBreaksATie() {
    Map<String, Double> weights = Map.of("a", 1.0, "b", 1.0, "c", 1e-20);
    Reconciler reconciler =
        Reconciler.builder().weighting(c -> weights.get(c.source().id())).build();

    Reconciliation result = reconciler.reconcile(List.of(claim("a", Range.closed(0, 1)),
        claim("b", Range.closed(5, 6)), claim("c", Range.closed(5, 6))));

    assertThat(result.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(result.consensus()).contains(Range.closed(5, 6));
  }

  @Test
  void conflictingVoicesThatAllWeighZeroAreUnresolved() {
    Reconciliation result = Reconciler.builder().weighting(c -> 0).build()
        .reconcile(claims(Range.closed(0, 1), Range.closed(2, 3), Range.closed(2, 5)));

    assertThat(result.verdict()).isEqualTo(Verdict.UNRESOLVED);
    assertThat(result.explain()).contains("no voice carries any weight");
  }

  @Test
  void aClaimAboutAnotherTimeOfAVaryingSubjectIsLeftOut() {
    Reconciliation result = UNIFORM.reconcile(List.of(
        dated(Fixtures.VARYING, "a", Range.closed(0, 1), "2024"),
        dated(Fixtures.VARYING, "b", Range.closed(5, 6), "2025")));

    assertThat(result.asOf()).contains(TimeSpan.parse("2025"));
    assertThat(result.voices()).extracting(Voice::origin).containsExactly("b");
    assertThat(result.excluded()).singleElement().satisfies(exclusion -> {
      assertThat(exclusion.reason()).isEqualTo(Exclusion.Reason.ANOTHER_TIME);
      assertThat(exclusion.claim().source().id()).isEqualTo("a");
    });
  }

  @Test
  void reconcilesAsOfAGivenTime() {
    Reconciliation result = UNIFORM.reconcile(List.of(
        dated(Fixtures.CUMULATIVE, "a", Range.closed(10, 20), "2024"),
        dated(Fixtures.CUMULATIVE, "b", Range.closed(30, 40), "2026")), TimeSpan.parse("2025"));

    assertThat(result.asOf()).contains(TimeSpan.parse("2025"));
    assertThat(result.voices()).extracting(Voice::range)
        .containsExactly(Range.atLeast(10), Range.atMost(40));
    assertThat(result.consensus()).contains(Range.closed(10, 40));
  }

  @Test
  void aDefaultTimeAsVagueAsAYearComparesTheCountsWithinItAsOfOneTime() {
    List<Claim> claims = List.of(
        dated(Fixtures.CUMULATIVE, "a", Range.closed(3800, 4000), "2025-01/2025-04"),
        dated(Fixtures.CUMULATIVE, "b", Range.closed(6000, 6500), "2025-06-15"),
        dated(Fixtures.CUMULATIVE, "c", Range.greaterThan(6000), "2025"));

    Reconciliation byDefault = UNIFORM.reconcile(claims);
    Reconciliation asOfJune = UNIFORM.reconcile(claims, TimeSpan.parse("2025-06-15"));

    assertThat(byDefault.asOf()).contains(TimeSpan.parse("2025"));
    assertThat(byDefault.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(asOfJune.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(asOfJune.consensus()).contains(Range.openClosed(6000, 6500));
  }

  @Test
  void aCumulativeCountThatFallsIsAConflictAcrossTime() {
    Claim early = dated(Fixtures.CUMULATIVE, "a", Range.singleton(5000), "2025-01");
    Claim later = dated(Fixtures.CUMULATIVE, "b", Range.singleton(3000), "2025-03");
    Claim latest = dated(Fixtures.CUMULATIVE, "c", Range.atLeast(4000), "2025-06");

    Reconciliation result = UNIFORM.reconcile(List.of(early, later, latest));

    assertThat(result.voices()).extracting(Voice::range).containsExactly(
        Range.atLeast(5000), Range.atLeast(3000), Range.atLeast(4000));
    assertThat(result.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(result.consensus()).contains(Range.atLeast(5000));
    assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Conflict.Kind.ACROSS_TIME);
      assertThat(conflict.first()).isEqualTo(early);
      assertThat(conflict.second()).isEqualTo(later);
      assertThat(conflict.acrossTime()).isTrue();
      assertThat(conflict.reason()).isEqualTo("[5000, 5000] about 2025-01 and [3000, 3000] "
          + "about 2025-03, later; the count never decreases, so it cannot be at least 5000 "
          + "then and at most 3000 later");
    });
  }

  @Test
  void cumulativeClaimsAboutOneEarlierTimeThatShareNoNumberDisagreeWhateverComesLater() {
    // Two January counts that cannot both be right; a larger June count must not hide that.
    Claim low = dated(Fixtures.CUMULATIVE, "a", Range.singleton(300), "2025-01");
    Claim high = dated(Fixtures.CUMULATIVE, "b", Range.closed(3800, 4000), "2025-01");
    Claim june = dated(Fixtures.CUMULATIVE, "c", Range.greaterThan(6000), "2025-06-15");

    Reconciliation alone = UNIFORM.reconcile(List.of(low, high));
    Reconciliation withJune = UNIFORM.reconcile(List.of(low, high, june));

    assertThat(alone.verdict()).isEqualTo(Verdict.UNRESOLVED);
    assertThat(withJune.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(withJune.voices()).extracting(Voice::range).containsExactly(
        Range.atLeast(300), Range.atLeast(3800), Range.greaterThan(6000));
    assertThat(withJune.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Conflict.Kind.DISAGREEMENT);
      assertThat(conflict.first()).isEqualTo(low);
      assertThat(conflict.second()).isEqualTo(high);
      assertThat(conflict.firstRange()).isEqualTo(Range.singleton(300));
      assertThat(conflict.secondRange()).isEqualTo(Range.closed(3800, 4000));
      assertThat(conflict.acrossTime()).isFalse();
      assertThat(conflict.reason())
          .isEqualTo("[300, 300] and [3800, 4000], both about 2025-01, share no number");
    });
  }

  @Test
  void cumulativeClaimsAboutOneLaterTimeThatShareNoNumberDisagree() {
    Claim low = dated(Fixtures.CUMULATIVE, "a", Range.singleton(300), "2025-06");
    Claim high = dated(Fixtures.CUMULATIVE, "b", Range.singleton(4000), "2025-06");

    Reconciliation result = UNIFORM.reconcile(List.of(low, high), TimeSpan.parse("2025-01"));

    assertThat(result.voices()).extracting(Voice::range)
        .containsExactly(Range.atMost(300), Range.atMost(4000));
    assertThat(result.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(result.conflicts()).singleElement().extracting(Conflict::reason)
        .isEqualTo("[300, 300] and [4000, 4000], both about 2025-06, share no number");
  }

  @Test
  void cumulativeClaimsAboutOverlappingButUnequalEarlierTimesAreNotComparedAsOneTime() {
    // January and 15 January overlap, and neither is earlier: only about asOf are they compared.
    Claim january = dated(Fixtures.CUMULATIVE, "a", Range.singleton(300), "2025-01");
    Claim midJanuary = dated(Fixtures.CUMULATIVE, "b", Range.singleton(4000), "2025-01-15");
    Claim june = dated(Fixtures.CUMULATIVE, "c", Range.greaterThan(6000), "2025-06-15");

    Reconciliation asOfJune = UNIFORM.reconcile(List.of(january, midJanuary, june));
    Reconciliation asOfJanuary =
        UNIFORM.reconcile(List.of(january, midJanuary, june), TimeSpan.parse("2025-01"));

    assertThat(asOfJune.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(asOfJune.conflicts()).isEmpty();
    assertThat(asOfJanuary.conflicts()).extracting(Conflict::first, Conflict::second)
        .containsExactly(tuple(january, midJanuary));
  }

  @Test
  void anOriginThatGivesTwoCountsForOneEarlierTimeContradictsItself() {
    Claim first = Claim.builder().from(claim(Fixtures.CUMULATIVE, "a", Range.singleton(300)))
        .asOf(TimeSpan.parse("2025-01")).statedOn(TimeSpan.parse("2025-02")).build();
    Claim revised = Claim.builder().from(claim(Fixtures.CUMULATIVE, "a", Range.singleton(4000)))
        .asOf(TimeSpan.parse("2025-01")).statedOn(TimeSpan.parse("2025-03")).build();
    Claim june = dated(Fixtures.CUMULATIVE, "c", Range.greaterThan(6000), "2025-06-15");

    Reconciliation result = UNIFORM.reconcile(List.of(first, revised, june));

    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.voices()).extracting(Voice::range)
        .containsExactly(Range.atLeast(4000), Range.greaterThan(6000));
    assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Conflict.Kind.SELF_CONTRADICTION);
      assertThat(conflict.first()).isEqualTo(first);
      assertThat(conflict.second()).isEqualTo(revised);
      assertThat(conflict.reason())
          .isEqualTo("[300, 300] and [4000, 4000], both about 2025-01, share no number");
    });
  }

  @Test
  void aConflictAcrossTimeAtATouchingEndSaysWhichSideOfTheValueEachClaimIs() {
    Claim early = dated(Fixtures.CUMULATIVE, "a", Range.closed(10, 20), "2025-01");
    Claim later = dated(Fixtures.CUMULATIVE, "b", Range.closedOpen(0, 10), "2025-03");

    Reconciliation result = UNIFORM.reconcile(List.of(early, later));

    assertThat(result.conflicts()).singleElement().extracting(Conflict::reason).isEqualTo(
        "[10, 20] about 2025-01 and [0, 10) about 2025-03, later; the count never decreases, so "
            + "it cannot be at least 10 then and below 10 later");
  }

  @Test
  void claimsInAnotherUnitAreConvertedOrLeftOut() {
    Unit thousands = Unit.of("thousand-person");
    Claim inThousands = Claim.builder().from(claim("b", Range.closed(4, 5)))
        .quantity(Quantity.of(Range.closed(4, 5), thousands)).build();
    Claim inKm2 = Claim.builder().from(claim("c", Range.closed(4, 5)))
        .quantity(Quantity.of(Range.closed(4, 5), Unit.of("km2"))).build();
    List<Claim> claims = List.of(claim("a", Range.closed(4500, 6000)), inThousands, inKm2,
        claim("d", Range.closed(3000, 4600)));
    UnitConverter units = UnitConverter.builder()
        .factor(thousands, Fixtures.PERSON, BigDecimal.valueOf(1000)).build();

    Reconciliation result = Reconciler.builder().units(units).build().reconcile(claims);

    assertThat(result.unit()).contains(Fixtures.PERSON);
    assertThat(result.voices()).extracting(Voice::range)
        .contains(Range.closed(4000, 5000));
    assertThat(result.consensus()).contains(Range.closed(4500, 4600));
    assertThat(result.excluded()).singleElement().satisfies(exclusion -> {
      assertThat(exclusion.reason()).isEqualTo(Exclusion.Reason.INCONVERTIBLE_UNIT);
      assertThat(exclusion.detail()).isEqualTo("in km2, which cannot be converted to person");
      assertThat(exclusion).hasToString(inKm2.id()
          + " left out: in km2, which cannot be converted to person");
    });
  }

  @Test
  void onlyDeprecatedClaimsLeaveNothingToReconcile() {
    Claim deprecated = Claim.builder().from(claim("a", Range.closed(1, 2)))
        .rank(Rank.DEPRECATED).build();

    Reconciliation result = Reconciler.defaults().reconcile(List.of(deprecated));

    assertThat(result.verdict()).isEqualTo(Verdict.EMPTY);
    assertThat(result.subject()).isEqualTo(Fixtures.FIXED);
    assertThat(result.unit()).isEmpty();
    assertThat(result.voices()).isEmpty();
    assertThat(result.consensus()).isEmpty();
    assertThat(result.robustRange()).isEmpty();
    assertThat(result.hull()).isEmpty();
    assertThat(result.estimate()).isEmpty();
    assertThat(result.excluded()).extracting(Exclusion::detail)
        .containsExactly("ranked deprecated");
    assertThat(result.explain()).contains("Verdict: EMPTY", "ranked deprecated");
  }

  @Test
  void hedgedClaimsAreWidenedByTheTolerance() {
    Claim about = Claim.builder().from(claim("a", Range.singleton(100)))
        .quantity(Quantity.builder().range(Range.singleton(100)).unit(Fixtures.PERSON)
            .hedge(Hedge.APPROXIMATELY).build()).build();

    assertThat(Reconciler.defaults().reconcile(List.of(about)).consensus())
        .contains(Range.closed(90, 110));
    assertThat(Reconciler.builder().hedgeTolerance(new BigDecimal("0.5")).build()
        .reconcile(List.of(about)).consensus()).contains(Range.closed(50, 150));
  }

  @Test
  void reconcilesEachSubjectApartInOrderOfSubjectId() {
    Subject b = Subject.of("b");
    Subject a = Subject.of("a", Trend.CUMULATIVE);
    List<Claim> claims = List.of(claim(b, "x", Range.closed(1, 2)),
        claim(a, "x", Range.closed(3, 4)), claim(b, "y", Range.closed(2, 3)));

    Map<Subject, Reconciliation> all = UNIFORM.reconcileAll(claims);

    assertThat(all.keySet()).containsExactly(a, b);
    assertThat(all.get(b).voices()).hasSize(2);
    assertThat(all.get(b).consensus()).contains(Range.singleton(2));
    assertThat(all.get(a).consensus()).contains(Range.closed(3, 4));
    assertThat(UNIFORM.reconcileAll(List.of())).isEmpty();
    assertThatThrownBy(() -> all.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesClaimsAboutSeveralSubjectsNamingThem() {
    List<Claim> claims = List.of(claim(Subject.of("b"), "x", Range.closed(1, 2)),
        claim(Subject.of("a"), "x", Range.closed(3, 4)));

    assertThatThrownBy(() -> UNIFORM.reconcile(claims))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claims are about 2 subjects, not one: a, b; reconcile each subject's "
            + "claims apart, or use reconcileAll");
  }

  @Test
  void namesSubjectsThatShareAnIdByTheirTrend() {
    List<Claim> claims = List.of(claim(Subject.of("a"), "x", Range.closed(1, 2)),
        claim(Subject.of("a", Trend.CUMULATIVE), "x", Range.closed(3, 4)));

    assertThatThrownBy(() -> UNIFORM.reconcile(claims, TimeSpan.parse("2025")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claims are about 2 subjects, not one: a (fixed), a (cumulative); "
            + "reconcile each subject's claims apart, or use reconcileAll");
  }

  @Test
  void namesAtMostTenSubjects() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      claims.add(claim(Subject.of("s" + (char) ('a' + i)), "x", Range.closed(1, 2)));
    }

    assertThatThrownBy(() -> UNIFORM.reconcile(claims))
        .hasMessage("claims are about 12 subjects, not one: sa, sb, sc, sd, se, sf, sg, sh, si, "
            + "sj, …; reconcile each subject's claims apart, or use reconcileAll");
  }

  @Test
  void refusesNoClaims() {
    assertThatThrownBy(() -> UNIFORM.reconcile(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no claims to reconcile: at least one claim is needed to know the subject");
  }

  @Test
  void refusesNulls() {
    List<Claim> withNull = Arrays.asList(claim("a", Range.closed(1, 2)), null);

    assertThatThrownBy(() -> UNIFORM.reconcile(null))
        .isInstanceOf(NullPointerException.class).hasMessage("claims");
    assertThatThrownBy(() -> UNIFORM.reconcile(withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("claims contains null at position 1");
    assertThatThrownBy(() -> UNIFORM.reconcileAll(withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("claims contains null at position 1");
    assertThatThrownBy(() -> UNIFORM.reconcile(List.of(claim("a", Range.closed(1, 2))), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }

  @Test
  void refusesAWeightThatIsNotFiniteAndNonNegative() {
    Reconciler broken = Reconciler.builder().weighting(c -> -1).build();
    Claim claim = claim("a", Range.closed(1, 2));

    assertThatThrownBy(() -> broken.reconcile(List.of(claim)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("weighting ")
        .hasMessageEndingWith(" gave claim " + claim.id()
            + " (a) the weight -1.0; a weight must be finite and non-negative");
  }

  @Test
  void theBuilderRefusesANegativeToleranceAndNulls() {
    assertThatThrownBy(() -> Reconciler.builder().hedgeTolerance(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hedge tolerance -0.1 is negative");
    assertThatThrownBy(() -> Reconciler.builder().hedgeTolerance(null))
        .isInstanceOf(NullPointerException.class).hasMessage("hedgeTolerance");
    assertThatThrownBy(() -> Reconciler.builder().weighting(null))
        .isInstanceOf(NullPointerException.class).hasMessage("weighting");
    assertThatThrownBy(() -> Reconciler.builder().units(null))
        .isInstanceOf(NullPointerException.class).hasMessage("units");
    assertThatThrownBy(() -> Reconciler.builder().independence(null))
        .isInstanceOf(NullPointerException.class).hasMessage("independence");
  }

  @Test
  void resultsAreValuesThatPrintBriefly() {
    Reconciliation result = UNIFORM.reconcile(claims(Range.closed(8, 12), Range.closed(11, 13)));

    assertThat(result).isEqualTo(UNIFORM.reconcile(
        claims(Range.closed(8, 12), Range.closed(11, 13))));
    assertThat(result.hashCode()).isEqualTo(UNIFORM.reconcile(
        claims(Range.closed(8, 12), Range.closed(11, 13))).hashCode());
    assertThat(result).hasToString("fixture/fixed as of every time: CONSISTENT [11, 12] person");
    assertThat(result.voices().get(0))
        .hasToString("s0 [8, 12] weight 1.0, supports the consensus");
  }
}
