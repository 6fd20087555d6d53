package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Hedge;
import dev.consilience.Range;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Step 2: widens the ends of a hedged range by the hedge tolerance t. {@code APPROXIMATELY} moves a
 * finite lower end x to x − t·|x| and a finite upper end y to y + t·|y|; {@code NEARLY} moves only
 * the lower end, {@code JUST_OVER} only the upper. Ends keep whether they are inclusive. The
 * arithmetic is exact; trailing zeros that the multiplication adds beyond the stated scale are
 * dropped, so that {@code 3800} widened by {@code 0.10} prints as {@code 3420}.
 *
 * <p>A widened end that a {@link Bound} cannot hold (more than {@value Bound#MAX_PRECISION} digits,
 * or more than {@value Bound#MAX_SCALE} after the point) is rounded outward by {@link
 * Ends#outward}, so that the range never gets narrower than the exact widening.
 */
final class HedgeWidening {
  private HedgeWidening() {}

  /** Returns the widened range; the same range when the hedge moves no finite end. */
  static Range widen(Range range, Hedge hedge, BigDecimal tolerance) {
    boolean lowerMoves = hedge == Hedge.APPROXIMATELY || hedge == Hedge.NEARLY;
    boolean upperMoves = hedge == Hedge.APPROXIMATELY || hedge == Hedge.JUST_OVER;
    if ((!lowerMoves && !upperMoves) || tolerance.signum() == 0) {
      return range;
    }
    Bound lower = range.lower().orElse(null);
    Bound upper = range.upper().orElse(null);
    Bound widenedLower = lowerMoves ? move(lower, tolerance, -1) : lower;
    Bound widenedUpper = upperMoves ? move(upper, tolerance, +1) : upper;
    return Ends.range(widenedLower, widenedUpper, range);
  }

  private static @Nullable Bound move(@Nullable Bound bound, BigDecimal tolerance, int direction) {
    if (bound == null || bound.value().signum() == 0) {
      return bound;
    }
    BigDecimal value = bound.value();
    BigDecimal margin = value.abs().multiply(tolerance);
    BigDecimal moved = direction < 0 ? value.subtract(margin) : value.add(margin);
    return Ends.outward(trim(moved, Math.max(value.scale(), 0)), bound.inclusive(), direction < 0);
  }

  /** Drops trailing zeros, but not below {@code scale} digits after the point. */
  private static BigDecimal trim(BigDecimal value, int scale) {
    if (value.scale() <= scale) {
      return value;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < scale ? value.setScale(scale) : stripped;
  }
}
