package dev.consilience.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionsTest {
  @Test
  void pointsAreTheOddRegionsBetweenGaps() {
    Regions regions = Regions.of(List.of(Range.singleton(5), Range.singleton(3)));

    // (-∞, 3) {3} (3, 5) {5} (5, +∞)
    assertThat(regions.count()).isEqualTo(5);
    assertThat(new int[] {regions.lo(0), regions.hi(0)}).containsExactly(3, 3);
    assertThat(new int[] {regions.lo(1), regions.hi(1)}).containsExactly(1, 1);
    assertThat(coverage(regions)).isEqualTo("-x-x-");
  }

  @Test
  void openEndsLeaveOutTheirPoint() {
    Regions regions = Regions.of(List.of(Range.open(0, 10), Range.closedOpen(0, 10)));

    // (-∞, 0) {0} (0, 10) {10} (10, +∞)
    assertThat(new int[] {regions.lo(0), regions.hi(0)}).containsExactly(2, 2);
    assertThat(new int[] {regions.lo(1), regions.hi(1)}).containsExactly(1, 2);
    assertThat(coverage(regions)).isEqualTo("-xx--");
  }

  @Test
  void unboundedEndsReachTheOuterRegions() {
    Regions regions = Regions.of(List.of(Range.atMost(4), Range.greaterThan(4), Range.all()));

    assertThat(new int[] {regions.lo(0), regions.hi(0)}).containsExactly(0, 1);
    assertThat(new int[] {regions.lo(1), regions.hi(1)}).containsExactly(2, 2);
    assertThat(new int[] {regions.lo(2), regions.hi(2)}).containsExactly(0, 2);
    assertThat(coverage(regions)).isEqualTo("xxx");
  }

  @Test
  void equalNumbersOfDifferentScaleAreOnePoint() {
    Regions regions = Regions.of(List.of(
        Range.singleton(new java.math.BigDecimal("6000")),
        Range.singleton(new java.math.BigDecimal("6000.00"))));

    assertThat(regions.count()).isEqualTo(3);
    assertThat(regions.lo(0)).isEqualTo(regions.lo(1)).isEqualTo(1);
  }

  private static String coverage(Regions regions) {
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < regions.count(); r++) {
      text.append(regions.covered(r) ? 'x' : '-');
    }
    return text.toString();
  }
}
