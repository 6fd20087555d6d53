package dev.consilience.reconcile;

import dev.consilience.Bound;
import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One reconciliation: runs the six steps over claims of one subject, in voice order. */
final class Reconciling {
  private Reconciling() {}

  static Reconciliation run(Reconciler reconciler, Subject subject, Claim[] sorted,
      @Nullable TimeSpan givenAsOf) {
    Independence independence = reconciler.independence();
    Selection selection = Selection.select(
        sorted, subject.trend(), givenAsOf, reconciler.units(), independence);
    int n = selection.count;
    TimeSpan asOf = selection.asOf;
    if (n == 0) {
      return new Reconciliation(reconciler, subject, asOf, null, Verdict.EMPTY, null, null, null,
          null, List.of(), List.of(), List.copyOf(selection.excluded));
    }
    Claim[] claims = selection.claims;

    // Step 2: widen hedges.
    Range[] wide = selection.ranges;
    BigDecimal tolerance = reconciler.hedgeTolerance();
    for (int i = 0; i < n; i++) {
      wide[i] = HedgeWidening.widen(wide[i], claims[i].quantity().hedge(), tolerance);
    }

    // Step 3: project in time.
    boolean cumulative = subject.trend() == Trend.CUMULATIVE;
    Range[] range = wide;
    TimeSpan[] times = null;
    if (cumulative) {
      range = new Range[n];
      times = new TimeSpan[n];
      for (int i = 0; i < n; i++) {
        times[i] = claims[i].time().orElse(null);
        range[i] = TimeProjection.project(wide[i], TimeProjection.relation(times[i], asOf));
      }
    }
    Bound[] lower = new Bound[n];
    Bound[] upper = new Bound[n];
    ends(range, n, lower, upper);
    Bound[] wideLower = lower;
    Bound[] wideUpper = upper;
    if (cumulative) {
      wideLower = new Bound[n];
      wideUpper = new Bound[n];
      ends(wide, n, wideLower, wideUpper);
    }

    // Step 4: collapse echoes.
    int[] voiceOf = new int[n];
    int[] starts = new int[n + 1];
    int voices = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || independence.compare(claims[i].source(), claims[i - 1].source()) != 0) {
        starts[voices++] = i;
      }
      voiceOf[i] = voices - 1;
    }
    starts[voices] = n;
    ConflictList conflicts = new ConflictList(claims, range, wide);
    EchoCollapse echo = EchoCollapse.collapse(claims, starts, voices, lower, upper, times,
        wideLower, wideUpper, voiceOf, conflicts);
    boolean[] acrossTime = new boolean[1];
    if (cumulative) {
      int[] speaking = speaking(echo, starts, voices, n);
      TimeProjection.conflictsAcrossTime(speaking, times, wideLower, wideUpper, voiceOf, false,
          voices, (earlier, later) -> {
            acrossTime[0] = true;
            conflicts.add(Conflict.Kind.ACROSS_TIME, earlier, later, true);
          });
    }
    Bound[] voiceLower = new Bound[voices];
    Bound[] voiceUpper = new Bound[voices];
    for (int v = 0; v < voices; v++) {
      voiceLower[v] = lower[echo.lowerClaim[v]];
      voiceUpper[v] = upper[echo.upperClaim[v]];
    }

    // Step 5: weigh.
    double[] voiceWeight = new double[voices];
    Weighting weighting = reconciler.weighting();
    for (int i = 0; i < n; i++) {
      double weight = Weighing.weightOf(weighting, claims[i]);
      voiceWeight[voiceOf[i]] = Math.max(voiceWeight[voiceOf[i]], weight);
    }
    long[] units = Weighing.units(voiceWeight, voices);

    // Step 6: sweep.
    int[] byLower = IndexSort.sorted(voices, (a, b) -> {
      int order = Ends.compareLower(voiceLower[a], voiceLower[b]);
      return order != 0 ? order : Ends.compareScale(voiceLower[a], voiceLower[b]);
    });
    int[] byUpper = IndexSort.sorted(voices, (a, b) -> {
      int order = Ends.compareUpper(voiceUpper[a], voiceUpper[b]);
      return order != 0 ? order : Ends.compareScale(voiceUpper[a], voiceUpper[b]);
    });
    int highestStart = byLower[voices - 1];
    int lowestStop = byUpper[0];
    boolean intersect = !Ends.apart(voiceUpper[lowestStop], voiceLower[highestStart]);
    if (!intersect) {
      disagreements(voices, byLower, byUpper, voiceLower, voiceUpper, echo, conflicts);
    }
    Verdict verdict;
    Range consensus;
    if (intersect && !acrossTime[0]) {
      verdict = Verdict.CONSISTENT;
      consensus = Ends.range(voiceLower[highestStart], voiceUpper[lowestStop],
          range[echo.lowerClaim[highestStart]]);
    } else {
      Sweep sweep = Sweep.run(positive(byLower, units), positive(byUpper, units), voiceLower,
          voiceUpper, units);
      verdict = sweep.ties == 1 ? Verdict.CONTESTED : Verdict.UNRESOLVED;
      consensus = sweep.ties == 1 ? sweep.region : null;
    }
    Range robust = FaultTolerantIntersection.of(byLower, byUpper, voiceLower, voiceUpper,
        FaultTolerantIntersection.faults(voices));
    Range hull = Ends.range(voiceLower[byLower[0]], voiceUpper[byUpper[voices - 1]]);

    boolean[] supports = new boolean[voices];
    int bounded = 0;
    if (consensus != null) {
      Bound consensusLower = consensus.lower().orElse(null);
      Bound consensusUpper = consensus.upper().orElse(null);
      for (int v = 0; v < voices; v++) {
        supports[v] = !Ends.apart(voiceUpper[v], consensusLower)
            && !Ends.apart(consensusUpper, voiceLower[v]);
        if (supports[v] && voiceLower[v] != null && voiceUpper[v] != null) {
          bounded++;
        }
      }
    }
    BigDecimal estimate = null;
    if (consensus != null && consensus.isBounded() && bounded > 0) {
      BigDecimal[] midpoints = new BigDecimal[bounded];
      long[] weights = new long[bounded];
      int k = 0;
      for (int v = 0; v < voices; v++) {
        if (supports[v] && voiceLower[v] != null && voiceUpper[v] != null) {
          midpoints[k] = voiceLower[v].value().add(voiceUpper[v].value()).divide(TWO);
          weights[k++] = units[v];
        }
      }
      estimate = WeightedMedian.estimate(consensus, midpoints, weights);
    }

    Voice[] result = new Voice[voices];
    for (int v = 0; v < voices; v++) {
      int low = echo.lowerClaim[v];
      Range voiceRange = low == echo.upperClaim[v]
          ? range[low]
          : Ends.range(voiceLower[v], voiceUpper[v], range[low]);
      List<Claim> voiceClaims = List.of(Arrays.copyOfRange(claims, starts[v], starts[v + 1]));
      Claim latest = echo.latest[v] < 0 ? null : claims[echo.latest[v]];
      result[v] = new Voice(independence.key(claims[starts[v]].source()), voiceClaims,
          voiceRange, voiceWeight[v], supports[v], latest);
    }
    return new Reconciliation(reconciler, subject, asOf, selection.unit, verdict, consensus,
        robust, hull, estimate, List.of(result), conflicts.sorted(),
        List.copyOf(selection.excluded));
  }

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private static void ends(Range[] ranges, int n, Bound[] lower, Bound[] upper) {
    for (int i = 0; i < n; i++) {
      lower[i] = ranges[i].lower().orElse(null);
      upper[i] = ranges[i].upper().orElse(null);
    }
  }

  /** The claims each voice says: all of them, or only its latest when it contradicts itself. */
  private static int[] speaking(EchoCollapse echo, int[] starts, int voices, int n) {
    int[] speaking = new int[n];
    int count = 0;
    for (int v = 0; v < voices; v++) {
      if (echo.latest[v] >= 0) {
        speaking[count++] = echo.latest[v];
      } else {
        for (int i = starts[v]; i < starts[v + 1]; i++) {
          speaking[count++] = i;
        }
      }
    }
    return count == n ? speaking : Arrays.copyOf(speaking, count);
  }

  /** The voices of positive weight, in the given order. */
  private static int[] positive(int[] ordered, long[] units) {
    int count = 0;
    for (int v : ordered) {
      if (units[v] > 0) {
        count++;
      }
    }
    if (count == ordered.length) {
      return ordered;
    }
    int[] positive = new int[count];
    int k = 0;
    for (int v : ordered) {
      if (units[v] > 0) {
        positive[k++] = v;
      }
    }
    return positive;
  }

  /**
   * Reports, for each voice that conflicts with another, a conflict with the voice that starts
   * highest or the one that stops lowest; in one dimension, a voice disjoint from any other is
   * disjoint from one of these two.
   */
  private static void disagreements(int voices, int[] byLower, int[] byUpper,
      Bound[] voiceLower, Bound[] voiceUpper, EchoCollapse echo, ConflictList conflicts) {
    int highestStart = byLower[voices - 1];
    int lowestStop = byUpper[0];
    for (int v = 0; v < voices; v++) {
      if (Ends.apart(voiceUpper[v], voiceLower[highestStart])) {
        conflicts.add(Conflict.Kind.DISAGREEMENT, echo.upperClaim[v],
            echo.lowerClaim[highestStart], false);
      }
      if (v != highestStart && Ends.apart(voiceUpper[lowestStop], voiceLower[v])) {
        conflicts.add(Conflict.Kind.DISAGREEMENT, echo.upperClaim[lowestStop],
            echo.lowerClaim[v], false);
      }
    }
  }
}
