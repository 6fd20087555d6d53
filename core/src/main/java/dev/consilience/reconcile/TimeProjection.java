package dev.consilience.reconcile;

import dev.consilience.Range;
import dev.consilience.TimeSpan;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Step 3: places each claim in time relative to the reconciliation's {@code asOf} and, for a
 * cumulative subject, projects it to {@code asOf}; also finds conflicts across time, and about one
 * time other than {@code asOf}.
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

  /**
   * Where a claim's time lies relative to {@code asOf}: {@link #BEFORE}, {@link #ABOUT} or {@link
   * #AFTER}.
   */
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
   * whose lower end is highest (the first such by the day its time ends, then by index); so every
   * claim that is the later of some conflicting pair is reported. O(n) for n claims, once they
   * are sorted by day.
   *
   * @param members the claims to consider
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
    boolean[] member = new boolean[days.first.length];
    for (int i : members) {
      member[i] = true;
    }
    long[] first = days.first;
    long[] last = days.last;
    int[] byStart = days.byFirst();
    int[] byEnd = days.byLast();
    int[] bestInGroup = null;
    if (withinGroups) {
      bestInGroup = new int[groups];
      Arrays.fill(bestInGroup, -1);
    }
    Leader highest = new Leader(start, group, true);
    // Claims without a time sort first, on day 0; they are skipped.
    int added = days.untimed;
    for (int k = days.untimed; k < byStart.length; k++) {
      int later = byStart[k];
      if (!member[later]) {
        continue;
      }
      while (added < byEnd.length && last[byEnd[added]] < first[later]) {
        int earlier = byEnd[added++];
        if (!member[earlier] || start[earlier] == Positions.BELOW_ALL) {
          continue;
        }
        if (withinGroups) {
          int g = group[earlier];
          if (bestInGroup[g] < 0 || start[earlier] > start[bestInGroup[g]]) {
            bestInGroup[g] = earlier;
          }
        } else {
          highest.offer(earlier);
        }
      }
      int earlier = withinGroups ? bestInGroup[group[later]] : highest.outside(group[later]);
      if (earlier >= 0 && stop[later] <= start[earlier]) {
        sink.accept(earlier, later);
      }
    }
  }

  /**
   * Finds claims that are about one time other than {@code asOf} (their times are equal, and
   * before or after {@code asOf}) and share no number; times that overlap without being equal
   * are not one time. Projection to {@code asOf} would hide such
   * a pair, yet the two cannot both be right whatever time is reconciled to. Each claim in such a
   * pair of different groups is reported in at least one pair: with the claim of another group at
   * its time whose range starts highest, if it lies wholly below it, else with the one whose range
   * stops lowest; within a group, one pair for each time shows the contradiction. The lower claim
   * comes first. O(n log n) for n claims.
   *
   * @param members the claims to consider, in ascending order, so that the claims of a group are
   *     consecutive
   * @param days each claim's time in days
   * @param asOf the reconciliation's time, or null
   * @param start where each claim's range starts before projection ({@link Positions})
   * @param stop where each claim's range stops before projection
   * @param group each claim's group (its voice)
   * @param withinGroups true to pair only claims of the same group, false only of different groups
   * @param sink receives the pairs, the lower claim first
   */
  static void conflictsAtOneTime(int[] members, Days days, @Nullable TimeSpan asOf, long[] start,
      long[] stop, int[] group, boolean withinGroups, PairSink sink) {
    boolean[] member = new boolean[days.first.length];
    for (int i : members) {
      member[i] = days.timed(i) && days.relation(i, asOf) != ABOUT;
    }
    // The claims by time, those considered only; the claims of one time in ascending order.
    int[] byTime = days.byTime();
    int[] claims = new int[members.length];
    int m = 0;
    for (int i : byTime) {
      if (member[i]) {
        claims[m++] = i;
      }
    }
    for (int from = 0, to; from < m; from = to) {
      to = from + 1;
      while (to < m && days.sameTime(claims[to], claims[from])) {
        to++;
      }
      if (to - from < 2) {
        continue;
      }
      if (!withinGroups) {
        conflictsAmong(claims, from, to, start, stop, group, sink);
        continue;
      }
      // A stable sort keeps each group's claims of one time together.
      for (int groupFrom = from, groupTo; groupFrom < to; groupFrom = groupTo) {
        groupTo = groupFrom + 1;
        while (groupTo < to && group[claims[groupTo]] == group[claims[groupFrom]]) {
          groupTo++;
        }
        conflictsWithin(claims, groupFrom, groupTo, start, stop, sink);
      }
    }
  }

  /**
   * Reports at most one pair among claims of one group and one time: the claim that stops lowest
   * and the one that starts highest, when they share no number. One pair shows that the group
   * contradicts itself; more would repeat it.
   */
  private static void conflictsWithin(int[] claims, int from, int to, long[] start, long[] stop,
      PairSink sink) {
    int high = claims[from];
    int low = claims[from];
    for (int k = from + 1; k < to; k++) {
      int i = claims[k];
      high = start[i] > start[high] ? i : high;
      low = stop[i] < stop[low] ? i : low;
    }
    if (stop[low] <= start[high]) {
      sink.accept(low, high);
    }
  }

  /** Reports the pairs of {@link #conflictsAtOneTime} among claims[from] to claims[to - 1]. */
  private static void conflictsAmong(int[] claims, int from, int to, long[] start, long[] stop,
      int[] group, PairSink sink) {
    // The highest start and lowest stop, and the same among groups other than theirs.
    Leader high = new Leader(start, group, true);
    Leader low = new Leader(stop, group, false);
    for (int k = from; k < to; k++) {
      high.offer(claims[k]);
      low.offer(claims[k]);
    }
    for (int k = from; k < to; k++) {
      int i = claims[k];
      int above = high.outside(group[i]);
      int below = low.outside(group[i]);
      if (above >= 0 && stop[i] <= start[above]) {
        sink.accept(i, above);
      } else if (below >= 0 && stop[below] <= start[i]) {
        sink.accept(below, i);
      }
    }
  }

  /**
   * Among the claims offered, the one whose key is greatest (or least), and the one whose key is
   * greatest (or least) among the groups other than its group: so that for any group, the leading
   * claim of another group is at hand. Ties keep the claim offered first.
   */
  private static final class Leader {
    private final long[] key;
    private final int[] group;
    private final boolean greatest;
    private int best = -1;
    /** The leader among groups other than best's. */
    private int other = -1;

    Leader(long[] key, int[] group, boolean greatest) {
      this.key = key;
      this.group = group;
      this.greatest = greatest;
    }

    void offer(int i) {
      if (best < 0 || leads(i, best)) {
        if (best >= 0 && group[best] != group[i]) {
          other = best;
        }
        best = i;
      } else if (group[i] != group[best] && (other < 0 || leads(i, other))) {
        other = i;
      }
    }

    /** The leading claim of a group other than {@code g}, or -1 when none was offered. */
    int outside(int g) {
      return best >= 0 && group[best] != g ? best : other;
    }

    private boolean leads(int i, int j) {
      return greatest ? key[i] > key[j] : key[i] < key[j];
    }
  }

  /**
   * The claims' times as day numbers, read once: epoch days shifted to be positive. The claims
   * ordered by these days are sorted once, when first asked for, and shared by the searches for
   * conflicts within and between origins.
   */
  static final class Days {
    final long[] first;
    final long[] last;
    /** How many claims have no time; counted as the times are set. */
    int untimed;
    private int @Nullable [] byFirst;
    private int @Nullable [] byLast;
    private int @Nullable [] byTime;

    Days(@Nullable TimeSpan[] times, int n) {
      this(n);
      for (int i = 0; i < n; i++) {
        set(i, times[i]);
      }
    }

    /**
     * Room for the times of {@code n} claims, each without a time until {@link #set} gives it
     * one. The times are set one by one so that a caller can read each claim's time in the pass
     * that reads the rest of it: with many claims, a second visit would find it out of the
     * caches.
     */
    Days(int n) {
      first = new long[n];
      last = new long[n];
      untimed = n;
    }

    /** Sets claim i's time, once, before any other method is called. */
    void set(int i, @Nullable TimeSpan time) {
      if (time != null) {
        first[i] = day(time.start());
        last[i] = day(time.end());
        untimed--;
      }
    }

    /**
     * All claims by the day their time starts, those without a time first; claims of one day in
     * ascending order.
     */
    int[] byFirst() {
      if (byFirst == null) {
        byFirst = IndexSort.sortedByKey(first, first.length);
      }
      return byFirst;
    }

    /**
     * All claims by their time, by the day it starts, then the day it ends; claims of one time in
     * ascending order.
     */
    int[] byTime() {
      if (byTime == null) {
        // Day numbers are below 2^23, so a time's first and last days fit in one key.
        long[] keys = new long[first.length];
        for (int i = 0; i < keys.length; i++) {
          keys[i] = first[i] << 23 | last[i];
        }
        byTime = IndexSort.sortedByKey(keys, keys.length);
      }
      return byTime;
    }

    /** Whether claims i and j are about the same time. */
    boolean sameTime(int i, int j) {
      return first[i] == first[j] && last[i] == last[j];
    }

    /** All claims by the day their time ends, as {@link #byFirst()}. */
    int[] byLast() {
      if (byLast == null) {
        byLast = IndexSort.sortedByKey(last, last.length);
      }
      return byLast;
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
