package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PositionsTest {

  @Test
  void anInclusiveEndLiesOutsideItsValueAndAnExclusiveOneInside() {
    Positions positions = Positions.of(new Range[] {
        Range.closed(0, 5), Range.openClosed(5, 10), Range.closedOpen(5, 10)}, 3);

    assertThat(positions.stop[0]).isEqualTo(positions.start[1]);
    assertThat(positions.stop[0]).isGreaterThan(positions.start[2]);
    assertThat(positions.start[2]).isLessThan(positions.start[1]);
  }

  @Test
  void unboundedEndsLieBeyondEveryNumber() {
    Positions positions = Positions.of(new Range[] {Range.all()}, 1);

    assertThat(positions.start[0]).isEqualTo(Positions.BELOW_ALL);
    assertThat(positions.stop[0]).isEqualTo(Positions.ABOVE_ALL);
  }

  @Test
  void valuesOfDifferentScalesShareOneScale() {
    Positions positions = Positions.of(new Range[] {
        Range.closed(new BigDecimal("6000"), new BigDecimal("6000.5")),
        Range.closed(new BigDecimal("6E+3"), new BigDecimal("6000.50"))}, 2);

    assertThat(positions.start[0]).isEqualTo(positions.start[1]);
    assertThat(positions.stop[0]).isEqualTo(positions.stop[1]);
  }

  @Test
  void valuesOfUpTo18DigitsOnTheCommonScaleArePlacedOnItAndLongerOnesRanked() {
    Range eighteen = Range.closed(new BigDecimal("-99999999999999.9999"), BigDecimal.ZERO);
    Range nineteen = Range.closed(new BigDecimal("-999999999999999.9999"), BigDecimal.ZERO);
    Range fine = Range.singleton(new BigDecimal("0.0001"));

    Positions placed = Positions.of(new Range[] {eighteen, fine}, 2);
    Positions ranked = Positions.of(new Range[] {nineteen, fine}, 2);

    assertThat(placed.onScale).isTrue();
    assertThat(placed.start[0]).isEqualTo(-2 * 999999999999999999L);
    assertThat(placed.start[1]).isEqualTo(2);
    assertThat(placed.stop[1]).isEqualTo(3);
    assertThat(ranked.onScale).isFalse();
    assertThat(ranked.start[0]).isLessThan(ranked.stop[0]);
  }

  /** Ranges whose values have many digits (ranks) or few (scaled values). */
  private static Gen<Range[]> ranges(boolean longValues) {
    Gen<Range[]> gen = in -> {
      int n = Generate.range(1, 8).generate(in);
      Range[] ranges = new Range[n];
      for (int i = 0; i < n; i++) {
        Range range = ClaimGen.range(in, 0);
        ranges[i] = longValues ? lengthen(range) : range;
      }
      return ranges;
    };
    return gen.describedAs(java.util.Arrays::toString);
  }

  /** The same order of ends, with values of 30 digits. */
  private static Range lengthen(Range range) {
    BigDecimal shift = new BigDecimal("1000000000000000000000000000.00");
    return Range.of(range.lower().map(b -> Bound.of(b.value().add(shift), b.inclusive())),
        range.upper().map(b -> Bound.of(b.value().add(shift), b.inclusive())));
  }

  @Test
  void positionsOrderEndsAsTheRangesDoWithFewDigitsOrMany() {
    for (boolean longValues : new boolean[] {false, true}) {
      qt().withExamples(300).forAll(ranges(longValues)).checkAssert(ranges -> {
        Positions positions = Positions.of(ranges, ranges.length);
        for (int a = 0; a < ranges.length; a++) {
          assertThat(positions.start[a] < positions.stop[a]).isTrue();
          for (int b = 0; b < ranges.length; b++) {
            assertThat(positions.stop[a] <= positions.start[b])
                .as("%s wholly below %s", ranges[a], ranges[b])
                .isEqualTo(!ranges[a].overlaps(ranges[b]) && lowerFirst(ranges[a], ranges[b]));
            assertThat(Long.signum(Long.compare(positions.start[a], positions.start[b])))
                .isEqualTo(Long.signum(compareLower(ranges[a], ranges[b])));
          }
        }
      });
    }
  }

  private static boolean lowerFirst(Range a, Range b) {
    return a.upper().isPresent() && b.lower().isPresent()
        && a.upper().get().value().compareTo(b.lower().get().value()) <= 0;
  }

  private static int compareLower(Range a, Range b) {
    if (a.lower().isEmpty() || b.lower().isEmpty()) {
      return Boolean.compare(a.lower().isPresent(), b.lower().isPresent());
    }
    int order = a.lower().get().value().compareTo(b.lower().get().value());
    return order != 0 ? order
        : Boolean.compare(!a.lower().get().inclusive(), !b.lower().get().inclusive());
  }
}
