package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds ranges from ends, reusing ranges that already have them. A null end is unbounded. */
final class Ends {
  private Ends() {}

  /** The same value, included if it was excluded and the other way round. */
  static Bound flip(Bound bound) {
    return Bound.of(bound.value(), !bound.inclusive());
  }

  /**
   * A bound at a value that widening or converting an end produced: the value itself when a
   * {@link Bound} can hold it, else the value rounded outward (down for a lower end, up for an
   * upper end) to at most {@value Bound#MAX_PRECISION} digits and {@value Bound#MAX_SCALE} places,
   * so that the range never gets narrower than the exact one; null (an unbounded end) when even
   * that lies beyond the largest magnitude a bound can hold (a thousand digits, then 9999
   * zeros).
   */
  static @Nullable Bound outward(BigDecimal value, boolean inclusive, boolean lowerEnd) {
    RoundingMode rounding = lowerEnd ? RoundingMode.FLOOR : RoundingMode.CEILING;
    BigDecimal held = value;
    if (held.scale() > Bound.MAX_SCALE) {
      held = held.setScale(Bound.MAX_SCALE, rounding);
    }
    if (held.precision() > Bound.MAX_PRECISION) {
      held = held.round(new MathContext(Bound.MAX_PRECISION, rounding));
    }
    if (held.scale() < -Bound.MAX_SCALE) {
      // A large value of few digits (1E+10002) may still fit with zeros moved into its digits
      // (1000E+9999); only beyond that is it past the largest bound.
      int zeros = -Bound.MAX_SCALE - held.scale();
      if (held.precision() + zeros > Bound.MAX_PRECISION) {
        return null;
      }
      held = held.setScale(-Bound.MAX_SCALE);
    }
    return Bound.of(held, inclusive);
  }

  /** The range with the given ends; the ends must leave a number between them. */
  static Range range(@Nullable Bound lower, @Nullable Bound upper) {
    return Range.of(Optional.ofNullable(lower), Optional.ofNullable(upper));
  }

  /**
   * The range with the given ends, reusing {@code candidate} when it already has exactly these
   * ends, so that unchanged ranges are not rebuilt.
   */
  static Range range(@Nullable Bound lower, @Nullable Bound upper, Range candidate) {
    return candidate.lower().orElse(null) == lower && candidate.upper().orElse(null) == upper
        ? candidate
        : range(lower, upper);
  }
}
