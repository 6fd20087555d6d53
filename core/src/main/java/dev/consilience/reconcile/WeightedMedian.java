package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Step 6c: the estimate, a weighted median of the midpoints of the bounded voices that support a
 * bounded consensus, moved into the consensus if it falls outside.
 *
 * <p>The weighted median is the smallest midpoint at which the weight of the midpoints up to it
 * reaches half the total: when the weights split exactly in half, the lower of the two middle
 * values. When every voice weighs zero they count equally. Moving into the consensus: past a
 * closed end the estimate becomes that end; past an open end, which holds no number to stop at,
 * it becomes the consensus's midpoint.
 */
final class WeightedMedian {
  private WeightedMedian() {}

  /**
   * Returns the estimate, or null when there are no midpoints.
   *
   * @param consensus the consensus, bounded
   * @param midpoints the midpoints of the supporting bounded voices
   * @param weights their weights, in the exact units of {@link Weighing#units}
   */
  static @Nullable BigDecimal estimate(Range consensus, BigDecimal[] midpoints, long[] weights) {
    int n = midpoints.length;
    if (n == 0) {
      return null;
    }
    int[] order = IndexSort.sorted(n, (a, b) -> midpoints[a].compareTo(midpoints[b]));
    return into(consensus, midpoints[median(order, weights)]);
  }

  /**
   * Returns which value is the weighted median, the values given by keys that order them as the
   * values do. Sorting primitive keys spares the {@link BigDecimal} comparisons of {@link
   * #estimate}; equal keys pick the same value as equal midpoints would.
   *
   * @param keys the values' keys, at least one
   * @param weights their weights, in the exact units of {@link Weighing#units}
   * @return the index of the median value
   */
  static int medianByKey(long[] keys, long[] weights) {
    return median(IndexSort.sortedByKey(keys, keys.length), weights);
  }

  /** The index of the weighted median, given the indices of the values in ascending order. */
  private static int median(int[] order, long[] weights) {
    int n = order.length;
    long total = 0;
    for (long weight : weights) {
      total += weight;
    }
    boolean equal = total == 0;
    if (equal) {
      total = n;
    }
    long cumulative = 0;
    for (int k : order) {
      cumulative += equal ? 1 : weights[k];
      if (cumulative >= total - cumulative) {
        return k;
      }
    }
    return order[n - 1];
  }

  /** Moves a number into a bounded range; see the class comment. */
  static BigDecimal into(Range range, BigDecimal value) {
    Bound lower = range.lower().orElseThrow();
    Bound upper = range.upper().orElseThrow();
    int belowLower = value.compareTo(lower.value());
    if (belowLower < 0 || (belowLower == 0 && !lower.inclusive())) {
      return lower.inclusive() ? lower.value() : range.midpoint().orElseThrow();
    }
    int aboveUpper = value.compareTo(upper.value());
    if (aboveUpper > 0 || (aboveUpper == 0 && !upper.inclusive())) {
      return upper.inclusive() ? upper.value() : range.midpoint().orElseThrow();
    }
    return value;
  }
}
