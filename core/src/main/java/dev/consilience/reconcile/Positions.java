package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Turns the ends of ranges into {@code long} positions on the number line, so that sorting and
 * sweeping compare primitives instead of chasing {@link BigDecimal}s through memory.
 *
 * <p>Each end is a position between numbers: an inclusive lower end {@code [v} starts just before
 * v, an exclusive one {@code (v} just after; an inclusive upper end {@code v]} stops just after v,
 * an exclusive one {@code v)} just before. With x the value v on a common decimal scale, the
 * position just before v is 2x and just after is 2x + 1. An unbounded lower end is {@link
 * Long#MIN_VALUE} and an unbounded upper end {@link Long#MAX_VALUE}. So a range starting at s and
 * stopping at t holds a number exactly when s &lt; t, and two ranges share no number when one
 * stops at or before the other starts: {@code [0, 5]} stops at 11 and {@code (5, 10]} starts at
 * 11.
 *
 * <p>When some value has too many digits for that, positions are instead the ranks of the ends
 * among all ends, which order the same way.
 */
final class Positions {
  static final long BELOW_ALL = Long.MIN_VALUE;
  static final long ABOVE_ALL = Long.MAX_VALUE;
  private static final int MAX_DIGITS = 18;
  private static final long[] POWERS_OF_TEN = new long[MAX_DIGITS + 1];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i <= MAX_DIGITS; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  /** Where each range starts. */
  final long[] start;
  /** Where each range stops. */
  final long[] stop;
  /**
   * Whether the positions are 2x or 2x + 1 for the values x on a common scale, rather than
   * ranks: then {@code (start >> 1) + (stop >> 1)} orders bounded ranges as their midpoints do.
   */
  final boolean onScale;

  private Positions(long[] start, long[] stop, boolean onScale) {
    this.start = start;
    this.stop = stop;
    this.onScale = onScale;
  }

  /**
   * The positions of the first {@code n} ranges' ends. Each end's value is read once, into its
   * unscaled number and scale, so that placing it on the common scale reads no object again: many
   * ranges do not fit in the processor's caches, and each pass over them costs a miss per object.
   */
  static Positions of(Range[] ranges, int n) {
    Reader reader = new Reader(n);
    for (int i = 0; i < n; i++) {
      reader.read(i, ranges[i]);
    }
    return reader.positions();
  }

  /**
   * Reads ranges one at a time, so that a caller can read each range in the pass that makes it,
   * while it is still in the caches, then places all their ends at once.
   */
  static final class Reader {
    private final Bound[] lower;
    private final Bound[] upper;
    // Until the scale is known, start and stop hold each end's unscaled value, and lowerEnd and
    // upperEnd its scale and, in the lowest bit, whether it lies just after its value.
    private final long[] start;
    private final long[] stop;
    private final int[] lowerEnd;
    private final int[] upperEnd;
    private final Digits digits = new Digits();

    /** Room for {@code n} ranges, each to be read once. */
    Reader(int n) {
      lower = new Bound[n];
      upper = new Bound[n];
      start = new long[n];
      stop = new long[n];
      lowerEnd = new int[n];
      upperEnd = new int[n];
    }

    /** Reads range i. */
    void read(int i, Range range) {
      lower[i] = range.lower().orElse(null);
      upper[i] = range.upper().orElse(null);
      if (lower[i] != null) {
        start[i] = digits.read(lower[i].value());
        lowerEnd[i] = lower[i].value().scale() << 1 | after(lower[i], true);
      }
      if (upper[i] != null) {
        stop[i] = digits.read(upper[i].value());
        upperEnd[i] = upper[i].value().scale() << 1 | after(upper[i], false);
      }
    }

    /** The positions of the ranges read; every range must have been read. */
    Positions positions() {
      int n = start.length;
      boolean fits = digits.fit();
      if (fits) {
        int scale = digits.scale;
        for (int i = 0; i < n; i++) {
          start[i] = lower[i] == null ? BELOW_ALL : place(start[i], lowerEnd[i], scale);
          stop[i] = upper[i] == null ? ABOVE_ALL : place(stop[i], upperEnd[i], scale);
        }
      } else {
        ranks(lower, upper, start, stop);
      }
      return new Positions(start, stop, fits);
    }
  }

  /**
   * The position of an end whose value is {@code unscaled} at the scale in {@code end >> 1}, on
   * the common {@code scale}: 2x, plus one if it lies just after its value.
   */
  private static long place(long unscaled, int end, int scale) {
    // A value that fits has at most 18 digits on the common scale, so the shift is at most 17
    // unless the value is zero.
    long x = unscaled == 0 ? 0 : unscaled * POWERS_OF_TEN[scale - (end >> 1)];
    return 2 * x + (end & 1);
  }

  /** The greatest scale, and whether every value fits in 18 digits on it. */
  private static final class Digits {
    int scale;
    /** The most digits before the point (after it, if negative) of a value that is not zero. */
    long whole = Long.MIN_VALUE;
    boolean fitsLong = true;

    /** Notes a value; returns its unscaled value if it has at most 18 digits, else 0. */
    long read(BigDecimal value) {
      int valueScale = value.scale();
      scale = Math.max(scale, valueScale);
      if (value.signum() == 0) {
        return 0;
      }
      int precision = value.precision();
      whole = Math.max(whole, (long) precision - valueScale);
      if (precision > MAX_DIGITS) {
        fitsLong = false;
        return 0;
      }
      // A whole number's longValue() reads the unscaled value without building a BigInteger.
      return valueScale == 0 ? value.longValue() : value.unscaledValue().longValue();
    }

    boolean fit() {
      return fitsLong && whole + scale <= MAX_DIGITS;
    }
  }

  /** Ranks the ends among all ends: ends at the same position get the same rank. */
  private static void ranks(Bound[] lower, Bound[] upper, long[] start, long[] stop) {
    int n = lower.length;
    // Ends 0 to n-1 are lower ends, n to 2n-1 upper ends.
    int[] order = IndexSort.sorted(2 * n, (a, b) -> compare(
        a < n ? lower[a] : upper[a - n], a < n, b < n ? lower[b] : upper[b - n], b < n));
    long rank = 0;
    int previous = -1;
    for (int end : order) {
      Bound bound = end < n ? lower[end] : upper[end - n];
      if (bound == null) {
        if (end < n) {
          start[end] = BELOW_ALL;
        } else {
          stop[end - n] = ABOVE_ALL;
        }
        continue;
      }
      if (previous >= 0 && compare(previous < n ? lower[previous] : upper[previous - n],
          previous < n, bound, end < n) != 0) {
        rank++;
      }
      previous = end;
      if (end < n) {
        start[end] = rank;
      } else {
        stop[end - n] = rank;
      }
    }
  }

  /** Orders ends by position; infinite ends (null) sort first and are skipped by the caller. */
  private static int compare(@Nullable Bound a, boolean aLower, @Nullable Bound b,
      boolean bLower) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? -1 : 1;
    }
    int order = a.value().compareTo(b.value());
    return order != 0 ? order : Integer.compare(after(a, aLower), after(b, bLower));
  }

  /** 1 if the end lies just after its value, 0 if just before. */
  private static int after(Bound bound, boolean lower) {
    return bound.inclusive() == lower ? 0 : 1;
  }
}
