package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.TimeSpan;
import java.util.Objects;

/**
 * Two claims that cannot both be true, and why.
 *
 * <p>The ranges compared are the claims' ranges after unit conversion and hedge widening: for a
 * disagreement at the reconciliation's time also after projection to it; for a conflict across
 * time, and for two claims of a {@linkplain dev.consilience.Trend#CUMULATIVE cumulative} subject
 * about one other time (both describe the same earlier or later period), before it, since
 * projection would hide it. The {@linkplain #first() first} claim is the one whose range lies
 * below the other's, or, across time, the earlier one.
 *
 * <p>A reconciliation reports, for every voice that conflicts with another, at least one
 * conflict naming it, rather than every conflicting pair (which could be quadratic in number):
 * each voice is set against the voice whose range starts highest, or else the one whose range
 * stops lowest, and each claim
 * against the earlier claim with the highest lower end; and it reports at most one conflict for
 * each pair of origins, so that echoes of a claim add none.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
public final class Conflict {
  /** What kind of conflict. */
  public enum Kind {
    /**
     * Two origins say ranges that share no number, as of the reconciliation's time, or, for a
     * {@linkplain dev.consilience.Trend#CUMULATIVE cumulative} subject, about one other time that
     * both claims describe (two counts for January cannot both be right, whatever came later).
     * Only equal times are one time: counts for January and for 15 January are not compared so.
     */
    DISAGREEMENT,
    /**
     * Two origins contradict each other across time about a {@linkplain
     * dev.consilience.Trend#CUMULATIVE cumulative} subject: the earlier claim's lower end is above
     * the later claim's upper end, so the count would have had to fall.
     */
    ACROSS_TIME,
    /**
     * One origin contradicts itself, at one time (the reconciliation's or another that two of its
     * claims describe) or across time. This alone does not stop a
     * verdict from being {@link Verdict#CONSISTENT}: the origin's voice says its most recently
     * stated claim.
     */
    SELF_CONTRADICTION
  }

  private final Kind kind;
  private final Claim first;
  private final Range firstRange;
  private final Claim second;
  private final Range secondRange;
  private final boolean acrossTime;
  /** Whether the claims disagree about one time other than the reconciliation's. */
  private final boolean atOneOtherTime;

  Conflict(Kind kind, Claim first, Range firstRange, Claim second, Range secondRange,
      boolean acrossTime, boolean atOneOtherTime) {
    this.kind = kind;
    this.first = first;
    this.firstRange = firstRange;
    this.second = second;
    this.secondRange = secondRange;
    this.acrossTime = acrossTime;
    this.atOneOtherTime = atOneOtherTime;
  }

  /** What kind of conflict this is. */
  public Kind kind() {
    return kind;
  }

  /** The claim whose range lies below the other's, or the earlier claim across time. */
  public Claim first() {
    return first;
  }

  /** The first claim's range as compared. */
  public Range firstRange() {
    return firstRange;
  }

  /** The other claim. */
  public Claim second() {
    return second;
  }

  /** The second claim's range as compared. */
  public Range secondRange() {
    return secondRange;
  }

  /** Whether the two claims conflict across time rather than at one time. */
  public boolean acrossTime() {
    return acrossTime;
  }

  /**
   * Why the two claims cannot both be true, in words. It speaks of the ranges and times only, not
   * of who said them, whatever the {@linkplain #kind() kind}: the claims name their sources.
   *
   * @return the explanation, such as {@code "[3420, 4400] and (6000, +∞) share no number"}, or,
   *     about another time than the reconciliation's, {@code "[300, 300] and [3420, 4400], both
   *     about 2025-01, share no number"}
   */
  public String reason() {
    if (acrossTime) {
      return firstRange + " about " + time(first) + " and " + secondRange + " about "
          + time(second) + ", later; the count never decreases, so it cannot be "
          + side(firstRange.lower().orElseThrow(), "at least ", "above ") + " then and "
          + side(secondRange.upper().orElseThrow(), "at most ", "below ") + " later";
    }
    if (atOneOtherTime) {
      return firstRange + " and " + secondRange + ", both about " + time(first)
          + ", share no number";
    }
    return firstRange + " and " + secondRange + " share no number";
  }

  /** An end as words that say whether it is included: "at least 10", "above 10". */
  private static String side(Bound end, String inclusive, String exclusive) {
    return (end.inclusive() ? inclusive : exclusive) + end.value().toPlainString();
  }

  private static String time(Claim claim) {
    return claim.time().map(TimeSpan::toString).orElse("every time");
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Conflict)) {
      return false;
    }
    Conflict that = (Conflict) other;
    return kind == that.kind && acrossTime == that.acrossTime
        && atOneOtherTime == that.atOneOtherTime && first.equals(that.first)
        && firstRange.equals(that.firstRange) && second.equals(that.second)
        && secondRange.equals(that.secondRange);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, first, firstRange, second, secondRange, acrossTime, atOneOtherTime);
  }

  /** Returns the kind, the two claim ids and the reason. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " between "
        + first.id() + " and " + second.id() + ": " + reason();
  }
}
