package dev.consilience.reconcile;

import dev.consilience.Claim;

/**
 * How much a claim counts in a reconciliation.
 *
 * <p>A weight is a finite, non-negative number; the reconciler rejects any other with an {@link
 * IllegalArgumentException} naming the claim. A voice (all the claims of one origin) weighs as
 * much as its heaviest claim. Implementations must be thread-safe and deterministic: the same
 * claim always gets the same weight.
 */
@FunctionalInterface
public interface Weighting {
  /**
   * Returns the weight of a claim.
   *
   * @param claim the claim, not null
   * @return a finite, non-negative weight
   */
  double weightOf(Claim claim);

  /**
   * The default: weight by the {@linkplain dev.consilience.Source#reliability() reliability} of
   * the claim's origin, A 1.0, B 0.8, C 0.6, D 0.4, E 0.2, and F (cannot be judged) 0.5, so that
   * an unknown source is neutral rather than bad.
   *
   * @return the weighting
   */
  static Weighting byReliability() {
    return ReliabilityWeighting.INSTANCE;
  }

  /**
   * Every claim weighs 1.
   *
   * @return the weighting
   */
  static Weighting uniform() {
    return UniformWeighting.INSTANCE;
  }
}
