package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.consilience.Range;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FaultTolerantIntersectionTest {

  /** The intersection of ranges tolerating f faults, or empty. */
  static Optional<Range> robust(int f, Range... ranges) {
    Positions positions = Positions.of(ranges, ranges.length);
    int[] byStart = IndexSort.sortedByKey(positions.start, ranges.length);
    int[] byStop = IndexSort.sortedByKey(positions.stop, ranges.length);
    FaultTolerantIntersection result = FaultTolerantIntersection.of(
        byStart, byStop, positions.start, positions.stop, f);
    return Optional.ofNullable(result).map(r -> Range.of(ranges[r.lowerRange].lower(),
        ranges[r.upperRange].upper()));
  }

  @Test
  void toleratesOneFaultAmongThree() {
    assertThat(robust(1, Range.closed(0, 10), Range.closed(0, 2), Range.closed(8, 9)))
        .contains(Range.closed(0, 9));
  }

  @Test
  void withoutFaultsItIsTheIntersection() {
    assertThat(robust(0, Range.closed(8, 12), Range.closed(11, 13), Range.closed(10, 12)))
        .contains(Range.closed(11, 12));
    assertThat(robust(0, Range.closed(0, 5), Range.openClosed(5, 10))).isEmpty();
  }

  @Test
  void toleratingAllButOneFaultItIsTheHull() {
    assertThat(robust(2, Range.closed(0, 1), Range.greaterThan(5), Range.closed(2, 3)))
        .contains(Range.greaterThan(0).span(Range.closed(0, 1)));
  }

  @Test
  void isEmptyWhenTheRangesProveMoreThanFFaults() {
    assertThat(robust(1, Range.closed(0, 1), Range.closed(2, 3), Range.closed(4, 5)))
        .contains(Range.closed(2, 3));
    assertThat(robust(1, Range.closed(0, 1), Range.closed(0, 1), Range.closed(4, 5),
        Range.closed(4, 5))).isEmpty();
  }

  @Test
  void refusesAnImpossibleNumberOfFaults() {
    assertThatThrownBy(() -> robust(2, Range.closed(0, 1), Range.closed(2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot tolerate 2 faults among 2 ranges: f must be from 0 to n - 1");
    assertThatThrownBy(() -> robust(-1, Range.closed(0, 1)))
        .hasMessage("cannot tolerate -1 faults among 1 ranges: f must be from 0 to n - 1");
  }

  @Test
  void growsWhenFGrows() {
    Gen<Range[]> ranges = in -> {
      int n = Generate.range(1, 9).generate(in);
      Range[] result = new Range[n];
      for (int i = 0; i < n; i++) {
        result[i] = ClaimGen.range(in, 0);
      }
      return result;
    };
    qt().withExamples(500)
        .forAll(ranges.describedAs(java.util.Arrays::toString))
        .checkAssert(rs -> {
          for (int f = 0; f + 1 < rs.length; f++) {
            Optional<Range> smaller = robust(f, rs);
            Optional<Range> larger = robust(f + 1, rs);
            if (smaller.isPresent()) {
              assertThat(larger).hasValueSatisfying(
                  l -> assertThat(l.encloses(smaller.get())).isTrue());
            }
          }
        });
  }
}
