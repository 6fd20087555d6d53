package dev.consilience;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One finite end of a {@link Range}: a {@linkplain #value() value} and whether the range
 * {@linkplain #inclusive() includes} it.
 *
 * <p>Equality is numeric: {@code 6000} and {@code 6000.0} are the same bound, but the scale given
 * is kept and printed. To keep every operation cheap, a value may have at most {@value
 * #MAX_PRECISION} significant digits and a scale between -{@value #MAX_SCALE} and {@value
 * #MAX_SCALE}.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
public abstract class Bound {
  /** The greatest number of significant digits a bound may have. */
  public static final int MAX_PRECISION = 1_000;

  /** The greatest magnitude of a bound's scale (digits after the point, or zeros before it). */
  public static final int MAX_SCALE = 9_999;

  private final BigDecimal value;

  Bound(BigDecimal value) {
    this.value = value;
  }

  /**
   * Returns a bound.
   *
   * @param value the value, not null
   * @param inclusive whether the range includes the value
   * @return the bound
   * @throws IllegalArgumentException if the value has too many digits or an extreme scale
   */
  public static Bound of(BigDecimal value, boolean inclusive) {
    check(Objects.requireNonNull(value, "value"));
    return inclusive ? new Inclusive(value) : new Exclusive(value);
  }

  /**
   * Returns an inclusive bound.
   *
   * @param value the value, not null
   * @return the bound
   */
  public static Bound inclusive(BigDecimal value) {
    return of(value, true);
  }

  /**
   * Returns an exclusive bound.
   *
   * @param value the value, not null
   * @return the bound
   */
  public static Bound exclusive(BigDecimal value) {
    return of(value, false);
  }

  /** The value at this end, with the scale it was given. */
  public BigDecimal value() {
    return value;
  }

  /** Whether the range includes {@link #value()}. */
  public abstract boolean inclusive();

  private static void check(BigDecimal value) {
    if (value.precision() > MAX_PRECISION) {
      throw new IllegalArgumentException(
          "bound value has " + value.precision() + " digits, more than " + MAX_PRECISION);
    }
    if (Math.abs(value.scale()) > MAX_SCALE) {
      throw new IllegalArgumentException(
          "bound value " + value + " has scale " + value.scale() + ", beyond ±" + MAX_SCALE);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Bound
        && ((Bound) other).inclusive() == inclusive()
        && ((Bound) other).value().compareTo(value()) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * value().stripTrailingZeros().hashCode() + Boolean.hashCode(inclusive());
  }

  /** Returns the value in plain notation, followed by {@code " (inclusive)"} or not. */
  @Override
  public String toString() {
    return value().toPlainString() + (inclusive() ? " (inclusive)" : " (exclusive)");
  }

  /*
   * Two classes rather than a boolean field: the class says whether the value is included, so a
   * bound is a header and one reference (16 bytes with compressed pointers, not 24). A range
   * holds two of them, and a million claims hold two million.
   */

  /** A bound whose value the range includes. */
  private static final class Inclusive extends Bound {
    Inclusive(BigDecimal value) {
      super(value);
    }

    @Override
    public boolean inclusive() {
      return true;
    }
  }

  /** A bound whose value the range excludes. */
  private static final class Exclusive extends Bound {
    Exclusive(BigDecimal value) {
      super(value);
    }

    @Override
    public boolean inclusive() {
      return false;
    }
  }
}
