package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consilience.Claim;
import dev.consilience.Range;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeighingTest {
  private static final Claim CLAIM = Fixtures.claim("ukraine", Range.closed(1, 2));

  @ParameterizedTest(name = "weight {0} is refused")
  @ValueSource(doubles = {-1, -0.001, Double.NaN, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY})
  void refusesAWeightThatIsNegativeInfiniteOrNaN(double weight) {
    Weighting weighting = claim -> weight;

    assertThatThrownBy(() -> Weighing.weightOf(weighting, CLAIM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weighting " + weighting + " gave claim " + CLAIM.id()
            + " (ukraine) the weight " + weight + "; a weight must be finite and non-negative");
  }

  @Test
  void acceptsZeroAndTurnsNegativeZeroIntoZero() {
    assertThat(Weighing.weightOf(claim -> 0.0, CLAIM)).isZero();
    assertThat(Double.doubleToRawLongBits(Weighing.weightOf(claim -> -0.0, CLAIM))).isZero();
  }

  @Test
  void weightsAddUpExactlyAsTheDecimalsTheyStandFor() {
    long[] units = Weighing.units(new double[] {0.8, 0.4, 0.6, 0.6}, 4);

    assertThat(units[0] + units[1]).isEqualTo(units[2] + units[3]);
    assertThat(units).containsExactly(8, 4, 6, 6);
  }

  @Test
  void weightsOfDifferentScalesShareOneUnit() {
    assertThat(Weighing.units(new double[] {1, 0.25, 12.5, 0}, 4))
        .containsExactly(100, 25, 1250, 0);
  }

  @Test
  void weightsWithTooManyDigitsAreRoundedToAGridOfTheGreatest() {
    long[] units = Weighing.units(new double[] {0.1 + 0.2, 0.3, 1e-300}, 3);

    assertThat(units[0]).isGreaterThan(units[1]);
    assertThat(units[2]).isZero();
    assertThat(units[0]).isEqualTo(1L << 60);
  }

  @Test
  void readsAWeightAsTheFewestDecimalDigits() {
    assertThat(Weighing.decimalDigits(0.8)).isEqualTo(1);
    assertThat(Weighing.decimalDigits(3)).isZero();
    assertThat(Weighing.decimalDigits(0.125)).isEqualTo(3);
    assertThat(Weighing.decimalDigits(0.1 + 0.2)).isEqualTo(-1);
    assertThat(Weighing.decimal(0.8)).isEqualTo(new BigDecimal("0.8"));
    assertThat(Weighing.decimal(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30000000000000004"));
  }
}
