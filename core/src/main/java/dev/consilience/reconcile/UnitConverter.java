package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Converts quantities between units by linear factors, so that claims stated in different units
 * (square miles and square kilometres) can be compared.
 *
 * <pre>{@code
 * UnitConverter units = UnitConverter.builder()
 *     .factor(Unit.of("mi2"), Unit.of("km2"), new BigDecimal("2.589988110336"))
 *     .factor(Unit.of("km2"), Unit.of("ha"), new BigDecimal("100"))
 *     .build();
 * }</pre>
 *
 * <p>A factor says how many of one unit make one of another: one {@code mi2} is {@code
 * 2.589988110336 km2}. The inverse is derived, and factors chain: the converter above also turns
 * {@code mi2} into {@code ha} and {@code ha} into {@code mi2}. Arithmetic is exact {@link
 * BigDecimal} arithmetic; only where a derived factor has no finite decimal form (dividing by
 * 2.589988110336) is a converted end rounded, to {@value #DIGITS} significant digits and always
 * outwards (a lower end down, an upper end up), so that a converted range never leaves out a
 * number the original allows. A converted end that a {@link Bound} cannot hold (more than {@value
 * Bound#MAX_PRECISION} digits or {@value Bound#MAX_SCALE} places) is rounded outwards the same way,
 * and one beyond the largest bound becomes unbounded. Inclusive and exclusive ends stay as they
 * were; the hedge and the stated wording are kept.
 *
 * <p>{@link #none()} converts nothing: claims in a unit other than the reconciliation's are left
 * out, with the reason. Instances are immutable and safe to share between threads.
 */
public final class UnitConverter {
  /** Significant digits kept when a conversion divides by a factor with no finite decimal form. */
  public static final int DIGITS = 34;

  private static final UnitConverter NONE =
      new UnitConverter(Map.of(), Map.of(), "UnitConverter.none()");
  private static final MathContext DOWN = new MathContext(DIGITS, RoundingMode.FLOOR);
  private static final MathContext UP = new MathContext(DIGITS, RoundingMode.CEILING);

  /** For each pair of convertible units, how to convert from the first to the second. */
  private final Map<Unit, Map<Unit, Factor>> factors;
  /** For each unit given a factor: the first unit of its family. */
  private final Map<Unit, Unit> families;
  private final String description;

  private UnitConverter(Map<Unit, Map<Unit, Factor>> factors, Map<Unit, Unit> families,
      String description) {
    this.factors = factors;
    this.families = families;
    this.description = description;
  }

  /**
   * A converter that converts nothing: only claims in the same unit are compared.
   *
   * @return the converter
   */
  public static UnitConverter none() {
    return NONE;
  }

  /**
   * Returns a builder of linear factors.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether a quantity in one unit can be converted to another; a unit can always be "converted"
   * to itself.
   *
   * @param from the unit converted from, not null
   * @param to the unit converted to, not null
   * @return true if {@link #convert} converts from {@code from} to {@code to}
   */
  public boolean canConvert(Unit from, Unit to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return from.equals(to) || factor(from, to) != null;
  }

  /**
   * Converts a quantity to another unit.
   *
   * @param quantity the quantity, not null
   * @param to the unit wanted, not null
   * @return the quantity in unit {@code to} (the same quantity when it is already in that unit),
   *     or empty when this converter cannot convert it
   */
  public Optional<Quantity> convert(Quantity quantity, Unit to) {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(to, "to");
    if (quantity.unit().equals(to)) {
      return Optional.of(quantity);
    }
    Factor factor = factor(quantity.unit(), to);
    if (factor == null) {
      return Optional.empty();
    }
    return Optional.of(
        Quantity.builder().from(quantity).range(factor.apply(quantity.range())).unit(to).build());
  }

  /** Converts a range, or returns null when the units are not convertible. */
  @Nullable
  Range convert(Range range, Unit from, Unit to) {
    if (from.equals(to)) {
      return range;
    }
    Factor factor = factor(from, to);
    return factor == null ? null : factor.apply(range);
  }

  /** The unit that stands for the family of units convertible to {@code unit}. */
  Unit family(Unit unit) {
    return families.getOrDefault(unit, unit);
  }

  @Nullable
  private Factor factor(Unit from, Unit to) {
    Map<Unit, Factor> row = factors.get(from);
    return row == null ? null : row.get(to);
  }

  /** Lists the factors given to the builder, such as {@code UnitConverter[mi2 -> km2 × 2.59]}. */
  @Override
  public String toString() {
    return description;
  }

  /** Multiplies by {@code numerator / denominator}: exactly, or outwards at {@link #DIGITS}. */
  private static final class Factor {
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    private final @Nullable BigDecimal exact;

    Factor(BigDecimal numerator, BigDecimal denominator) {
      this.numerator = numerator;
      this.denominator = denominator;
      this.exact = exactQuotient(numerator, denominator);
    }

    private static @Nullable BigDecimal exactQuotient(BigDecimal numerator, BigDecimal denominator) {
      try {
        return numerator.divide(denominator);
      } catch (ArithmeticException nonTerminating) {
        return null;
      }
    }

    Range apply(Range range) {
      return Range.of(range.lower().map(b -> apply(b, true)).flatMap(Optional::ofNullable),
          range.upper().map(b -> apply(b, false)).flatMap(Optional::ofNullable));
    }

    /** The converted end, rounded outward where a bound cannot hold it; null if unbounded. */
    private @Nullable Bound apply(Bound bound, boolean lowerEnd) {
      BigDecimal value = bound.value();
      BigDecimal converted = exact != null
          ? value.multiply(exact)
          : value.multiply(numerator).divide(denominator, lowerEnd ? DOWN : UP);
      return Ends.outward(converted, bound.inclusive(), lowerEnd);
    }
  }

  /**
   * Builds a {@link UnitConverter} from linear factors. Not thread-safe.
   *
   * <p>Units linked by factors, directly or through other units, form a family in which every
   * unit converts to every other. Each unit is stored as a number of its family's first unit.
   */
  public static final class Builder {
    /** For each unit: its family's base unit and how many base units one of it makes. */
    private final Map<Unit, Unit> base = new HashMap<>();
    private final Map<Unit, BigDecimal[]> inBase = new HashMap<>();
    private final Map<Unit, List<Unit>> families = new HashMap<>();
    private final List<String> given = new ArrayList<>();

    Builder() {}

    /**
     * Adds a factor: one {@code from} is {@code factor} {@code to}. The inverse is derived.
     *
     * @param from the unit converted from, not null
     * @param to the unit converted to, not null
     * @param factor how many {@code to} make one {@code from}; positive, not null
     * @return this builder
     * @throws IllegalArgumentException if the factor is not positive, the units are the same, or
     *     the factor contradicts the factors already given
     */
    public Builder factor(Unit from, Unit to, BigDecimal factor) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(factor, "factor");
      if (factor.signum() <= 0) {
        throw new IllegalArgumentException(
            "factor " + factor.toPlainString() + " from " + from + " to " + to + " is not positive");
      }
      if (from.equals(to)) {
        throw new IllegalArgumentException("cannot give a factor from " + from + " to itself");
      }
      join(from);
      join(to);
      Unit fromBase = base.get(from);
      Unit toBase = base.get(to);
      BigDecimal[] a = inBase.get(from);
      BigDecimal[] b = inBase.get(to);
      // one from = a[0]/a[1] fromBase; one to = b[0]/b[1] toBase; one from = factor to.
      if (fromBase.equals(toBase)) {
        BigDecimal implied = a[0].multiply(b[1]);
        BigDecimal stated = factor.multiply(b[0]).multiply(a[1]);
        if (implied.compareTo(stated) != 0) {
          throw new IllegalArgumentException(
              "factor " + factor.toPlainString() + " from " + from + " to " + to
                  + " contradicts the factors already given, which make one " + from + " "
                  + implied.divide(b[0].multiply(a[1]), MathContext.DECIMAL64).toPlainString()
                  + " " + to);
        }
      } else {
        // one toBase = (a[0] * b[1]) / (a[1] * factor * b[0]) fromBase
        BigDecimal numerator = a[0].multiply(b[1]);
        BigDecimal denominator = a[1].multiply(factor).multiply(b[0]);
        List<Unit> moved = families.remove(toBase);
        for (Unit unit : moved) {
          BigDecimal[] old = inBase.get(unit);
          inBase.put(unit, new BigDecimal[] {
              old[0].multiply(numerator), old[1].multiply(denominator)});
          base.put(unit, fromBase);
        }
        families.get(fromBase).addAll(moved);
      }
      given.add(from + " -> " + to + " × " + factor.toPlainString());
      return this;
    }

    private void join(Unit unit) {
      if (!base.containsKey(unit)) {
        base.put(unit, unit);
        inBase.put(unit, new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE});
        families.put(unit, new ArrayList<>(List.of(unit)));
      }
    }

    /**
     * Returns the converter.
     *
     * @return the converter; {@link UnitConverter#none()} when no factor was given
     */
    public UnitConverter build() {
      if (given.isEmpty()) {
        return NONE;
      }
      Map<Unit, Map<Unit, Factor>> factors = new HashMap<>();
      for (List<Unit> family : families.values()) {
        for (Unit from : family) {
          Map<Unit, Factor> row = new HashMap<>();
          BigDecimal[] a = inBase.get(from);
          for (Unit to : family) {
            if (!to.equals(from)) {
              BigDecimal[] b = inBase.get(to);
              // x from = x * a[0]/a[1] base = x * (a[0] * b[1]) / (a[1] * b[0]) to
              row.put(to, new Factor(a[0].multiply(b[1]), a[1].multiply(b[0])));
            }
          }
          factors.put(from, Map.copyOf(row));
        }
      }
      return new UnitConverter(Map.copyOf(factors), Map.copyOf(base), "UnitConverter" + given);
    }
  }
}
