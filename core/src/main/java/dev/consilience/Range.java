package dev.consilience;

import dev.consilience.text.TextParseException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A non-empty interval of numbers: what a claim says a quantity is.
 *
 * <p>Each end is either unbounded or a {@link Bound} that includes or excludes its value. The
 * factories are named by meaning:
 *
 * <table>
 *   <caption>Range factories</caption>
 *   <tr><th>factory</th><th>notation</th><th>numbers x such that</th></tr>
 *   <tr><td>{@link #closed closed(a, b)}</td><td>{@code [a, b]}</td><td>a ≤ x ≤ b</td></tr>
 *   <tr><td>{@link #open open(a, b)}</td><td>{@code (a, b)}</td><td>a &lt; x &lt; b</td></tr>
 *   <tr><td>{@link #closedOpen closedOpen(a, b)}</td><td>{@code [a, b)}</td><td>a ≤ x &lt; b</td></tr>
 *   <tr><td>{@link #openClosed openClosed(a, b)}</td><td>{@code (a, b]}</td><td>a &lt; x ≤ b</td></tr>
 *   <tr><td>{@link #atLeast atLeast(a)}</td><td>{@code [a, +∞)}</td><td>a ≤ x</td></tr>
 *   <tr><td>{@link #greaterThan greaterThan(a)}</td><td>{@code (a, +∞)}</td><td>a &lt; x</td></tr>
 *   <tr><td>{@link #atMost atMost(b)}</td><td>{@code (-∞, b]}</td><td>x ≤ b</td></tr>
 *   <tr><td>{@link #lessThan lessThan(b)}</td><td>{@code (-∞, b)}</td><td>x &lt; b</td></tr>
 *   <tr><td>{@link #singleton singleton(a)}</td><td>{@code [a, a]}</td><td>x = a</td></tr>
 *   <tr><td>{@link #all()}</td><td>{@code (-∞, +∞)}</td><td>every x</td></tr>
 * </table>
 *
 * <p>An empty interval such as {@code (5, 5)} or {@code [5, 3]} is rejected. Equality is numeric:
 * a range is a set of numbers, so {@code [6000, +∞)} built from {@code 6000} equals one built from
 * {@code 6000.0}; the scale given is kept for printing. {@link #toString()} prints interval
 * notation and {@link #parse(CharSequence)} reads it back.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
@Value.Immutable(builder = false)
public abstract class Range {
  private static final Range ALL = ImmutableRange.make(Optional.empty(), Optional.empty());
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  Range() {}

  /**
   * Returns the range with the given ends; an absent end is unbounded.
   *
   * @param lower the lower end, not null
   * @param upper the upper end, not null
   * @return the range
   * @throws IllegalArgumentException if the range would be empty
   */
  public static Range of(Optional<Bound> lower, Optional<Bound> upper) {
    return ImmutableRange.make(lower, upper);
  }

  /**
   * Returns {@code [lower, upper]}.
   *
   * @throws IllegalArgumentException if lower &gt; upper
   */
  public static Range closed(BigDecimal lower, BigDecimal upper) {
    return of(Optional.of(Bound.inclusive(lower)), Optional.of(Bound.inclusive(upper)));
  }

  /**
   * Returns {@code [lower, upper]}.
   *
   * @throws IllegalArgumentException if lower &gt; upper
   */
  public static Range closed(long lower, long upper) {
    return closed(BigDecimal.valueOf(lower), BigDecimal.valueOf(upper));
  }

  /**
   * Returns {@code (lower, upper)}.
   *
   * @throws IllegalArgumentException if lower ≥ upper
   */
  public static Range open(BigDecimal lower, BigDecimal upper) {
    return of(Optional.of(Bound.exclusive(lower)), Optional.of(Bound.exclusive(upper)));
  }

  /**
   * Returns {@code (lower, upper)}.
   *
   * @throws IllegalArgumentException if lower ≥ upper
   */
  public static Range open(long lower, long upper) {
    return open(BigDecimal.valueOf(lower), BigDecimal.valueOf(upper));
  }

  /**
   * Returns {@code [lower, upper)}.
   *
   * @throws IllegalArgumentException if lower ≥ upper
   */
  public static Range closedOpen(BigDecimal lower, BigDecimal upper) {
    return of(Optional.of(Bound.inclusive(lower)), Optional.of(Bound.exclusive(upper)));
  }

  /**
   * Returns {@code [lower, upper)}.
   *
   * @throws IllegalArgumentException if lower ≥ upper
   */
  public static Range closedOpen(long lower, long upper) {
    return closedOpen(BigDecimal.valueOf(lower), BigDecimal.valueOf(upper));
  }

  /**
   * Returns {@code (lower, upper]}.
   *
   * @throws IllegalArgumentException if lower ≥ upper
   */
  public static Range openClosed(BigDecimal lower, BigDecimal upper) {
    return of(Optional.of(Bound.exclusive(lower)), Optional.of(Bound.inclusive(upper)));
  }

  /**
   * Returns {@code (lower, upper]}.
   *
   * @throws IllegalArgumentException if lower ≥ upper
   */
  public static Range openClosed(long lower, long upper) {
    return openClosed(BigDecimal.valueOf(lower), BigDecimal.valueOf(upper));
  }

  /** Returns {@code [lower, +∞)}, every number at least {@code lower}; not null. */
  public static Range atLeast(BigDecimal lower) {
    return of(Optional.of(Bound.inclusive(lower)), Optional.empty());
  }

  /** Returns {@code [lower, +∞)}, every number at least {@code lower}. */
  public static Range atLeast(long lower) {
    return atLeast(BigDecimal.valueOf(lower));
  }

  /** Returns {@code (lower, +∞)}, every number greater than {@code lower}; not null. */
  public static Range greaterThan(BigDecimal lower) {
    return of(Optional.of(Bound.exclusive(lower)), Optional.empty());
  }

  /** Returns {@code (lower, +∞)}, every number greater than {@code lower}. */
  public static Range greaterThan(long lower) {
    return greaterThan(BigDecimal.valueOf(lower));
  }

  /** Returns {@code (-∞, upper]}, every number at most {@code upper}; not null. */
  public static Range atMost(BigDecimal upper) {
    return of(Optional.empty(), Optional.of(Bound.inclusive(upper)));
  }

  /** Returns {@code (-∞, upper]}, every number at most {@code upper}. */
  public static Range atMost(long upper) {
    return atMost(BigDecimal.valueOf(upper));
  }

  /** Returns {@code (-∞, upper)}, every number less than {@code upper}; not null. */
  public static Range lessThan(BigDecimal upper) {
    return of(Optional.empty(), Optional.of(Bound.exclusive(upper)));
  }

  /** Returns {@code (-∞, upper)}, every number less than {@code upper}. */
  public static Range lessThan(long upper) {
    return lessThan(BigDecimal.valueOf(upper));
  }

  /** Returns {@code [value, value]}, the one number {@code value}; not null. */
  public static Range singleton(BigDecimal value) {
    return closed(value, value);
  }

  /** Returns {@code [value, value]}, the one number {@code value}. */
  public static Range singleton(long value) {
    return singleton(BigDecimal.valueOf(value));
  }

  /** Returns {@code (-∞, +∞)}, every number. */
  public static Range all() {
    return ALL;
  }

  /** The lower end, or empty when the range has no lower bound. */
  @Value.Parameter
  public abstract Optional<Bound> lower();

  /** The upper end, or empty when the range has no upper bound. */
  @Value.Parameter
  public abstract Optional<Bound> upper();

  @Value.Check
  void check() {
    Bound lower = lower().orElse(null);
    Bound upper = upper().orElse(null);
    if (lower != null && upper != null) {
      int order = lower.value().compareTo(upper.value());
      if (order > 0) {
        throw new IllegalArgumentException(
            "lower bound " + lower.value().toPlainString() + " is above upper bound "
                + upper.value().toPlainString());
      }
      if (order == 0 && !(lower.inclusive() && upper.inclusive())) {
        throw new IllegalArgumentException("range " + format(lower, upper) + " is empty");
      }
    }
  }

  /**
   * Whether the range contains a number.
   *
   * @param value the number, not null
   * @return true if {@code value} lies in this range
   */
  public boolean contains(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    Bound lower = lowerOrNull();
    if (lower != null) {
      int order = value.compareTo(lower.value());
      if (order < 0 || (order == 0 && !lower.inclusive())) {
        return false;
      }
    }
    Bound upper = upperOrNull();
    if (upper != null) {
      int order = value.compareTo(upper.value());
      return order < 0 || (order == 0 && upper.inclusive());
    }
    return true;
  }

  /**
   * Whether this range and another share at least one number.
   *
   * @param other the other range, not null
   * @return true if some number lies in both
   */
  public boolean overlaps(Range other) {
    return Cuts.nonEmpty(
        Cuts.maxLower(lowerOrNull(), other.lowerOrNull()),
        Cuts.minUpper(upperOrNull(), other.upperOrNull()));
  }

  /**
   * Whether this range contains every number of another.
   *
   * @param other the other range, not null
   * @return true if {@code other} is a subset of this range
   */
  public boolean encloses(Range other) {
    return Cuts.compareLower(lowerOrNull(), other.lowerOrNull()) <= 0
        && Cuts.compareUpper(upperOrNull(), other.upperOrNull()) >= 0;
  }

  /**
   * The numbers in both this range and another.
   *
   * @param other the other range, not null
   * @return the intersection, or empty when the ranges share no number
   */
  public Optional<Range> intersection(Range other) {
    Bound lower = Cuts.maxLower(lowerOrNull(), other.lowerOrNull());
    Bound upper = Cuts.minUpper(upperOrNull(), other.upperOrNull());
    if (!Cuts.nonEmpty(lower, upper)) {
      return Optional.empty();
    }
    return Optional.of(withEnds(lower, upper, other));
  }

  /**
   * The smallest range that encloses this range and another (including any gap between them).
   *
   * @param other the other range, not null
   * @return the span
   */
  public Range span(Range other) {
    return withEnds(
        Cuts.minLower(lowerOrNull(), other.lowerOrNull()),
        Cuts.maxUpper(upperOrNull(), other.upperOrNull()),
        other);
  }

  private Range withEnds(Bound lower, Bound upper, Range other) {
    if (lower == lowerOrNull() && upper == upperOrNull()) {
      return this;
    }
    if (lower == other.lowerOrNull() && upper == other.upperOrNull()) {
      return other;
    }
    return ImmutableRange.make(Optional.ofNullable(lower), Optional.ofNullable(upper));
  }

  /** Whether both ends are finite. */
  public boolean isBounded() {
    return lower().isPresent() && upper().isPresent();
  }

  /** Whether the range holds exactly one number. */
  public boolean isSingleton() {
    return isBounded() && lowerOrNull().value().compareTo(upperOrNull().value()) == 0;
  }

  /** The upper value minus the lower value, or empty when the range is unbounded. */
  public Optional<BigDecimal> width() {
    return isBounded()
        ? Optional.of(upperOrNull().value().subtract(lowerOrNull().value()))
        : Optional.empty();
  }

  /** The number halfway between the ends (exact), or empty when the range is unbounded. */
  public Optional<BigDecimal> midpoint() {
    return isBounded()
        ? Optional.of(upperOrNull().value().add(lowerOrNull().value()).divide(TWO))
        : Optional.empty();
  }

  @Nullable
  Bound lowerOrNull() {
    return lower().orElse(null);
  }

  @Nullable
  Bound upperOrNull() {
    return upper().orElse(null);
  }

  /**
   * Reads a range in the interval notation that {@link #toString()} prints.
   *
   * <p>The text is {@code [} or {@code (}, the lower end, a comma, the upper end, and {@code ]}
   * or {@code )}, with optional spaces between. An end is a decimal number ({@code 3800}, {@code
   * -1.50}, {@code 2e3}) or an infinity: {@code -∞}, {@code +∞}, {@code ∞}, {@code -inf}, {@code
   * +inf} or {@code inf} (in any case). An infinite end must be open.
   *
   * @param text the text, not null
   * @return the range
   * @throws TextParseException if the text is not interval notation; it names the index
   * @throws IllegalArgumentException if the ends make an empty range
   */
  public static Range parse(CharSequence text) {
    return new RangeReader(text.toString()).read();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Range
        && lower().equals(((Range) other).lower())
        && upper().equals(((Range) other).upper());
  }

  @Override
  public int hashCode() {
    return 31 * lower().hashCode() + upper().hashCode();
  }

  /**
   * Returns the range in interval notation: {@code [3800, 4000]}, {@code (6000, +∞)}, {@code
   * (-∞, 2000]}. Numbers are printed in plain notation with the scale they were given.
   */
  @Override
  public String toString() {
    return format(lowerOrNull(), upperOrNull());
  }

  private static String format(@Nullable Bound lower, @Nullable Bound upper) {
    StringBuilder text = new StringBuilder();
    if (lower == null) {
      text.append("(-∞");
    } else {
      text.append(lower.inclusive() ? '[' : '(').append(lower.value().toPlainString());
    }
    text.append(", ");
    if (upper == null) {
      text.append("+∞)");
    } else {
      text.append(upper.value().toPlainString()).append(upper.inclusive() ? ']' : ')');
    }
    return text.toString();
  }

  /** Reads interval notation, reporting the index of the first character it cannot accept. */
  private static final class RangeReader {
    private final String text;
    private int at;

    RangeReader(String text) {
      this.text = text;
    }

    Range read() {
      skipSpaces();
      boolean lowerInclusive = bracket("[(", "'[' or '('");
      skipSpaces();
      int lowerAt = at;
      BigDecimal lower = end(-1);
      if (lower == null && lowerInclusive) {
        throw fail("an infinite lower end must be open: use '('", 0);
      }
      skipSpaces();
      expect(',');
      skipSpaces();
      int upperAt = at;
      BigDecimal upper = end(+1);
      skipSpaces();
      int closeAt = at;
      boolean upperInclusive = bracket("])", "']' or ')'");
      if (upper == null && upperInclusive) {
        throw fail("an infinite upper end must be open: use ')'", closeAt);
      }
      skipSpaces();
      if (at != text.length()) {
        throw fail("unexpected text after the range", at);
      }
      if (lower != null && upper != null && lower.compareTo(upper) > 0) {
        throw fail(
            "lower bound " + lower.toPlainString() + " is above upper bound "
                + upper.toPlainString(),
            lowerAt == upperAt ? lowerAt : upperAt);
      }
      try {
        return of(
            Optional.ofNullable(lower).map(v -> Bound.of(v, lowerInclusive)),
            Optional.ofNullable(upper).map(v -> Bound.of(v, upperInclusive)));
      } catch (IllegalArgumentException e) {
        throw fail(e.getMessage(), lowerAt);
      }
    }

    /** Reads a number, or an infinity of the given sign and returns null. */
    @Nullable
    private BigDecimal end(int infinitySign) {
      int start = at;
      int sign = 0;
      if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
        sign = text.charAt(at) == '+' ? 1 : -1;
        at++;
      }
      if (text.startsWith("∞", at) || text.regionMatches(true, at, "inf", 0, 3)) {
        at += text.startsWith("∞", at) ? 1 : 3;
        int actual = sign == 0 ? +1 : sign;
        if (sign == 0 && infinitySign < 0) {
          actual = -1; // a bare "∞" or "inf" as the lower end can only mean -∞
        }
        if (actual != infinitySign) {
          throw fail(
              infinitySign < 0
                  ? "the lower end cannot be +∞"
                  : "the upper end cannot be -∞",
              start);
        }
        return null;
      }
      int digitsStart = at;
      while (at < text.length() && isNumberChar(text.charAt(at))) {
        at++;
      }
      if (at == digitsStart) {
        throw fail("expected a number or an infinity", at);
      }
      // The longest plain notation of a bound: a sign, then its digits and the zeros its scale
      // adds before or after them, and a point.
      if (at - start > Bound.MAX_PRECISION + Bound.MAX_SCALE + 2) {
        throw fail("number is too long", start);
      }
      try {
        BigDecimal value = fitting(new BigDecimal(text.substring(start, at)));
        Bound.of(value, true); // the same limits as every bound, reported at this index
        return value;
      } catch (NumberFormatException e) {
        throw fail("'" + text.substring(start, at) + "' is not a number", start);
      } catch (IllegalArgumentException e) {
        throw fail(e.getMessage(), start);
      }
    }

    /**
     * The value with as many of its trailing zeros dropped as a bound needs: a bound of fewer
     * digits and a negative scale ({@code 1E+1000}) prints in plain notation with more digits
     * than a bound may have, so reading that back moves those zeros into the scale.
     */
    private static BigDecimal fitting(BigDecimal value) {
      int excess = value.precision() - Bound.MAX_PRECISION;
      if (excess <= 0 || value.scale() > 0) {
        return value;
      }
      try {
        return value.setScale(value.scale() - excess, RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        return value; // not zeros: too many digits, which Bound.of reports
      }
    }

    private static boolean isNumberChar(char c) {
      return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E'
          || c == '+' || c == '-';
    }

    private boolean bracket(String accepted, String expected) {
      if (at < text.length()) {
        int which = accepted.indexOf(text.charAt(at));
        if (which >= 0) {
          at++;
          return which == 0;
        }
      }
      throw fail("expected " + expected, at);
    }

    private void expect(char c) {
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return;
      }
      throw fail("expected '" + c + "'", at);
    }

    private void skipSpaces() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private TextParseException fail(String problem, int index) {
      return new TextParseException(problem, text, Math.min(index, text.length()));
    }
  }
}
