package dev.consilience.reconcile;

/** What the claims about one subject add up to. */
public enum Verdict {
  /** No usable claim: every claim was left out, or none was given a range to compare. */
  EMPTY,
  /**
   * Every independent voice can be right at once, and, for a {@linkplain
   * dev.consilience.Trend#CUMULATIVE cumulative} subject, no two origins conflict across time or
   * about one other time. The consensus is the intersection of all voices.
   */
  CONSISTENT,
  /**
   * Some voices cannot all be right, and one region of the number line has strictly more support
   * than any other: that region is the consensus.
   */
  CONTESTED,
  /**
   * Some voices cannot all be right, and two or more disjoint regions tie for the most support (or
   * no voice carries any weight): there is no consensus and no estimate.
   */
  UNRESOLVED
}
