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

/**
 * One reconciliation: runs the six steps over the claims of one subject, given in voice order.
 * Ends are compared as {@link Positions}; ranges are built only for the result.
 */
final class Reconciling {
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Reconciling() {}

  static Reconciliation run(Reconciler reconciler, Origins origins, Subject subject,
      Claim[] sorted, @Nullable TimeSpan givenAsOf) {
    Selection selection = Selection.select(
        sorted, subject.trend(), givenAsOf, reconciler.units(), origins);
    int n = selection.count;
    TimeSpan asOf = selection.asOf;
    List<Exclusion> excluded = List.copyOf(selection.excluded);
    if (n == 0) {
      return new Reconciliation(reconciler, subject, asOf, null, Verdict.EMPTY, null, null, null,
          null, List.of(), List.of(), excluded, 0);
    }
    Claim[] claims = selection.claims;

    // Step 2: widen hedges, and read the widened ranges' ends; for a cumulative subject, step 3
    // also reads each claim's time and projects its range in the same pass: with many claims, a
    // second pass over them would find most claims and ranges out of the caches, and reading
    // them again costs more than the work.
    Range[] wide = selection.ranges;
    BigDecimal tolerance = reconciler.hedgeTolerance();
    TimeProjection.Days days = null;
    Range[] range = wide;
    if (subject.trend() == Trend.CUMULATIVE) {
      days = new TimeProjection.Days(n);
      range = new Range[n];
    }
    Positions.Reader reader = new Positions.Reader(n);
    for (int i = 0; i < n; i++) {
      Claim claim = claims[i];
      wide[i] = HedgeWidening.widen(wide[i], claim.quantity().hedge(), tolerance);
      reader.read(i, wide[i]);
      if (days != null) {
        days.set(i, claim.time().orElse(null));
        range[i] = TimeProjection.project(wide[i], days.relation(i, asOf));
      }
    }
    Positions widePositions = reader.positions();

    // Step 3: project in time, the ends' positions (the ranges are projected above).
    long[] start = widePositions.start;
    long[] stop = widePositions.stop;
    if (days != null) {
      start = start.clone();
      stop = stop.clone();
      for (int i = 0; i < n; i++) {
        int relation = days.relation(i, asOf);
        if (relation == TimeProjection.BEFORE) {
          stop[i] = Positions.ABOVE_ALL;
        } else if (relation == TimeProjection.AFTER) {
          start[i] = Positions.BELOW_ALL;
        }
      }
    }

    // Step 4: collapse echoes.
    int[] voiceOf = new int[n];
    int[] starts = new int[n + 1];
    int voices = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || origins.compare(claims[i].source(), claims[i - 1].source()) != 0) {
        starts[voices++] = i;
      }
      voiceOf[i] = voices - 1;
    }
    starts[voices] = n;
    ConflictList conflicts = new ConflictList(claims, range, wide);
    EchoCollapse echo = EchoCollapse.collapse(claims, starts, voices, start, stop, days, asOf,
        widePositions.start, widePositions.stop, voiceOf, conflicts);
    // Whether two origins conflict where projection to asOf hides it: across time, or about one
    // time other than asOf.
    boolean[] hidden = new boolean[1];
    if (days != null) {
      int[] speaking = speaking(echo, starts, voices, n);
      TimeProjection.conflictsAcrossTime(speaking, days, widePositions.start, widePositions.stop,
          voiceOf, false, voices, (earlier, later) -> {
            hidden[0] = true;
            conflicts.addAcrossTime(earlier, later, voiceOf[earlier], voiceOf[later]);
          });
      TimeProjection.conflictsAtOneTime(speaking, days, asOf, widePositions.start,
          widePositions.stop, voiceOf, false, (lower, upper) -> {
            hidden[0] = true;
            conflicts.addAtOneTime(lower, upper, voiceOf[lower], voiceOf[upper]);
          });
      conflicts.keepOnePerPairOfVoices();
    }
    long[] voiceStart = new long[voices];
    long[] voiceStop = new long[voices];
    for (int v = 0; v < voices; v++) {
      voiceStart[v] = start[echo.lowerClaim[v]];
      voiceStop[v] = stop[echo.upperClaim[v]];
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
    int[] byStart = IndexSort.sortedByKey(voiceStart, voices);
    int[] byStop = IndexSort.sortedByKey(voiceStop, voices);
    Ranges ranges = new Ranges(range, echo);
    int highestStart = byStart[voices - 1];
    int lowestStop = byStop[0];
    boolean intersect = voiceStart[highestStart] < voiceStop[lowestStop];
    if (!intersect) {
      disagreements(voices, byStart, byStop, voiceStart, voiceStop, echo, conflicts);
    }
    Verdict verdict;
    Range consensus = null;
    long consensusStart = 0;
    long consensusStop = 0;
    int ties = 0;
    if (intersect && !hidden[0]) {
      verdict = Verdict.CONSISTENT;
      consensus = ranges.between(highestStart, false, lowestStop, false);
      consensusStart = voiceStart[highestStart];
      consensusStop = voiceStop[lowestStop];
    } else {
      Sweep sweep = Sweep.run(positive(byStart, units), positive(byStop, units), voiceStart,
          voiceStop, units);
      ties = sweep.ties;
      verdict = ties == 1 ? Verdict.CONTESTED : Verdict.UNRESOLVED;
      if (ties == 1) {
        consensus = ranges.between(sweep.lowerVoice, sweep.lowerFromStop, sweep.upperVoice,
            sweep.upperFromStart);
        consensusStart = sweep.start;
        consensusStop = sweep.stop;
      }
    }
    FaultTolerantIntersection robust = FaultTolerantIntersection.of(byStart, byStop, voiceStart,
        voiceStop, FaultTolerantIntersection.faults(voices));
    Range robustRange = robust == null ? null
        : ranges.between(robust.lowerRange, false, robust.upperRange, false);
    Range hull = ranges.between(byStart[0], false, byStop[voices - 1], false);

    boolean[] supports = new boolean[voices];
    int bounded = 0;
    if (consensus != null) {
      for (int v = 0; v < voices; v++) {
        supports[v] = voiceStart[v] < consensusStop && consensusStart < voiceStop[v];
        if (supports[v] && voiceStart[v] != Positions.BELOW_ALL
            && voiceStop[v] != Positions.ABOVE_ALL) {
          bounded++;
        }
      }
    }
    BigDecimal estimate = null;
    if (consensus != null && consensus.isBounded() && bounded > 0) {
      int[] voice = new int[bounded];
      long[] weights = new long[bounded];
      int k = 0;
      for (int v = 0; v < voices; v++) {
        if (supports[v] && voiceStart[v] != Positions.BELOW_ALL
            && voiceStop[v] != Positions.ABOVE_ALL) {
          voice[k] = v;
          weights[k++] = units[v];
        }
      }
      if (widePositions.onScale) {
        // The sum of a voice's ends on the common scale orders voices as their midpoints do, so
        // only the median's midpoint is computed.
        long[] keys = new long[bounded];
        for (int i = 0; i < bounded; i++) {
          keys[i] = (voiceStart[voice[i]] >> 1) + (voiceStop[voice[i]] >> 1);
        }
        int median = voice[WeightedMedian.medianByKey(keys, weights)];
        estimate = WeightedMedian.into(consensus, midpoint(ranges, median));
      } else {
        BigDecimal[] midpoints = new BigDecimal[bounded];
        for (int i = 0; i < bounded; i++) {
          midpoints[i] = midpoint(ranges, voice[i]);
        }
        estimate = WeightedMedian.estimate(consensus, midpoints, weights);
      }
    }

    Voice[] result = new Voice[voices];
    for (int v = 0; v < voices; v++) {
      Claim latest = echo.latest[v] < 0 ? null : claims[echo.latest[v]];
      result[v] = new Voice(origins.key(claims[starts[v]].source()),
          claimsOf(claims, starts[v], starts[v + 1]),
          ranges.between(v, false, v, false), voiceWeight[v], supports[v], latest);
    }
    return new Reconciliation(reconciler, subject, asOf, selection.unit, verdict, consensus,
        robustRange, hull, estimate, List.of(result), conflicts.sorted(), excluded, ties);
  }

  /**
   * The claims from {@code from} to {@code to}, unmodifiable. Most voices have one or two claims:
   * those are listed without copying them into an array first, which {@code List.of} would copy
   * again.
   */
  private static List<Claim> claimsOf(Claim[] claims, int from, int to) {
    switch (to - from) {
      case 1:
        return List.of(claims[from]);
      case 2:
        return List.of(claims[from], claims[from + 1]);
      default:
        return List.of(Arrays.copyOfRange(claims, from, to));
    }
  }

  /** The midpoint of a bounded voice's range. */
  private static BigDecimal midpoint(Ranges ranges, int voice) {
    return ranges.lower(voice).value().add(ranges.upper(voice).value()).divide(TWO);
  }

  /** Builds result ranges from the ends of voices, reusing a claim's range where one fits. */
  private static final class Ranges {
    private final Range[] range;
    private final EchoCollapse echo;

    Ranges(Range[] range, EchoCollapse echo) {
      this.range = range;
      this.echo = echo;
    }

    @Nullable
    Bound lower(int voice) {
      return range[echo.lowerClaim[voice]].lower().orElse(null);
    }

    @Nullable
    Bound upper(int voice) {
      return range[echo.upperClaim[voice]].upper().orElse(null);
    }

    /**
     * The range from one voice's lower end (or, turned around, its upper end) to another's upper
     * end (or, turned around, its lower end).
     */
    Range between(int lowerVoice, boolean fromUpper, int upperVoice, boolean fromLower) {
      int claim = echo.lowerClaim[lowerVoice];
      if (!fromUpper && !fromLower && claim == echo.upperClaim[upperVoice]) {
        return range[claim];
      }
      Bound lower = fromUpper ? Ends.flip(upper(lowerVoice)) : lower(lowerVoice);
      Bound upper = fromLower ? Ends.flip(lower(upperVoice)) : upper(upperVoice);
      Range candidate = range[echo.lowerClaim[lowerVoice]];
      return Ends.range(lower, upper, candidate);
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
   * Reports, for each voice that conflicts with another, one conflict: with the voice that starts
   * highest if it lies wholly below it, else with the voice that stops lowest. In one dimension, a
   * voice disjoint from any other is disjoint from one of these two. No pair is reported twice.
   */
  private static void disagreements(int voices, int[] byStart, int[] byStop, long[] start,
      long[] stop, EchoCollapse echo, ConflictList conflicts) {
    int highestStart = byStart[voices - 1];
    int lowestStop = byStop[0];
    for (int v = 0; v < voices; v++) {
      if (stop[v] <= start[highestStart]) {
        conflicts.addDisagreement(echo.upperClaim[v], echo.lowerClaim[highestStart], v,
            highestStart);
      } else if (v != highestStart && stop[lowestStop] <= start[v]) {
        // highestStart itself is named with lowestStop, when v is lowestStop.
        conflicts.addDisagreement(echo.upperClaim[lowestStop], echo.lowerClaim[v], lowestStop, v);
      }
    }
  }
}
