package dev.consilience;

/** How a {@link Relay} passed a claim on. */
public enum RelayKind {
  /** Repeated the words verbatim. */
  QUOTED,
  /** Restated the words in its own. */
  PARAPHRASED,
  /** Named the previous hop as its source, without quoting. */
  CITED,
  /** Reported the claim in its own coverage. */
  REPORTED,
  /** Translated the words from another language. */
  TRANSLATED
}
