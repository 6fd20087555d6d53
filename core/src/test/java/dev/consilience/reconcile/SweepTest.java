package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Range;
import org.junit.jupiter.api.Test;

class SweepTest {

  private static Sweep sweep(Range[] ranges, long... weights) {
    Positions positions = Positions.of(ranges, ranges.length);
    return Sweep.run(IndexSort.sortedByKey(positions.start, ranges.length),
        IndexSort.sortedByKey(positions.stop, ranges.length), positions.start, positions.stop,
        weights);
  }

  @Test
  void findsTheRegionWithTheGreatestTotalWeight() {
    Sweep sweep = sweep(new Range[] {
        Range.closed(8, 12), Range.closed(11, 13), Range.closed(14, 15)}, 1, 1, 1);

    assertThat(sweep.best).isEqualTo(2);
    assertThat(sweep.ties).isEqualTo(1);
    assertThat(sweep.lowerVoice).isEqualTo(1);
    assertThat(sweep.lowerFromStop).isFalse();
    assertThat(sweep.upperVoice).isEqualTo(0);
    assertThat(sweep.upperFromStart).isFalse();
  }

  @Test
  void heavierVoicesOutweighMoreVoices() {
    Sweep sweep = sweep(new Range[] {
        Range.closed(0, 2), Range.closed(1, 3), Range.closed(10, 12)}, 2, 2, 5);

    assertThat(sweep.best).isEqualTo(5);
    assertThat(sweep.ties).isEqualTo(1);
    assertThat(sweep.lowerVoice).isEqualTo(2);
  }

  @Test
  void countsTiesBetweenDisjointRegions() {
    Sweep sweep = sweep(new Range[] {
        Range.closed(0, 10), Range.closed(0, 2), Range.closed(8, 9)}, 1, 1, 1);

    assertThat(sweep.best).isEqualTo(2);
    assertThat(sweep.ties).isEqualTo(2);
  }

  @Test
  void rangesThatOnlyTouchAtAnExcludedEndShareNoRegion() {
    assertThat(sweep(new Range[] {Range.closed(0, 5), Range.openClosed(5, 10)}, 1, 1).ties)
        .isEqualTo(2);
    assertThat(sweep(new Range[] {Range.closedOpen(0, 5), Range.closed(5, 10)}, 1, 1).ties)
        .isEqualTo(2);
    Sweep touching = sweep(new Range[] {Range.closed(0, 5), Range.closed(5, 10)}, 1, 1);
    assertThat(touching.best).isEqualTo(2);
    assertThat(touching.ties).isEqualTo(1);
  }

  @Test
  void aRegionMayStartWhereAVoiceStopsAndStopWhereAnotherStarts() {
    // [0, 10] weight 3 holds alone on (4, 6): between [2, 4] and [6, 8], each of weight 1.
    Sweep sweep = sweep(new Range[] {
        Range.closed(0, 10), Range.closed(2, 4), Range.closed(6, 8), Range.singleton(5)},
        3, 1, 1, 1);

    assertThat(sweep.best).isEqualTo(4);
    assertThat(sweep.ties).isEqualTo(3);
  }

  @Test
  void findsUnboundedRegions() {
    Sweep sweep = sweep(new Range[] {Range.atMost(3), Range.lessThan(10), Range.all()}, 1, 1, 1);

    assertThat(sweep.best).isEqualTo(3);
    assertThat(sweep.ties).isEqualTo(1);
    assertThat(sweep.start).isEqualTo(Positions.BELOW_ALL);
  }

  @Test
  void findsNothingWithoutVoices() {
    Sweep sweep = Sweep.run(new int[0], new int[0], new long[0], new long[0], new long[0]);

    assertThat(sweep.ties).isZero();
    assertThat(sweep.best).isZero();
  }
}
