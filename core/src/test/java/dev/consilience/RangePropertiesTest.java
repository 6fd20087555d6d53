package dev.consilience;

import static dev.consilience.Generators.decimals;
import static dev.consilience.Generators.ranges;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link Range} that hold for all ranges, checked on generated ranges. */
class RangePropertiesTest {

  @Test
  void intersectionIsCommutative() {
    qt().forAll(ranges(), ranges())
        .check((a, b) -> a.intersection(b).equals(b.intersection(a))
            && a.intersection(b).map(Range::toString).equals(b.intersection(a).map(Range::toString)));
  }

  @Test
  void spanIsCommutative() {
    qt().forAll(ranges(), ranges())
        .check((a, b) -> a.span(b).equals(b.span(a))
            && a.span(b).toString().equals(b.span(a).toString()));
  }

  @Test
  void intersectionIsEnclosedByBoth() {
    qt().forAll(ranges(), ranges())
        .check((a, b) -> a.intersection(b).map(i -> a.encloses(i) && b.encloses(i)).orElse(true));
  }

  @Test
  void spanEnclosesBoth() {
    qt().forAll(ranges(), ranges()).check((a, b) -> a.span(b).encloses(a) && a.span(b).encloses(b));
  }

  @Test
  void aPointIsInTheIntersectionExactlyWhenItIsInBoth() {
    qt().forAll(ranges(), ranges(), decimals())
        .check((a, b, p) -> a.intersection(b).map(i -> i.contains(p)).orElse(false)
            == (a.contains(p) && b.contains(p)));
  }

  @Test
  void overlapsAgreesWithIntersection() {
    qt().forAll(ranges(), ranges())
        .check((a, b) -> a.overlaps(b) == a.intersection(b).isPresent()
            && a.overlaps(b) == b.overlaps(a));
  }

  @Test
  void parseReadsWhatToStringPrints() {
    qt().forAll(ranges()).check(r -> {
      Range read = Range.parse(r.toString());
      return read.equals(r) && read.toString().equals(r.toString());
    });
  }

  @Test
  void parseReadsWhatToStringPrintsForBoundsAtTheLimits() {
    qt().withExamples(200).forAll(extremeBounds(), extremeBounds()).check((a, b) -> {
      Range r = a.compareTo(b) <= 0 ? Range.closed(a, b) : Range.closed(b, a);
      Range read = Range.parse(r.toString());
      return read.equals(r) && read.toString().equals(r.toString());
    });
  }

  /** Values a bound can hold, from one digit to the most, at any scale it allows. */
  private static Gen<BigDecimal> extremeBounds() {
    Gen<Integer> digits = Generate.pick(List.of(1, 2, 999, Bound.MAX_PRECISION));
    Gen<Integer> scale = Generate.pick(List.of(-Bound.MAX_SCALE, -1000, -1, 0, 1, 1000,
        Bound.MAX_SCALE));
    Gen<Integer> digit = integers().between(1, 9);
    Gen<Boolean> negative = booleans().all();
    return in -> {
      StringBuilder unscaled = new StringBuilder();
      int count = digits.generate(in);
      for (int i = 0; i < count; i++) {
        unscaled.append(digit.generate(in));
      }
      BigDecimal value = new BigDecimal(new BigInteger(unscaled.toString()), scale.generate(in));
      return negative.generate(in) ? value.negate() : value;
    };
  }

  @Test
  void equalRangesHaveEqualHashCodes() {
    qt().forAll(ranges(), ranges())
        .check((a, b) -> !a.equals(b) || a.hashCode() == b.hashCode());
  }

  @Test
  void rescalingTheEndsKeepsEquality() {
    qt().forAll(ranges()).check(r -> {
      Range rescaled = Range.of(
          r.lower().map(b -> Bound.of(b.value().setScale(b.value().scale() + 2), b.inclusive())),
          r.upper().map(b -> Bound.of(b.value().setScale(b.value().scale() + 2), b.inclusive())));
      return rescaled.equals(r) && rescaled.hashCode() == r.hashCode();
    });
  }

  @Test
  void encloseIsIntersectionBeingTheSmallerRange() {
    qt().forAll(ranges(), ranges())
        .check((a, b) -> a.encloses(b) == a.intersection(b).equals(Optional.of(b)));
  }
}
