package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Range;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightedMedianTest {
  private static final Range WIDE = Range.closed(-100, 100);

  private static BigDecimal[] values(long... values) {
    BigDecimal[] result = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = BigDecimal.valueOf(values[i]);
    }
    return result;
  }

  @Test
  void isTheMidpointWhereHalfTheWeightIsReached() {
    assertThat(WeightedMedian.estimate(WIDE, values(30, 10, 20), new long[] {1, 1, 1}))
        .isEqualTo(BigDecimal.valueOf(20));
    assertThat(WeightedMedian.estimate(WIDE, values(10, 20, 30), new long[] {1, 1, 5}))
        .isEqualTo(BigDecimal.valueOf(30));
  }

  @Test
  void takesTheLowerMiddleWhenTheWeightsSplitExactlyInHalf() {
    assertThat(WeightedMedian.estimate(WIDE, values(40, 10), new long[] {3, 3}))
        .isEqualTo(BigDecimal.valueOf(10));
    assertThat(WeightedMedian.estimate(WIDE, values(10, 20, 30), new long[] {2, 1, 3}))
        .isEqualTo(BigDecimal.valueOf(20));
  }

  @Test
  void countsVoicesEquallyWhenAllWeighZero() {
    assertThat(WeightedMedian.estimate(WIDE, values(1, 2, 3), new long[] {0, 0, 0}))
        .isEqualTo(BigDecimal.valueOf(2));
  }

  @Test
  void hasNoEstimateWithoutMidpoints() {
    assertThat(WeightedMedian.estimate(WIDE, values(), new long[0])).isNull();
  }

  @Test
  void movesAnEstimateOutsideTheConsensusToItsClosedEnd() {
    assertThat(WeightedMedian.estimate(Range.closed(11, 12), values(10, 12), new long[] {1, 1}))
        .isEqualTo(BigDecimal.valueOf(11));
    assertThat(WeightedMedian.into(Range.closed(11, 12), BigDecimal.valueOf(50)))
        .isEqualTo(BigDecimal.valueOf(12));
  }

  @Test
  void movesAnEstimatePastAnOpenEndToTheMidpointOfTheConsensus() {
    assertThat(WeightedMedian.into(Range.openClosed(11, 12), BigDecimal.valueOf(11)))
        .isEqualTo(new BigDecimal("11.5"));
    assertThat(WeightedMedian.into(Range.closedOpen(10, 12), BigDecimal.valueOf(13)))
        .isEqualTo(BigDecimal.valueOf(11));
  }

  @Test
  void leavesAnEstimateInsideTheConsensusAlone() {
    assertThat(WeightedMedian.into(Range.open(10, 12), new BigDecimal("10.01")))
        .isEqualTo(new BigDecimal("10.01"));
  }
}
