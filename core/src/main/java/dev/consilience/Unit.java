package dev.consilience;

import org.immutables.value.Value;

/**
 * What a quantity counts or measures, by code: {@code person}, {@code USD}, {@code km2}, or a
 * compound such as {@code USD/person}.
 *
 * <p>Units are compared by code, case-sensitively. A code is not blank, has no leading or
 * trailing white space and no control characters. {@link #DIMENSIONLESS} (code {@code 1}, as in
 * UCUM) is the unit of a bare number. Conversions between units are a policy of the reconciler,
 * not of the unit.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
@Value.Immutable(builder = false)
public abstract class Unit {
  /** The unit of a bare number, with code {@code 1}. */
  public static final Unit DIMENSIONLESS = of("1");

  Unit() {}

  /**
   * Returns the unit with a code.
   *
   * @param code the code, such as {@code person} or {@code USD/person}; not null
   * @return the unit
   * @throws IllegalArgumentException if the code is blank, has surrounding white space or
   *     control characters
   */
  public static Unit of(String code) {
    return ImmutableUnit.make(code);
  }

  /** The code, such as {@code person}, {@code USD} or {@code USD/person}. */
  @Value.Parameter
  public abstract String code();

  /**
   * Returns the compound unit "this per {@code other}": {@code USD} per {@code person} is {@code
   * USD/person}.
   *
   * @param other the unit of the denominator, not null
   * @return the compound unit
   */
  public Unit per(Unit other) {
    return of(code() + "/" + other.code());
  }

  /** Whether this is {@link #DIMENSIONLESS}. */
  public boolean isDimensionless() {
    return code().equals(DIMENSIONLESS.code());
  }

  @Value.Check
  void check() {
    String code = code();
    if (code.isBlank()) {
      throw new IllegalArgumentException("unit code is blank: '" + code + "'");
    }
    if (!code.strip().equals(code)) {
      throw new IllegalArgumentException(
          "unit code '" + code + "' has leading or trailing white space");
    }
    if (hasControlCharacter(code)) {
      throw new IllegalArgumentException("unit code '" + code.replaceAll("\\p{Cntrl}", "?")
          + "' has a control character");
    }
  }

  // A loop rather than a stream: a unit is made for every claim read from JSON or text.
  private static boolean hasControlCharacter(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (Character.isISOControl(code.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the code. */
  @Override
  public String toString() {
    return code();
  }
}
