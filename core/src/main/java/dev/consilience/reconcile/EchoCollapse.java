package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.TimeSpan;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Step 4: collapses the claims of each origin into one voice. A voice says the intersection of its
 * claims; when its claims contradict each other (they share no number at {@code asOf}, or, for a
 * cumulative subject, an earlier claim's lower end is above a later one's upper end, or two claims
 * about one other time share no number) it says its most recently stated claim instead, and the
 * contradiction is reported.
 *
 * <p>Claims come in voice order, so each voice is a run of consecutive claims. For each voice this
 * finds the claim whose lower end is the voice's lower end and the claim whose upper end is the
 * voice's upper end (the same claim for a voice that contradicts itself); ties go to the claim
 * that comes first. O(n), plus O(n log n) across time.
 */
final class EchoCollapse {
  /** For each voice, the claim that gives its lower end. */
  final int[] lowerClaim;
  /** For each voice, the claim that gives its upper end. */
  final int[] upperClaim;
  /** For each voice, the claim it speaks with because it contradicts itself, or -1. */
  final int[] latest;

  private EchoCollapse(int[] lowerClaim, int[] upperClaim, int[] latest) {
    this.lowerClaim = lowerClaim;
    this.upperClaim = upperClaim;
    this.latest = latest;
  }

  /**
   * Collapses claims into voices.
   *
   * @param claims the claims in voice order
   * @param starts the index of each voice's first claim, and the claim count last
   * @param voices the number of voices
   * @param start where each claim's range starts at {@code asOf} ({@link Positions})
   * @param stop where each claim's range stops at {@code asOf}
   * @param days each claim's time in days when conflicts across time are looked for, else null
   * @param asOf the reconciliation's time, or null
   * @param wideStart where each claim's range starts before projection
   * @param wideStop where each claim's range stops before projection
   * @param voiceOf each claim's voice
   * @param conflicts receives the contradictions
   */
  static EchoCollapse collapse(Claim[] claims, int[] starts, int voices, long[] start,
      long[] stop, TimeProjection.@Nullable Days days, @Nullable TimeSpan asOf, long[] wideStart,
      long[] wideStop, int[] voiceOf, ConflictList conflicts) {
    int[] lowerClaim = new int[voices];
    int[] upperClaim = new int[voices];
    int[] latest = new int[voices];
    Arrays.fill(latest, -1);
    boolean[] contradicted = new boolean[voices];
    int[] echoed = days == null ? null : echoed(starts, voices);
    if (echoed != null) {
      TimeProjection.conflictsAcrossTime(echoed, days, wideStart, wideStop, voiceOf, true, voices,
          (earlier, later) -> {
            contradicted[voiceOf[later]] = true;
            conflicts.addWithin(earlier, later, true);
          });
      TimeProjection.conflictsAtOneTime(echoed, days, asOf, wideStart, wideStop, voiceOf, true,
          (lower, upper) -> {
            contradicted[voiceOf[upper]] = true;
            conflicts.addWithinAtOneTime(lower, upper);
          });
    }
    for (int v = 0; v < voices; v++) {
      int low = starts[v];
      int high = starts[v];
      for (int i = starts[v] + 1; i < starts[v + 1]; i++) {
        if (start[i] > start[low]) {
          low = i;
        }
        if (stop[i] < stop[high]) {
          high = i;
        }
      }
      lowerClaim[v] = low;
      upperClaim[v] = high;
      // A contradiction across time already names this voice's claims.
      if (!contradicted[v] && stop[high] <= start[low]) {
        contradicted[v] = true;
        conflicts.addWithin(high, low, false);
      }
    }
    for (int v = 0; v < voices; v++) {
      if (contradicted[v]) {
        int last = latestStated(claims, starts[v], starts[v + 1]);
        latest[v] = last;
        lowerClaim[v] = last;
        upperClaim[v] = last;
      }
    }
    return new EchoCollapse(lowerClaim, upperClaim, latest);
  }

  /**
   * The claims of voices with more than one claim, in ascending order, or null when there are
   * none. Only these can contradict each other within a voice, and most voices have one claim:
   * leaving the others out of the searches across time spares them reading each claim's days
   * and ends in time order, out of the caches.
   */
  private static int @Nullable [] echoed(int[] starts, int voices) {
    int count = 0;
    for (int v = 0; v < voices; v++) {
      int size = starts[v + 1] - starts[v];
      count += size > 1 ? size : 0;
    }
    if (count == 0) {
      return null;
    }
    int[] echoed = new int[count];
    int k = 0;
    for (int v = 0; v < voices; v++) {
      if (starts[v + 1] - starts[v] > 1) {
        for (int i = starts[v]; i < starts[v + 1]; i++) {
          echoed[k++] = i;
        }
      }
    }
    return echoed;
  }

  /**
   * The claim stated most recently: by the end, then the start, of its {@code statedOn} (else its
   * {@code asOf}); a claim with neither counts as the oldest; ties go to the first claim.
   */
  static int latestStated(Claim[] claims, int from, int to) {
    int latest = from;
    TimeSpan latestTime = stated(claims[from]);
    for (int i = from + 1; i < to; i++) {
      TimeSpan time = stated(claims[i]);
      if (time != null && (latestTime == null || time.end().isAfter(latestTime.end())
          || (time.end().equals(latestTime.end()) && time.start().isAfter(latestTime.start())))) {
        latest = i;
        latestTime = time;
      }
    }
    return latest;
  }

  private static @Nullable TimeSpan stated(Claim claim) {
    return claim.statedOn().orElse(claim.asOf().orElse(null));
  }
}
