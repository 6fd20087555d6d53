package dev.consilience.reconcile;

import dev.consilience.Range;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the claims about one subject add up to, as of one time: which independent voices there
 * are, whether they can all be right at once, what range the evidence supports, and which claims
 * conflict or were left out. See {@link Reconciler} for how it is computed.
 *
 * <p>Every number is in {@link #unit()}. The same claims give an equal reconciliation in any
 * order. Instances are immutable values, safe to share between threads; {@link #explain()} builds
 * its text when called.
 */
public final class Reconciliation {
  private final Reconciler reconciler;
  private final Subject subject;
  private final @Nullable TimeSpan asOf;
  private final @Nullable Unit unit;
  private final Verdict verdict;
  private final @Nullable Range consensus;
  private final @Nullable Range robustRange;
  private final @Nullable Range hull;
  private final @Nullable BigDecimal estimate;
  private final List<Voice> voices;
  private final List<Conflict> conflicts;
  private final List<Exclusion> excluded;
  /** How many regions of the sweep tie for the most support; 0 when there was no sweep. */
  private final int tiedRegions;

  Reconciliation(Reconciler reconciler, Subject subject, @Nullable TimeSpan asOf,
      @Nullable Unit unit, Verdict verdict, @Nullable Range consensus,
      @Nullable Range robustRange, @Nullable Range hull, @Nullable BigDecimal estimate,
      List<Voice> voices, List<Conflict> conflicts, List<Exclusion> excluded, int tiedRegions) {
    this.reconciler = reconciler;
    this.subject = subject;
    this.asOf = asOf;
    this.unit = unit;
    this.verdict = verdict;
    this.consensus = consensus;
    this.robustRange = robustRange;
    this.hull = hull;
    this.estimate = estimate;
    this.voices = voices;
    this.conflicts = conflicts;
    this.excluded = excluded;
    this.tiedRegions = tiedRegions;
  }

  int tiedRegions() {
    return tiedRegions;
  }

  /** The subject every claim is about. */
  public Subject subject() {
    return subject;
  }

  /**
   * The time the reconciliation describes: as given, or the time of the claim whose time ends
   * latest, deprecated claims aside; empty when none of those has a time (every claim reconciled
   * is then about every time).
   */
  public Optional<TimeSpan> asOf() {
    return Optional.ofNullable(asOf);
  }

  /** The unit every range of this reconciliation is in; empty when no claim was usable. */
  public Optional<Unit> unit() {
    return Optional.ofNullable(unit);
  }

  /** The verdict: see {@link Verdict}. */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The range the evidence supports: for {@link Verdict#CONSISTENT} the intersection of all
   * voices, for {@link Verdict#CONTESTED} the region with strictly the greatest total weight of
   * voices; empty for {@link Verdict#UNRESOLVED} and {@link Verdict#EMPTY}.
   */
  public Optional<Range> consensus() {
    return Optional.ofNullable(consensus);
  }

  /**
   * The fault-tolerant intersection of the n voices: from the (f+1)-th greatest lower end to the
   * (f+1)-th smallest upper end, with f = ⌊(n−1)/2⌋. It contains the true value whenever fewer
   * than half of the voices are wrong; empty when the voices prove that assumption false, or
   * there is no voice.
   */
  public Optional<Range> robustRange() {
    return Optional.ofNullable(robustRange);
  }

  /** The span of all voices; empty when there is no voice. */
  public Optional<Range> hull() {
    return Optional.ofNullable(hull);
  }

  /**
   * A single number, only when it is honest: the weighted median of the midpoints of the bounded
   * voices that support the consensus (the lower one when the weights split exactly in half),
   * moved into the consensus if it falls outside. Empty when the consensus is unbounded or absent,
   * or no bounded voice supports it. Never the midpoint between two sources that disagree.
   *
   * <p>Moving into the consensus: past a closed end, the estimate becomes that end; past an open
   * end (which holds no number to stop at), it becomes the consensus's midpoint. When every
   * bounded supporting voice weighs zero, they count equally.
   */
  public Optional<BigDecimal> estimate() {
    return Optional.ofNullable(estimate);
  }

  /** One voice per independent origin, ordered by origin key. */
  public List<Voice> voices() {
    return voices;
  }

  /**
   * Pairs of claims that cannot both be true, in voice order: by the first claim's origin and id,
   * then the second's; see {@link Conflict} for which pairs are reported.
   */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /** The claims left out and why, ordered by origin key, then claim id. */
  public List<Exclusion> excluded() {
    return excluded;
  }

  /**
   * A human-readable account for a reader who does not know the library: every claim with its
   * origin, relay chain and dates, the range as stated and what it became (after unit conversion,
   * hedge widening and projection in time), its weight, and whether it supports the consensus
   * (a claim is heard through its voice, so it does when its voice does) or was superseded by a
   * later claim of its origin that contradicts it; then the verdict, consensus, robust range,
   * estimate, conflicts, exclusions, and why the verdict is what it is. The text is built on each
   * call; its wording may change between versions.
   *
   * @return the account, several lines of English
   */
  public String explain() {
    return new Explanation(reconciler, this).text();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Reconciliation)) {
      return false;
    }
    Reconciliation that = (Reconciliation) other;
    return subject.equals(that.subject) && Objects.equals(asOf, that.asOf)
        && Objects.equals(unit, that.unit) && verdict == that.verdict
        && Objects.equals(consensus, that.consensus)
        && Objects.equals(robustRange, that.robustRange) && Objects.equals(hull, that.hull)
        && Objects.equals(estimate, that.estimate) && voices.equals(that.voices)
        && conflicts.equals(that.conflicts) && excluded.equals(that.excluded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, asOf, unit, verdict, consensus, robustRange, hull, estimate,
        voices, conflicts, excluded);
  }

  /** Returns a one-line summary: subject, time, verdict and consensus. */
  @Override
  public String toString() {
    return subject.id() + " as of " + (asOf == null ? "every time" : asOf) + ": " + verdict
        + (consensus == null ? "" : " " + consensus + (unit == null ? "" : " " + unit));
  }
}
