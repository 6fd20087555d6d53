package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Bound;
import dev.consilience.Hedge;
import dev.consilience.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HedgeWideningTest {
  private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

  @ParameterizedTest(name = "{1} {0} widens to {2}")
  @CsvSource(delimiter = ';', value = {
      "[3800, 4000];     APPROXIMATELY; [3420, 4400]",
      "[-10, -5];        APPROXIMATELY; [-11, -4.5]",
      "(-5, 5);          APPROXIMATELY; (-5.5, 5.5)",
      "[0, 10];          APPROXIMATELY; [0, 11]",
      "(6000, +∞);       APPROXIMATELY; (5400, +∞)",
      "(-∞, 2000];       APPROXIMATELY; (-∞, 2200]",
      "[1500000, 1500000]; NEARLY;      [1350000, 1500000]",
      "[100, 200];       NEARLY;        [90, 200]",
      "[100, 200];       JUST_OVER;     [100, 220]",
      "(6000, +∞);       JUST_OVER;     (6000, +∞)",
      "[2.5, 2.5];       APPROXIMATELY; [2.25, 2.75]",
      "[3800, 4000];     NONE;          [3800, 4000]",
  })
  void widensTheEndsTheHedgeMoves(String stated, Hedge hedge, String widened) {
    Range result = HedgeWidening.widen(Range.parse(stated), hedge, TEN_PERCENT);

    assertThat(result).isEqualTo(Range.parse(widened));
    assertThat(result.toString()).isEqualTo(widened);
  }

  @Test
  void keepsWhetherEachEndIsIncluded() {
    Range result = HedgeWidening.widen(Range.openClosed(10, 20), Hedge.APPROXIMATELY, TEN_PERCENT);

    assertThat(result).isEqualTo(Range.openClosed(9, 22));
  }

  @Test
  void returnsTheSameRangeWhenNothingMoves() {
    Range range = Range.closed(3800, 4000);

    assertThat(HedgeWidening.widen(range, Hedge.NONE, TEN_PERCENT)).isSameAs(range);
    assertThat(HedgeWidening.widen(range, Hedge.APPROXIMATELY, BigDecimal.ZERO)).isSameAs(range);
    assertThat(HedgeWidening.widen(Range.all(), Hedge.APPROXIMATELY, TEN_PERCENT))
        .isSameAs(Range.all());
  }

  @Test
  void roundsAWidenedEndWithTooManyDigitsOutward() {
    // 1,000 nines, the most digits a bound holds; widened by 10% they need 1,001.
    BigDecimal nines = new BigDecimal("9".repeat(Bound.MAX_PRECISION));
    Range range = Range.closed(nines, nines);

    Range result = HedgeWidening.widen(range, Hedge.APPROXIMATELY, TEN_PERCENT);

    BigDecimal exactLower = nines.subtract(nines.multiply(TEN_PERCENT));
    BigDecimal exactUpper = nines.add(nines.multiply(TEN_PERCENT));
    BigDecimal lower = result.lower().orElseThrow().value();
    BigDecimal upper = result.upper().orElseThrow().value();
    assertThat(lower.precision()).isLessThanOrEqualTo(Bound.MAX_PRECISION);
    assertThat(upper.precision()).isLessThanOrEqualTo(Bound.MAX_PRECISION);
    assertThat(lower).isLessThanOrEqualTo(exactLower);
    assertThat(upper).isGreaterThanOrEqualTo(exactUpper);
    assertThat(exactUpper.subtract(exactLower).divide(upper.subtract(lower), MathContext.DECIMAL64))
        .isGreaterThan(new BigDecimal("0.999999"));
  }

  @Test
  void roundsAWidenedEndWithTooManyPlacesOutward() {
    BigDecimal tiny = BigDecimal.ONE.movePointLeft(Bound.MAX_SCALE);
    Range range = Range.closed(tiny, tiny);

    Range result = HedgeWidening.widen(range, Hedge.APPROXIMATELY, TEN_PERCENT);

    assertThat(result.lower().orElseThrow().value()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(result.upper().orElseThrow().value())
        .isEqualByComparingTo(BigDecimal.valueOf(2).movePointLeft(Bound.MAX_SCALE));
  }

  @Test
  void anEndBeyondTheLargestBoundBecomesUnbounded() {
    // The largest magnitude a bound holds: 1,000 nines followed by 9,999 zeros.
    BigDecimal largest = new BigDecimal(
        new java.math.BigInteger("9".repeat(Bound.MAX_PRECISION)), -Bound.MAX_SCALE);
    Range range = Range.closed(largest.negate(), largest);

    Range result = HedgeWidening.widen(range, Hedge.APPROXIMATELY, TEN_PERCENT);

    assertThat(result).isEqualTo(Range.all());
  }

  @Test
  void widensByAnyTolerance() {
    Range result = HedgeWidening.widen(Range.singleton(200), Hedge.APPROXIMATELY,
        new BigDecimal("0.25"));

    assertThat(result).isEqualTo(Range.closed(150, 250));
  }
}
