package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consilience.Range;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RangeSumsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = ';', value = {
      "[1000, 1000] + [5000, 5000]; [6000, 6000]",
      "[1, 2] + (3, 4]; (4, 6]",
      "[1, 2) + [3, 4]; [4, 6)",
      "(-∞, 2] + [3, 4]; (-∞, 6]",
      "[1, 2] + (3, +∞); (4, +∞)",
      "(-∞, 0] + [0, +∞); (-∞, +∞)",
      "[-5, -1] + [0.5, 1.25] + [10, 10]; [5.5, 10.25]",
      "[7, 9]; [7, 9]"})
  void addsTheEndsOfTheParts(String parts, String total) {
    List<Range> ranges = Arrays.stream(parts.split(" \\+ ")).map(Range::parse)
        .collect(Collectors.toList());

    assertThat(RangeSums.sum(ranges)).isEqualTo(Range.parse(total));
  }

  @Test
  void refusesToAddNothing() {
    assertThatThrownBy(() -> RangeSums.sum(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no ranges to add");
  }
}
