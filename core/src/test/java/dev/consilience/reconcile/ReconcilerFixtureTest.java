package dev.consilience.reconcile;

import static dev.consilience.reconcile.Fixtures.claims;
import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Range;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The classic interval-fusion cases and the Kursk casualty claims. */
class ReconcilerFixtureTest {
  private static final Reconciler UNIFORM =
      Reconciler.builder().weighting(Weighting.uniform()).build();

  @Test
  void threeOverlappingRangesAgreeOnTheirIntersection() {
    Reconciliation result = UNIFORM.reconcile(
        claims(Range.closed(8, 12), Range.closed(11, 13), Range.closed(10, 12)));

    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.consensus()).contains(Range.closed(11, 12));
    assertThat(result.conflicts()).isEmpty();
    assertThat(result.voices()).allMatch(Voice::supportsConsensus);
  }

  @Test
  void twoOfThreeAgreeOnTheBestSupportedRegion() {
    Reconciliation result = UNIFORM.reconcile(
        claims(Range.closed(8, 12), Range.closed(11, 13), Range.closed(14, 15)));

    assertThat(result.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(result.consensus()).contains(Range.closed(11, 12));
    assertThat(result.voices()).extracting(Voice::supportsConsensus)
        .containsExactly(true, true, false);
    assertThat(result.estimate()).contains(BigDecimal.valueOf(11));
  }

  @Test
  void aTieBetweenDisjointRegionsIsUnresolvedWhileTheRobustRangeSpansThem() {
    Reconciliation result = UNIFORM.reconcile(
        claims(Range.closed(0, 10), Range.closed(0, 2), Range.closed(8, 9)));

    assertThat(result.verdict()).isEqualTo(Verdict.UNRESOLVED);
    assertThat(result.consensus()).isEmpty();
    assertThat(result.estimate()).isEmpty();
    assertThat(result.robustRange()).contains(Range.closed(0, 9));
    assertThat(result.hull()).contains(Range.closed(0, 10));
  }

  @Test
  void kurskCasualtiesAreConsistentAsACumulativeCount() {
    Reconciliation result =
        Reconciler.defaults().reconcile(Fixtures.kursk(Fixtures.KURSK_CASUALTIES));

    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(result.asOf()).contains(TimeSpan.parse("2025-06-15"));
    assertThat(result.consensus()).contains(Range.greaterThan(6000));
    assertThat(result.estimate()).isEmpty();
    assertThat(result.conflicts()).isEmpty();
    assertThat(result.voices()).extracting(Voice::range)
        .containsExactly(Range.greaterThan(6000), Range.atLeast(3420));
    assertThat(result.voices()).allMatch(Voice::supportsConsensus);
  }

  @Test
  void kurskCasualtiesAreNotConsistentAsAFixedQuantity() {
    Subject fixed = Subject.of("kursk/dprk-casualties");
    Reconciliation result = Reconciler.defaults().reconcile(Fixtures.kursk(fixed));

    assertThat(result.verdict()).isNotEqualTo(Verdict.CONSISTENT);
    assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.kind()).isEqualTo(Conflict.Kind.DISAGREEMENT);
      assertThat(conflict.firstRange()).isEqualTo(Range.closed(3420, 4400));
      assertThat(conflict.secondRange()).isEqualTo(Range.greaterThan(6000));
    });
  }
}
