package dev.consilience.discovery;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The elementary regions that a set of ranges cuts the number line into, and the run of regions
 * each range covers.
 *
 * <p>With the distinct finite ends {@code x0 < x1 < … < x(m-1)}, the regions are, in order,
 * {@code (-∞, x0)}, {@code {x0}}, {@code (x0, x1)}, {@code {x1}}, …, {@code {x(m-1)}}, {@code
 * (x(m-1), +∞)}: region {@code 2j + 1} is the point {@code xj}, region {@code 2j} the open gap
 * before it. Every range is exactly a contiguous run of regions, so "the range contains the
 * region" is "the region's index lies in the range's run". A region no range covers is a gap.
 */
final class Regions {
  private final int count;
  private final int[] lo;
  private final int[] hi;
  private final boolean[] covered;

  private Regions(int count, int[] lo, int[] hi, boolean[] covered) {
    this.count = count;
    this.lo = lo;
    this.hi = hi;
    this.covered = covered;
  }

  static Regions of(List<Range> ranges) {
    BigDecimal[] ends = new BigDecimal[2 * ranges.size()];
    int m = 0;
    for (Range range : ranges) {
      if (range.lower().isPresent()) {
        ends[m++] = range.lower().get().value();
      }
      if (range.upper().isPresent()) {
        ends[m++] = range.upper().get().value();
      }
    }
    Arrays.sort(ends, 0, m, BigDecimal::compareTo);
    int distinct = 0;
    for (int i = 0; i < m; i++) {
      if (distinct == 0 || ends[distinct - 1].compareTo(ends[i]) != 0) {
        ends[distinct++] = ends[i];
      }
    }
    BigDecimal[] points = Arrays.copyOf(ends, distinct);
    int count = 2 * distinct + 1;
    int[] lo = new int[ranges.size()];
    int[] hi = new int[ranges.size()];
    int[] starts = new int[count + 1];
    for (int i = 0; i < ranges.size(); i++) {
      Range range = ranges.get(i);
      lo[i] = range.lower().map(b -> lowerIndex(points, b)).orElse(0);
      hi[i] = range.upper().map(b -> upperIndex(points, b)).orElse(count - 1);
      starts[lo[i]]++;
      starts[hi[i] + 1]--;
    }
    boolean[] covered = new boolean[count];
    int depth = 0;
    for (int region = 0; region < count; region++) {
      depth += starts[region];
      covered[region] = depth > 0;
    }
    return new Regions(count, lo, hi, covered);
  }

  private static int lowerIndex(BigDecimal[] points, Bound bound) {
    int j = Arrays.binarySearch(points, bound.value(), BigDecimal::compareTo);
    return bound.inclusive() ? 2 * j + 1 : 2 * j + 2;
  }

  private static int upperIndex(BigDecimal[] points, Bound bound) {
    int j = Arrays.binarySearch(points, bound.value(), BigDecimal::compareTo);
    return bound.inclusive() ? 2 * j + 1 : 2 * j;
  }

  /** The number of regions, gaps included. */
  int count() {
    return count;
  }

  /** The first region the i-th range covers. */
  int lo(int range) {
    return lo[range];
  }

  /** The last region the i-th range covers. */
  int hi(int range) {
    return hi[range];
  }

  /** Whether some range covers the region. */
  boolean covered(int region) {
    return covered[region];
  }
}
