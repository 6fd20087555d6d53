package dev.consilience.reconcile;

import dev.consilience.Claim;
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

  /** Epoch days of years 0000 to 9999 shifted to be positive, so that 0 means no time. */
  private static final long DAY_OFFSET = 1L << 22;

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
    int[] claim = new int[timed];
    long[] first = new long[timed];
    long[] last = new long[timed];
    int k = 0;
    for (int i : members) {
      if (days.timed(i)) {
        claim[k] = i;
        first[k] = days.first[i];
        last[k++] = days.last[i];
      }
    }
    // Stable sorts: claims of one day stay in ascending order, so the first best is kept.
    int[] byStart = IndexSort.sortedByKey(first, timed);
    int[] byEnd = IndexSort.sortedByKey(last, timed);
    int[] bestInGroup = null;
    if (withinGroups) {
      bestInGroup = new int[groups];
      Arrays.fill(bestInGroup, -1);
    }
    int best = -1;
    int second = -1; // the best among groups other than best's
    int added = 0;
    for (int starting : byStart) {
      int later = claim[starting];
      while (added < timed && last[byEnd[added]] < first[starting]) {
        int earlier = claim[byEnd[added++]];
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

  /** The claims' times as day numbers, read once: epoch days shifted to be positive. */
  static final class Days {
    final long[] first;
    final long[] last;

    Days(@Nullable TimeSpan[] times, int n) {
      this(n);
      for (int i = 0; i < n; i++) {
        set(i, times[i]);
      }
    }

    private Days(int n) {
      first = new long[n];
      last = new long[n];
    }

    /**
     * The times of the first {@code n} claims. Read straight from the claims, so that each time
     * is visited once: with many claims, a second visit would find it out of the caches.
     */
    static Days of(Claim[] claims, int n) {
      Days days = new Days(n);
      for (int i = 0; i < n; i++) {
        days.set(i, claims[i].time().orElse(null));
      }
      return days;
    }

    private void set(int i, @Nullable TimeSpan time) {
      if (time != null) {
        first[i] = day(time.start());
        last[i] = day(time.end());
      }
    }

    /**
     * Where claim i's time lies relative to {@code asOf}, as {@link
     * TimeProjection#relation(TimeSpan, TimeSpan)} places it, from the day numbers.
     */
    int relation(int i, @Nullable TimeSpan asOf) {
      if (asOf == null || !timed(i)) {
        return ABOUT;
      }
      return last[i] < day(asOf.start()) ? BEFORE : first[i] > day(asOf.end()) ? AFTER : ABOUT;
    }

    /** Whether claim i has a time; 0 is never a real day number. */
    boolean timed(int i) {
      return first[i] != 0;
    }

    private static long day(LocalDate day) {
      return day.toEpochDay() + DAY_OFFSET;
    }
  }
}
