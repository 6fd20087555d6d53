package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Compares the ends of ranges as positions on the number line, without building ranges. A null
 * lower end is -∞ and a null upper end is +∞. An inclusive lower end {@code [v} starts just before
 * v and an exclusive one {@code (v} just after it; an inclusive upper end {@code v]} stops just
 * after v and an exclusive one {@code v)} just before it. So {@code [0, 5]} and {@code (5, 10]}
 * share no number: the first stops exactly where the second starts.
 */
final class Ends {
  private Ends() {}

  /** Orders lower ends by where they start: negative when {@code a} starts first. */
  static int compareLower(@Nullable Bound a, @Nullable Bound b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? -1 : 1;
    }
    int order = a.value().compareTo(b.value());
    return order != 0 ? order : Boolean.compare(!a.inclusive(), !b.inclusive());
  }

  /** Orders upper ends by where they stop: negative when {@code a} stops first. */
  static int compareUpper(@Nullable Bound a, @Nullable Bound b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? 1 : -1;
    }
    int order = a.value().compareTo(b.value());
    return order != 0 ? order : Boolean.compare(a.inclusive(), b.inclusive());
  }

  /**
   * Orders where a lower end starts against where an upper end stops: negative when the lower end
   * starts first, zero when it starts exactly where the upper end stops.
   */
  static int compareStartToStop(@Nullable Bound lower, @Nullable Bound upper) {
    if (lower == null || upper == null) {
      return -1;
    }
    int order = lower.value().compareTo(upper.value());
    return order != 0 ? order : Integer.compare(lower.inclusive() ? 0 : 1, upper.inclusive() ? 1 : 0);
  }

  /**
   * Whether a range that stops at {@code upper} and one that starts at {@code lower} share no
   * number, the first lying wholly below the second.
   */
  static boolean apart(@Nullable Bound upper, @Nullable Bound lower) {
    return compareStartToStop(lower, upper) >= 0;
  }

  /** Breaks ties between equal ends deterministically: the one written with the smaller scale. */
  static int compareScale(@Nullable Bound a, @Nullable Bound b) {
    return a == null || b == null ? 0 : Integer.compare(a.value().scale(), b.value().scale());
  }

  /** The same value, included if it was excluded and the other way round. */
  static Bound flip(Bound bound) {
    return Bound.of(bound.value(), !bound.inclusive());
  }

  /** The range with the given ends (null for unbounded); the ends must leave a number between. */
  static Range range(@Nullable Bound lower, @Nullable Bound upper) {
    return Range.of(Optional.ofNullable(lower), Optional.ofNullable(upper));
  }

  /**
   * The range with the given ends, reusing {@code candidate} when it already has exactly these
   * ends, so that unchanged ranges are not rebuilt.
   */
  static Range range(@Nullable Bound lower, @Nullable Bound upper, Range candidate) {
    return candidate.lower().orElse(null) == lower && candidate.upper().orElse(null) == upper
        ? candidate
        : range(lower, upper);
  }
}
