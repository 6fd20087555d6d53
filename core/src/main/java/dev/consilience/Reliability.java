package dev.consilience;

/**
 * How reliable a {@link Source} has proven, graded A to F as in the Admiralty code (NATO AJP-2.1).
 * The default weighting of the reconciler gives A the most weight; F, "cannot be judged", is
 * neutral rather than bad.
 */
public enum Reliability {
  /** Completely reliable: a history of complete reliability. */
  A,
  /** Usually reliable: minor doubts, a history of mostly valid information. */
  B,
  /** Fairly reliable: doubts, but has provided valid information in the past. */
  C,
  /** Not usually reliable: significant doubts. */
  D,
  /** Unreliable: a history of invalid information. */
  E,
  /** Reliability cannot be judged: no basis for evaluating it. The default. */
  F
}
