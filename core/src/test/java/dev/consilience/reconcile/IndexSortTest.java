package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class IndexSortTest {

  @Test
  void sortsIndicesStablyByComparatorAndByKey() {
    qt().withExamples(300)
        .forAll(Generate.intArrays(Generate.range(0, 100), Generate.range(-5, 5)))
        .checkAssert(values -> {
          Integer[] expected = new Integer[values.length];
          long[] keys = new long[values.length];
          for (int i = 0; i < values.length; i++) {
            expected[i] = i;
            keys[i] = values[i];
          }
          Arrays.sort(expected, Comparator.comparingInt(i -> values[i]));
          int[] wanted = Arrays.stream(expected).mapToInt(Integer::intValue).toArray();

          assertThat(IndexSort.sorted(values.length, (a, b) -> Integer.compare(values[a],
              values[b]))).containsExactly(wanted);
          assertThat(IndexSort.sortedByKey(keys, values.length)).containsExactly(wanted);
        });
  }

  @Test
  void sortsManyIndicesByKeyStablyWhateverTheKeysSpan() {
    // Enough keys to be sorted by radix; keys from a few values to the whole range of long,
    // with the ends of that range among them.
    qt().withExamples(100)
        .forAll(Generate.range(0, 3000), Generate.pick(List.of(1L, 3L, 1000L, 1L << 40, 0L)),
            Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((n, spread, seed) -> {
          SplittableRandom random = new SplittableRandom(seed);
          long[] keys = new long[n];
          for (int i = 0; i < n; i++) {
            long key = spread == 0 ? random.nextLong() : random.nextLong(spread) - spread / 2;
            int edge = random.nextInt(20);
            keys[i] = edge == 0 ? Long.MIN_VALUE : edge == 1 ? Long.MAX_VALUE : key;
          }

          assertThat(IndexSort.sortedByKey(keys, n))
              .containsExactly(IndexSort.sorted(n, (a, b) -> Long.compare(keys[a], keys[b])));
        });
  }

  @Test
  void sortsByKeyThenByComparatorAsByTheComparatorAlone() {
    // Keys that order the values coarsely (by tens), and runs of equal keys long and short.
    qt().withExamples(300)
        .forAll(Generate.intArrays(Generate.range(0, 200), Generate.range(-50, 50)))
        .checkAssert(values -> {
          long[] keys = new long[values.length];
          for (int i = 0; i < values.length; i++) {
            keys[i] = Math.floorDiv(values[i], 10);
          }
          IndexSort.IndexComparator byValue = (a, b) -> Integer.compare(values[a], values[b]);

          assertThat(IndexSort.sortedByKeyThen(keys, values.length, byValue))
              .containsExactly(IndexSort.sorted(values.length, byValue));
        });
  }
}
