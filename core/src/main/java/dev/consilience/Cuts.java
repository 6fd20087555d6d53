package dev.consilience;

import org.jspecify.annotations.Nullable;

/**
 * Orders the ends of ranges. A null lower end is -∞ and a null upper end is +∞. Among ends with
 * the same value, an inclusive lower end comes before an exclusive one, and an exclusive upper
 * end before an inclusive one. Where two ends are equal but written with different scales, the
 * one with the smaller scale is chosen, so that every operation is commutative to the letter.
 */
final class Cuts {
  private Cuts() {}

  static int compareLower(@Nullable Bound a, @Nullable Bound b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? -1 : 1;
    }
    int order = a.value().compareTo(b.value());
    if (order != 0) {
      return order;
    }
    return a.inclusive() == b.inclusive() ? 0 : a.inclusive() ? -1 : 1;
  }

  static int compareUpper(@Nullable Bound a, @Nullable Bound b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? 1 : -1;
    }
    int order = a.value().compareTo(b.value());
    if (order != 0) {
      return order;
    }
    return a.inclusive() == b.inclusive() ? 0 : a.inclusive() ? 1 : -1;
  }

  static @Nullable Bound maxLower(@Nullable Bound a, @Nullable Bound b) {
    int order = compareLower(a, b);
    return order > 0 ? a : order < 0 ? b : tie(a, b);
  }

  static @Nullable Bound minLower(@Nullable Bound a, @Nullable Bound b) {
    int order = compareLower(a, b);
    return order < 0 ? a : order > 0 ? b : tie(a, b);
  }

  static @Nullable Bound maxUpper(@Nullable Bound a, @Nullable Bound b) {
    int order = compareUpper(a, b);
    return order > 0 ? a : order < 0 ? b : tie(a, b);
  }

  static @Nullable Bound minUpper(@Nullable Bound a, @Nullable Bound b) {
    int order = compareUpper(a, b);
    return order < 0 ? a : order > 0 ? b : tie(a, b);
  }

  private static @Nullable Bound tie(@Nullable Bound a, @Nullable Bound b) {
    return a == null || b == null || a.value().scale() <= b.value().scale() ? a : b;
  }

  /** Whether a lower and an upper end leave at least one number between them. */
  static boolean nonEmpty(@Nullable Bound lower, @Nullable Bound upper) {
    if (lower == null || upper == null) {
      return true;
    }
    int order = lower.value().compareTo(upper.value());
    return order < 0 || (order == 0 && lower.inclusive() && upper.inclusive());
  }
}
