package dev.consilience.examples;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Interval addition: the numbers a total can be when each part lies in its range. */
final class RangeSums {
  private RangeSums() {}

  /**
   * Returns the range of {@code x1 + x2 + ...} for {@code xi} in the i-th range: each end is the
   * sum of the parts' ends, unbounded if any part's end is, and included only if every part's end
   * is.
   *
   * @throws IllegalArgumentException if there are no ranges
   */
  static Range sum(List<Range> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no ranges to add");
    }
    return Range.of(sumOfEnds(parts, Range::lower), sumOfEnds(parts, Range::upper));
  }

  private static Optional<Bound> sumOfEnds(
      List<Range> parts, Function<Range, Optional<Bound>> end) {
    Optional<Bound> total = end.apply(parts.get(0));
    for (Range part : parts.subList(1, parts.size())) {
      Optional<Bound> next = end.apply(part);
      total = total.flatMap(a -> next.map(
          b -> Bound.of(a.value().add(b.value()), a.inclusive() && b.inclusive())));
    }
    return total;
  }
}
