package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Range;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One independent origin and what it says: all its claims about the subject collapsed into one
 * range, so that echoes (the same origin relayed by many outlets, or repeating itself) count
 * once.
 *
 * <p>The {@linkplain #range() range} is the intersection of the origin's claims, each after unit
 * conversion, hedge widening and projection to the reconciliation's time; when the origin's own
 * claims contradict each other it is instead the range of the claim it stated most recently. The
 * {@linkplain #weight() weight} is the greatest weight among its claims.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
public final class Voice {
  private final String origin;
  private final List<Claim> claims;
  private final Range range;
  private final double weight;
  private final boolean supportsConsensus;
  private final @Nullable Claim latest;

  Voice(String origin, List<Claim> claims, Range range, double weight, boolean supportsConsensus,
      @Nullable Claim latest) {
    this.origin = origin;
    this.claims = claims;
    this.range = range;
    this.weight = weight;
    this.supportsConsensus = supportsConsensus;
    this.latest = latest;
  }

  /**
   * The origin's key: the {@linkplain dev.consilience.Source#id() source id}, or, under {@link
   * Independence#BY_AFFILIATION}, the affiliation (a source without one keeps its id; a source
   * that the claims give several affiliations speaks under the first in code order, claims left
   * out for their rank or time aside). An affiliation and a source id spelled alike remain two
   * voices, the affiliation listed first.
   */
  public String origin() {
    return origin;
  }

  /** The origin's claims that were reconciled, ordered by claim id; never empty. */
  public List<Claim> claims() {
    return claims;
  }

  /** What the voice says as of the reconciliation's time. */
  public Range range() {
    return range;
  }

  /** The voice's weight: the greatest weight among its claims; finite and non-negative. */
  public double weight() {
    return weight;
  }

  /** Whether the voice's range overlaps the consensus; false when there is no consensus. */
  public boolean supportsConsensus() {
    return supportsConsensus;
  }

  /** The claim the voice speaks with because its claims contradict each other, or null. */
  @Nullable
  Claim latest() {
    return latest;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Voice)) {
      return false;
    }
    Voice that = (Voice) other;
    return origin.equals(that.origin) && claims.equals(that.claims) && range.equals(that.range)
        && Double.compare(weight, that.weight) == 0
        && supportsConsensus == that.supportsConsensus
        && Objects.equals(latest, that.latest);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, claims, range, weight, supportsConsensus);
  }

  /** Returns the origin, the range and the weight, such as {@code "uk-mod (6000, +∞) weight 0.8"}. */
  @Override
  public String toString() {
    return origin + " " + range + " weight " + weight
        + (supportsConsensus ? ", supports the consensus" : "");
  }
}
