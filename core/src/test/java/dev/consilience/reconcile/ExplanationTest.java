package dev.consilience.reconcile;

import static dev.consilience.reconcile.Fixtures.claims;
import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {
  private static final Reconciler UNIFORM =
      Reconciler.builder().weighting(Weighting.uniform()).build();

  @Test
  void tellsTheKurskCasualtyClaimsStepByStep() {
    List<Claim> claims = Fixtures.kursk(Fixtures.KURSK_CASUALTIES);
    String text = Reconciler.defaults().reconcile(claims).explain();

    assertThat(text).startsWith("kursk/dprk-casualties — North Korean soldiers killed or "
        + "wounded in Kursk, to date\n");
    assertThat(text).contains(
        "As of: 2025-06-15\n",
        "Unit: person\n",
        "1. UK Ministry of Defence (uk-mod) says (6000, +∞), weight 0.8, supports the consensus\n",
        "   - claim " + claims.get(0).id() + ": Government of Ukraine → Business Insider "
            + "(reported 2025-06-17)\n",
        "     stated 2025-01/2025-04; before 2025-06-15\n",
        "     as stated: [3800, 4000] person, approximately (\"about 3,800 to 4,000 North "
            + "Korean soldiers\")\n",
        "     widened by the hedge tolerance of 10%: [3420, 4400]\n",
        "     projected to 2025-06-15: [3420, +∞)",
        "     weight 0.5, supports the consensus\n",
        "Verdict: CONSISTENT\n",
        "Consensus: (6000, +∞) person\n",
        "Estimate: none: the consensus is unbounded",
        "Conflicts: none\n",
        "Left out: none\n",
        "Why: both independent voices can be right at once");
  }

  @Test
  void tellsWhyTheKurskClaimsConflictAsAFixedQuantity() {
    String text = Reconciler.defaults()
        .reconcile(Fixtures.kursk(Subject.of("kursk/dprk-casualties"))).explain();

    assertThat(text).contains(
        "Trend: fixed",
        "Verdict: CONTESTED\n",
        "- disagreement: Government of Ukraine (claim ",
        "[3420, 4400] and (6000, +∞) share no number",
        "Why: the voices cannot all be right (see the conflicts). The region (6000, +∞) has "
            + "strictly the most support: 1 of 2 voices, with total weight 0.8");
    assertThat(text).doesNotContain("projected");
  }

  @Test
  void tellsWhyATieIsUnresolved() {
    String text = UNIFORM.reconcile(
        claims(Range.closed(0, 10), Range.closed(0, 2), Range.closed(8, 9))).explain();

    assertThat(text).contains(
        "Verdict: UNRESOLVED\n",
        "Consensus: none\n",
        "Robust range: [0, 9] person (holds the true value if at most 1 of the 3 voices is "
            + "wrong)\n",
        "Estimate: none: there is no consensus\n",
        "2 separate regions tie for the most support");
  }

  @Test
  void tellsTheEstimateAndWhetherEachClaimSupportsTheConsensus() {
    String text = UNIFORM.reconcile(
        claims(Range.closed(8, 12), Range.closed(11, 13), Range.closed(14, 15))).explain();

    assertThat(text).contains(
        "Estimate: 11 person\n",
        "3. s2 (s2) says [14, 15], weight 1, does not support the consensus\n",
        "     weight 1, does not support the consensus\n");
  }

  @Test
  void tellsWhenAnOriginIsHeardSeveralTimes() {
    String text = UNIFORM.reconcile(List.of(Fixtures.claim("a", Range.closed(0, 10)),
        Fixtures.claim("a", Range.closed(5, 20)))).explain();

    assertThat(text).contains("1 independent voice:\n",
        "   2 claims, counted once: the voice says what they all allow\n",
        "Why: there is one independent voice");
  }

  @Test
  void doesNotClaimThatNoCountFallsWhenAnOriginsOwnCountFalls() {
    Claim early = Claim.builder().from(Fixtures.claim(Fixtures.CUMULATIVE, "a",
        Range.closed(10, 20))).statedOn(TimeSpan.parse("2025-01")).build();
    Claim fallen = Claim.builder().from(Fixtures.claim(Fixtures.CUMULATIVE, "a",
        Range.closed(0, 5))).statedOn(TimeSpan.parse("2025-03")).build();
    Claim other = Claim.builder().from(Fixtures.claim(Fixtures.CUMULATIVE, "b",
        Range.closed(0, 30))).statedOn(TimeSpan.parse("2025-03")).build();

    Reconciliation result = UNIFORM.reconcile(List.of(early, fallen, other));
    String text = result.explain();

    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(text).doesNotContain("No claim contradicts a later one")
        .contains("No origin contradicts a later claim of another origin: an earlier count only "
            + "sets a floor for later times.",
            "An origin that contradicts itself does not count against the others");
  }

  @Test
  void aClaimSupersededByItsOriginsLaterClaimIsNotSaidToSupportTheConsensus() {
    Claim superseded = stated("a", Range.closed(0, 2), "2024");
    Claim latest = stated("a", Range.closed(8, 9), "2025");
    List<Claim> claims = List.of(superseded, latest, Fixtures.claim("b", Range.closed(0, 3)),
        Fixtures.claim("c", Range.closed(1, 2)));

    String text = UNIFORM.reconcile(claims).explain();

    assertThat(text).contains("   - claim " + superseded.id() + ": a\n"
            + "     stated 2024\n"
            + "     as stated: [0, 2] person\n"
            + "     weight 1, superseded: the origin's most recently stated claim speaks for it\n",
        "   - claim " + latest.id() + ": a\n"
            + "     stated 2025\n"
            + "     as stated: [8, 9] person\n"
            + "     weight 1, does not support the consensus\n");
  }

  @Test
  void aClaimSupportsTheConsensusOnlyThroughItsVoice() {
    // The origin's claims together say [5, 10], which misses the consensus [0, 3], though its
    // wider claim alone would reach it.
    Claim wide = Fixtures.claim("a", Range.closed(0, 10));
    Claim narrow = Fixtures.claim("a", Range.closed(5, 10));
    List<Claim> claims = List.of(wide, narrow, Fixtures.claim("b", Range.closed(0, 3)),
        Fixtures.claim("c", Range.closed(0, 3)));

    Reconciliation result = UNIFORM.reconcile(claims);
    String text = result.explain();

    assertThat(result.consensus()).contains(Range.closed(0, 3));
    assertThat(text).contains("   - claim " + wide.id() + ": a\n"
        + "     date stated unknown; taken to hold at every time\n"
        + "     as stated: [0, 10] person\n"
        + "     weight 1, does not support the consensus\n");
  }

  @Test
  void aSingleVoiceThatContradictsItselfIsNotSaidToBeConsistentWithItself() {
    Claim earlier = stated("a", Range.closed(100, 100), "2024");
    Claim later = stated("a", Range.closed(200, 200), "2025");

    Reconciliation result = UNIFORM.reconcile(List.of(earlier, later));
    String text = result.explain();

    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(text).doesNotContain("consistent with itself", "against the others")
        .contains("Why: there is one independent voice, and it contradicts itself (see the "
            + "conflicts), so it says what it stated most recently: [200, 200] is the "
            + "consensus.\n");
  }

  @Test
  void saysThatNoClaimGivesATimeOnlyWhenNoneOfThoseReconciledDoes() {
    Claim deprecated = Claim.builder().from(Fixtures.claim("a", Range.closed(0, 2)))
        .statedOn(TimeSpan.parse("2025-01")).rank(Rank.DEPRECATED).build();

    String onlyDeprecated = UNIFORM.reconcile(List.of(deprecated)).explain();
    String undated = UNIFORM.reconcile(List.of(Fixtures.claim("a", Range.closed(0, 2))))
        .explain();

    assertThat(onlyDeprecated).contains("As of: every time (no claim reconciled says when)\n");
    assertThat(undated).contains("As of: every time (no claim says when)\n");
  }

  @Test
  void saysHowManyVoicesTheRobustRangeToleratesInGoodEnglish() {
    String text = UNIFORM.reconcile(claims(Range.closed(0, 10), Range.closed(1, 9),
        Range.closed(2, 8), Range.closed(3, 7), Range.closed(4, 6))).explain();

    assertThat(text).contains("Robust range: [2, 8] person (holds the true value if at most 2 of "
        + "the 5 voices are wrong)\n");
  }

  /** A claim about {@link Fixtures#FIXED} that its origin stated at a given time. */
  private static Claim stated(String origin, Range range, String on) {
    return Claim.builder().from(Fixtures.claim(origin, range)).statedOn(TimeSpan.parse(on))
        .build();
  }
}
