package dev.consilience.reconcile;

import dev.consilience.Range;
import dev.consilience.TimeSpan;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Step 3: places each claim in time relative to the reconciliation's {@code asOf} and, for a
 * cumulative subject, projects it to {@code asOf}; also finds conflicts across time.
 *
 * <p>A claim is {@link #BEFORE} {@code asOf} when its time ends before {@code asOf} starts,
 * {@link #AFTER} when it starts after {@code asOf} ends, and otherwise {@link #ABOUT} it; a claim
 * without a time, or a reconciliation without {@code asOf}, is about every time. A count that
 * never decreases was at least a claim's lower end at every later time and at most its upper end
 * at every earlier time: so a claim before {@code asOf} keeps its lower end and loses its upper,
 * and a claim after it keeps its upper end and loses its lower.
 */
final class TimeProjection {
  static final int BEFORE = -1;
  static final int ABOUT = 0;
  static final int AFTER = 1;

  /** Epoch days of years 0000 to 9999 shifted to be positive, so they pack into sort keys. */
  private static final long DAY_OFFSET = 1L << 22;
  /** From this many keys on, they are sorted by radix, {@link #RADIX_BITS} bits of day a pass. */
  private static final int RADIX_FROM = 256;
  private static final int RADIX_BITS = 11;

  private TimeProjection() {}

  /** Where a claim's time lies relative to {@code asOf}: {@link #BEFORE}, {@link #ABOUT} or {@link #AFTER}. */
  static int relation(@Nullable TimeSpan time, @Nullable TimeSpan asOf) {
    if (time == null || asOf == null) {
      return ABOUT;
    }
    return time.isBefore(asOf) ? BEFORE : time.isAfter(asOf) ? AFTER : ABOUT;
  }

  /** Projects a range of a cumulative count from a claim's time to {@code asOf}. */
  static Range project(Range range, int relation) {
    if (relation == BEFORE && range.upper().isPresent()) {
      return Ends.range(range.lower().orElse(null), null);
    }
    if (relation == AFTER && range.lower().isPresent()) {
      return Ends.range(null, range.upper().orElse(null));
    }
    return range;
  }

  /** Receives a pair of claims, the earlier first. */
  @FunctionalInterface
  interface PairSink {
    void accept(int earlier, int later);
  }

  /**
   * Finds claims that contradict each other across time: pairs where the earlier claim's time
   * ends before the later one's starts and the earlier claim's lower end lies above the later
   * claim's upper end. For each later claim it reports at most one pair, with the earlier claim
   * whose lower end is highest (the first such in {@code members} order); so every claim that is
   * the later of some conflicting pair is reported. O(m log m) for m members.
   *
   * @param members the claims to consider, in ascending order
   * @param days each claim's time in days
   * @param start where each claim's range starts before projection ({@link Positions})
   * @param stop where each claim's range stops before projection
   * @param group each claim's group (its voice)
   * @param withinGroups true to pair only claims of the same group, false only of different groups
   * @param groups the number of groups
   * @param sink receives the pairs
   */
  static void conflictsAcrossTime(int[] members, Days days, long[] start, long[] stop,
      int[] group, boolean withinGroups, int groups, PairSink sink) {
    int timed = 0;
    for (int i : members) {
      if (days.timed(i)) {
        timed++;
      }
    }
    long[] byStart = new long[timed];
    long[] byEnd = new long[timed];
    int k = 0;
    for (int i : members) {
      if (days.timed(i)) {
        byStart[k] = key(days.first[i], i);
        byEnd[k] = key(days.last[i], i);
        k++;
      }
    }
    sortByDay(byStart);
    sortByDay(byEnd);
    int[] bestInGroup = null;
    if (withinGroups) {
      bestInGroup = new int[groups];
      Arrays.fill(bestInGroup, -1);
    }
    int best = -1;
    int second = -1; // the best among groups other than best's
    int added = 0;
    for (long startKey : byStart) {
      int later = index(startKey);
      long startDay = startKey >>> 31;
      while (added < timed && (byEnd[added] >>> 31) < startDay) {
        int earlier = index(byEnd[added++]);
        if (start[earlier] == Positions.BELOW_ALL) {
          continue;
        }
        if (withinGroups) {
          int g = group[earlier];
          if (bestInGroup[g] < 0 || start[earlier] > start[bestInGroup[g]]) {
            bestInGroup[g] = earlier;
          }
        } else if (best < 0 || start[earlier] > start[best]) {
          if (best >= 0 && group[best] != group[earlier]) {
            second = best;
          }
          best = earlier;
        } else if (group[earlier] != group[best]
            && (second < 0 || start[earlier] > start[second])) {
          second = earlier;
        }
      }
      int earlier = withinGroups ? bestInGroup[group[later]]
          : best >= 0 && group[best] != group[later] ? best : second;
      if (earlier >= 0 && stop[later] <= start[earlier]) {
        sink.accept(earlier, later);
      }
    }
  }

  private static long key(long day, int index) {
    return (day << 31) | index;
  }

  /**
   * Sorts keys made by {@link #key}, given in ascending order of index: by day, then index.
   * Many keys are sorted by a stable radix sort on their days alone, which keeps the index order
   * within a day: O(n) for the few digits that real days span, where a comparison sort costs
   * O(n log n). Few are sorted directly, which costs less than the radix sort's counters.
   */
  static void sortByDay(long[] keys) {
    int n = keys.length;
    if (n < RADIX_FROM) {
      Arrays.sort(keys);
      return;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long key : keys) {
      min = Math.min(min, key >>> 31);
      max = Math.max(max, key >>> 31);
    }
    long span = max - min;
    long[] from = keys;
    long[] to = new long[n];
    int[] counts = new int[1 << RADIX_BITS];
    int mask = counts.length - 1;
    for (int shift = 0; (span >>> shift) != 0; shift += RADIX_BITS) {
      Arrays.fill(counts, 0);
      for (long key : from) {
        counts[(int) (((key >>> 31) - min) >>> shift) & mask]++;
      }
      int offset = 0;
      for (int digit = 0; digit < counts.length; digit++) {
        int count = counts[digit];
        counts[digit] = offset;
        offset += count;
      }
      for (long key : from) {
        to[counts[(int) (((key >>> 31) - min) >>> shift) & mask]++] = key;
      }
      long[] sorted = to;
      to = from;
      from = sorted;
    }
    if (from != keys) {
      System.arraycopy(from, 0, keys, 0, n);
    }
  }

  /** The claims' times as day numbers, read once: epoch days shifted to be positive. */
  static final class Days {
    final long[] first;
    final long[] last;

    Days(@Nullable TimeSpan[] times, int n) {
      first = new long[n];
      last = new long[n];
      for (int i = 0; i < n; i++) {
        TimeSpan time = times[i];
        if (time != null) {
          first[i] = day(time.start());
          last[i] = day(time.end());
        }
      }
    }

    /** Whether claim i has a time; 0 is never a real day number. */
    boolean timed(int i) {
      return first[i] != 0;
    }

    private static long day(LocalDate day) {
      return day.toEpochDay() + DAY_OFFSET;
    }
  }

  private static int index(long key) {
    return (int) (key & Integer.MAX_VALUE);
  }
}
