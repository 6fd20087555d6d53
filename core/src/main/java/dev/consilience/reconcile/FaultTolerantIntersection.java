package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Range;
import org.jspecify.annotations.Nullable;

/**
 * Step 6b: the fault-tolerant intersection of Schmid and Schossmaier: of n ranges, from the
 * (f+1)-th greatest lower end to the (f+1)-th smallest upper end. If at most f of the ranges miss
 * the true value, it lies in this range; when the range would be empty, more than f are wrong.
 */
final class FaultTolerantIntersection {
  private FaultTolerantIntersection() {}

  /** The f a reconciliation uses for n voices: ⌊(n−1)/2⌋, fewer than half. */
  static int faults(int n) {
    return (n - 1) / 2;
  }

  /**
   * Returns the intersection tolerating {@code f} faulty ranges, or null when it is empty.
   *
   * @param byLower the ranges' indices ordered by where they start
   * @param byUpper the same indices ordered by where they stop
   * @param lower each range's lower end, null for -∞
   * @param upper each range's upper end, null for +∞
   * @param f the number of faulty ranges tolerated, from 0 to n - 1
   */
  static @Nullable Range of(int[] byLower, int[] byUpper, @Nullable Bound[] lower,
      @Nullable Bound[] upper, int f) {
    int n = byLower.length;
    if (f < 0 || f >= n) {
      throw new IllegalArgumentException("cannot tolerate " + f + " faults among " + n + " ranges");
    }
    Bound from = lower[byLower[n - 1 - f]];
    Bound to = upper[byUpper[f]];
    return Ends.apart(to, from) ? null : Ends.range(from, to);
  }
}
