package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Range;
import org.jspecify.annotations.Nullable;

/**
 * Step 6a: the weighted form of Marzullo's sweep. The number line is cut into regions, the maximal
 * intervals over which the same voices hold; each region's support is the total weight of those
 * voices. The sweep finds the greatest support and how many regions reach it.
 *
 * <p>Only voices of positive weight take part: a voice that weighs nothing supports nothing, and
 * does not cut the regions of the others. Two ranges that only touch at an excluded end ({@code
 * [0, 5]} and {@code (5, 10]}) share no region. O(m) after the voices are sorted by their ends.
 */
final class Sweep {
  /** The greatest support of any region; 0 when no voice takes part. */
  final long best;
  /** How many regions have the greatest support. */
  final int ties;
  /** The first region with the greatest support, or null when no voice takes part. */
  final @Nullable Range region;

  private Sweep(long best, int ties, @Nullable Range region) {
    this.best = best;
    this.ties = ties;
    this.region = region;
  }

  /**
   * Sweeps voices of positive weight.
   *
   * @param byLower the voices, ordered by where their ranges start
   * @param byUpper the same voices, ordered by where their ranges stop
   * @param lower each voice's lower end, null for -∞
   * @param upper each voice's upper end, null for +∞
   * @param weight each voice's weight, positive
   */
  static Sweep run(int[] byLower, int[] byUpper, @Nullable Bound[] lower,
      @Nullable Bound[] upper, long[] weight) {
    int m = byLower.length;
    int i = 0;
    int j = 0;
    long support = 0;
    long best = 0;
    int ties = 0;
    Bound bestLower = null;
    boolean flipLower = false;
    Bound bestUpper = null;
    boolean flipUpper = false;
    // After the last voice starts, each region has less support than the one before it.
    while (i < m) {
      Bound start = lower[byLower[i]];
      Bound stop = j < m ? upper[byUpper[j]] : null;
      int order = Ends.compareStartToStop(start, stop);
      if (order >= 0) {
        while (j < m && Ends.compareUpper(upper[byUpper[j]], stop) == 0) {
          support -= weight[byUpper[j++]];
        }
      }
      if (order <= 0) {
        while (i < m && Ends.compareLower(lower[byLower[i]], start) == 0) {
          support += weight[byLower[i++]];
        }
      }
      if (support > 0 && support >= best) {
        if (support > best) {
          best = support;
          ties = 0;
          // The region starts here and stops where the next voice starts or stops.
          bestLower = order <= 0 ? start : stop;
          flipLower = order > 0;
          Bound nextStop = upper[byUpper[j]];
          if (i < m && Ends.compareStartToStop(lower[byLower[i]], nextStop) < 0) {
            bestUpper = lower[byLower[i]];
            flipUpper = true;
          } else {
            bestUpper = nextStop;
            flipUpper = false;
          }
        }
        ties++;
      }
    }
    if (ties == 0) {
      return new Sweep(0, 0, null);
    }
    Range region = Ends.range(
        flipLower ? Ends.flip(bestLower) : bestLower, flipUpper ? Ends.flip(bestUpper) : bestUpper);
    return new Sweep(best, ties, region);
  }
}
