package dev.consilience.reconcile;

import org.jspecify.annotations.Nullable;

/**
 * Step 6b: the fault-tolerant intersection of Schmid and Schossmaier: of n ranges, from the
 * (f+1)-th greatest lower end to the (f+1)-th smallest upper end. If at most f of the ranges miss
 * the true value, it lies in this range; when the range would be empty, more than f are wrong.
 */
final class FaultTolerantIntersection {
  /** The range whose lower end is the intersection's lower end. */
  final int lowerRange;
  /** The range whose upper end is the intersection's upper end. */
  final int upperRange;

  private FaultTolerantIntersection(int lowerRange, int upperRange) {
    this.lowerRange = lowerRange;
    this.upperRange = upperRange;
  }

  /** The f a reconciliation uses for n voices: ⌊(n−1)/2⌋, fewer than half. */
  static int faults(int n) {
    return (n - 1) / 2;
  }

  /**
   * Returns the intersection tolerating {@code f} faulty ranges, or null when it is empty.
   *
   * @param byStart the ranges' indices ordered by where they start
   * @param byStop the same indices ordered by where they stop
   * @param start where each range starts ({@link Positions})
   * @param stop where each range stops
   * @param f the number of faulty ranges tolerated, from 0 to n - 1
   * @throws IllegalArgumentException if {@code f} is out of bounds
   */
  static @Nullable FaultTolerantIntersection of(int[] byStart, int[] byStop, long[] start, long[] stop,
      int f) {
    int n = byStart.length;
    if (f < 0 || f >= n) {
      throw new IllegalArgumentException(
          "cannot tolerate " + f + " faults among " + n + " ranges: f must be from 0 to n - 1");
    }
    int lower = byStart[n - 1 - f];
    int upper = byStop[f];
    return stop[upper] <= start[lower] ? null : new FaultTolerantIntersection(lower, upper);
  }
}
