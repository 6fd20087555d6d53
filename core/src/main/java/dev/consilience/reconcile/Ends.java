package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds ranges from ends, reusing ranges that already have them. A null end is unbounded. */
final class Ends {
  private Ends() {}

  /** The same value, included if it was excluded and the other way round. */
  static Bound flip(Bound bound) {
    return Bound.of(bound.value(), !bound.inclusive());
  }

  /** The range with the given ends; the ends must leave a number between them. */
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
