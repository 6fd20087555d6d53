package dev.consilience;

/** How the true value of a {@link Subject} may change over time. */
public enum Trend {
  /**
   * One true value regardless of when it was stated (troops sent in autumn 2024; a city's
   * population in the 2000 census). All claims are comparable. The default.
   */
  FIXED,
  /**
   * Never decreases over time (casualties to date). A claim as of an earlier time gives a lower
   * bound for later times; a claim as of a later time gives an upper bound for earlier times.
   */
  CUMULATIVE,
  /** Changes either way over time (troops present now). Only claims about the same time compare. */
  VARYING
}
