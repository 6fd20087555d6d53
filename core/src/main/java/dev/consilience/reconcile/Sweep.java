package dev.consilience.reconcile;

/**
 * Step 6a: the weighted form of Marzullo's sweep. The number line is cut into regions, the maximal
 * intervals over which the same voices hold; each region's support is the total weight of those
 * voices. The sweep finds the greatest support and how many regions reach it.
 *
 * <p>Only voices of positive weight take part: a voice that weighs nothing supports nothing, and
 * does not cut the regions of the others. Two ranges that only touch at an excluded end ({@code
 * [0, 5]} and {@code (5, 10]}) share no region. Ends are {@link Positions}. O(m) after the voices
 * are sorted by their ends.
 */
final class Sweep {
  /** The greatest support of any region; 0 when no voice takes part. */
  final long best;
  /** How many regions have the greatest support. */
  final int ties;
  /** Where the first region with the greatest support starts and stops (positions). */
  final long start;
  final long stop;
  /**
   * The voice whose end makes the region's lower end: its lower end as it is, or, when {@link
   * #lowerFromStop}, its upper end turned around (the region starts where that voice stops).
   */
  final int lowerVoice;
  final boolean lowerFromStop;
  /**
   * The voice whose end makes the region's upper end: its upper end as it is, or, when {@link
   * #upperFromStart}, its lower end turned around (the region stops where that voice starts).
   */
  final int upperVoice;
  final boolean upperFromStart;

  private Sweep(long best, int ties, long start, long stop, int lowerVoice,
      boolean lowerFromStop, int upperVoice, boolean upperFromStart) {
    this.best = best;
    this.ties = ties;
    this.start = start;
    this.stop = stop;
    this.lowerVoice = lowerVoice;
    this.lowerFromStop = lowerFromStop;
    this.upperVoice = upperVoice;
    this.upperFromStart = upperFromStart;
  }

  /**
   * Sweeps voices of positive weight.
   *
   * @param byStart the voices, ordered by where their ranges start
   * @param byStop the same voices, ordered by where their ranges stop
   * @param start where each voice's range starts
   * @param stop where each voice's range stops
   * @param weight each voice's weight, positive
   */
  static Sweep run(int[] byStart, int[] byStop, long[] start, long[] stop, long[] weight) {
    int m = byStart.length;
    int i = 0;
    int j = 0;
    long support = 0;
    long best = 0;
    int ties = 0;
    long bestStart = 0;
    long bestStop = 0;
    int lowerVoice = -1;
    boolean lowerFromStop = false;
    int upperVoice = -1;
    boolean upperFromStart = false;
    // After the last voice starts, each region has less support than the one before it.
    while (i < m) {
      // Every voice that has stopped has started, so j < m here.
      int starting = byStart[i];
      int stopping = byStop[j];
      long here = Math.min(start[starting], stop[stopping]);
      while (j < m && stop[byStop[j]] == here) {
        support -= weight[byStop[j++]];
      }
      while (i < m && start[byStart[i]] == here) {
        support += weight[byStart[i++]];
      }
      if (support > 0 && support >= best) {
        if (support > best) {
          best = support;
          ties = 0;
          bestStart = here;
          lowerFromStop = start[starting] != here;
          lowerVoice = lowerFromStop ? stopping : starting;
          // The region stops where the next voice starts or stops, whichever comes first.
          int nextStop = byStop[j];
          upperFromStart = i < m && start[byStart[i]] < stop[nextStop];
          upperVoice = upperFromStart ? byStart[i] : nextStop;
          bestStop = upperFromStart ? start[upperVoice] : stop[upperVoice];
        }
        ties++;
      }
    }
    return new Sweep(best, ties, bestStart, bestStop, lowerVoice, lowerFromStop, upperVoice,
        upperFromStart);
  }
}
