package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A claim that a reconciliation left out, and why.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
public final class Exclusion {
  /** Why a claim was left out. */
  public enum Reason {
    /** The claim's {@linkplain dev.consilience.Claim#rank() rank} is {@code DEPRECATED}. */
    DEPRECATED,
    /**
     * The subject is {@linkplain dev.consilience.Trend#VARYING varying} and the claim describes a
     * time before or after the reconciliation's {@code asOf}.
     */
    ANOTHER_TIME,
    /** The claim's unit cannot be converted to the reconciliation's unit. */
    INCONVERTIBLE_UNIT
  }

  private final Claim claim;
  private final Reason reason;
  private final @Nullable TimeSpan asOf;
  private final @Nullable Unit unit;

  private Exclusion(Claim claim, Reason reason, @Nullable TimeSpan asOf, @Nullable Unit unit) {
    this.claim = claim;
    this.reason = reason;
    this.asOf = asOf;
    this.unit = unit;
  }

  static Exclusion deprecated(Claim claim) {
    return new Exclusion(claim, Reason.DEPRECATED, null, null);
  }

  static Exclusion anotherTime(Claim claim, TimeSpan asOf) {
    return new Exclusion(claim, Reason.ANOTHER_TIME, asOf, null);
  }

  static Exclusion inconvertibleUnit(Claim claim, Unit unit) {
    return new Exclusion(claim, Reason.INCONVERTIBLE_UNIT, null, unit);
  }

  /** The claim left out. */
  public Claim claim() {
    return claim;
  }

  /** Why it was left out. */
  public Reason reason() {
    return reason;
  }

  /**
   * Why it was left out, in words: {@code "ranked deprecated"}, {@code "about 2024-05, before
   * 2025-06-15"}, {@code "in mi2, which cannot be converted to km2"}.
   *
   * @return the explanation
   */
  public String detail() {
    switch (reason) {
      case DEPRECATED:
        return "ranked deprecated";
      case ANOTHER_TIME:
        TimeSpan time = claim.time().orElseThrow();
        return "about " + time + ", " + (time.isBefore(asOf) ? "before " : "after ") + asOf
            + ", and the subject varies over time";
      default:
        return "in " + claim.quantity().unit() + ", which cannot be converted to " + unit;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Exclusion
        && claim.equals(((Exclusion) other).claim)
        && reason == ((Exclusion) other).reason
        && Objects.equals(asOf, ((Exclusion) other).asOf)
        && Objects.equals(unit, ((Exclusion) other).unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(claim, reason, asOf, unit);
  }

  /** Returns the claim id and the detail, such as {@code "3f9a… left out: ranked deprecated"}. */
  @Override
  public String toString() {
    return claim.id() + " left out: " + detail();
  }
}
