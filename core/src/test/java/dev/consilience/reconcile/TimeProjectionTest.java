package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.consilience.Range;
import dev.consilience.TimeSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

class TimeProjectionTest {
  private static final TimeSpan JUNE_15 = TimeSpan.parse("2025-06-15");

  @ParameterizedTest(name = "{0} is {1} 2025-06-15")
  @CsvSource({
      "2025-01/2025-04, -1",
      "2025-06-14, -1",
      "2025-06-15, 0",
      "2025-06, 0",
      "2025, 0",
      "2025-06-16, 1",
      "2026, 1",
  })
  void placesAClaimsTimeRelativeToAsOf(String time, int relation) {
    TimeSpan[] times = {TimeSpan.parse(time)};

    assertThat(TimeProjection.relation(times[0], JUNE_15)).isEqualTo(relation);
    assertThat(new TimeProjection.Days(times, 1).relation(0, JUNE_15)).isEqualTo(relation);
  }

  @Test
  void aClaimWithoutATimeOrAReconciliationWithoutOneIsAboutEveryTime() {
    TimeProjection.Days days = new TimeProjection.Days(new TimeSpan[] {null, JUNE_15}, 2);

    assertThat(TimeProjection.relation(null, JUNE_15)).isEqualTo(TimeProjection.ABOUT);
    assertThat(TimeProjection.relation(JUNE_15, null)).isEqualTo(TimeProjection.ABOUT);
    assertThat(days.relation(0, JUNE_15)).isEqualTo(TimeProjection.ABOUT);
    assertThat(days.relation(1, null)).isEqualTo(TimeProjection.ABOUT);
  }

  @Test
  void aClaimBeforeAsOfKeepsItsLowerEndAndLosesItsUpper() {
    assertThat(TimeProjection.project(Range.closed(3420, 4400), TimeProjection.BEFORE))
        .isEqualTo(Range.atLeast(3420));
    assertThat(TimeProjection.project(Range.openClosed(3420, 4400), TimeProjection.BEFORE))
        .isEqualTo(Range.greaterThan(3420));
  }

  @Test
  void aClaimAfterAsOfKeepsItsUpperEndAndLosesItsLower() {
    assertThat(TimeProjection.project(Range.closedOpen(5, 9), TimeProjection.AFTER))
        .isEqualTo(Range.lessThan(9));
  }

  @Test
  void aClaimAboutAsOfStaysAsItIs() {
    Range range = Range.closed(5, 9);

    assertThat(TimeProjection.project(range, TimeProjection.ABOUT)).isSameAs(range);
  }

  @Test
  void aRangeWithoutTheEndThatProjectionKeepsSaysNothingAtAsOf() {
    assertThat(TimeProjection.project(Range.atMost(4), TimeProjection.BEFORE))
        .isEqualTo(Range.all());
    assertThat(TimeProjection.project(Range.atLeast(4), TimeProjection.AFTER))
        .isEqualTo(Range.all());
  }

  /** Finds the pairs for claims given as (time, range), all in one group or each in its own. */
  private static List<String> acrossTime(boolean sameGroup, String... claims) {
    int n = claims.length;
    TimeSpan[] times = new TimeSpan[n];
    Range[] ranges = new Range[n];
    int[] group = new int[n];
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      String[] parts = claims[i].split(" ", 2);
      times[i] = parts[0].equals("-") ? null : TimeSpan.parse(parts[0]);
      ranges[i] = Range.parse(parts[1]);
      group[i] = sameGroup ? 0 : i;
      members[i] = i;
    }
    Positions positions = Positions.of(ranges, n);
    List<String> pairs = new ArrayList<>();
    TimeProjection.conflictsAcrossTime(members, new TimeProjection.Days(times, n),
        positions.start, positions.stop, group,
        sameGroup, sameGroup ? 1 : n, (a, b) -> pairs.add(a + "<" + b));
    return pairs;
  }

  @Test
  void anEarlierLowerEndAboveALaterUpperEndIsAConflictAcrossTime() {
    assertThat(acrossTime(false, "2025-01 [5000, 5000]", "2025-06 [3000, 3000]"))
        .containsExactly("0<1");
    assertThat(acrossTime(true, "2025-01 [5000, 5000]", "2025-06 [3000, 3000]"))
        .containsExactly("0<1");
  }

  @Test
  void aLaterClaimAboveAnEarlierOneIsNoConflict() {
    assertThat(acrossTime(false, "2025-01 [3000, 3000]", "2025-06 [5000, 5000]")).isEmpty();
  }

  @Test
  void claimsWhoseTimesOverlapDoNotConflictAcrossTime() {
    assertThat(acrossTime(false, "2025-01/2025-04 [5000, 5000]", "2025-03 [3000, 3000]"))
        .isEmpty();
    assertThat(acrossTime(false, "- [5000, 5000]", "2025-03 [3000, 3000]")).isEmpty();
  }

  @Test
  void endsThatOnlyTouchAtAnExcludedValueConflict() {
    assertThat(acrossTime(false, "2025-01 (5, +∞)", "2025-06 [0, 5]")).containsExactly("0<1");
    assertThat(acrossTime(false, "2025-01 [5, +∞)", "2025-06 [0, 5]")).isEmpty();
  }

  @Test
  void eachLaterClaimIsPairedWithTheEarlierClaimWithTheHighestLowerEnd() {
    assertThat(acrossTime(false,
        "2025-01 [10, 10]", "2025-02 [30, 30]", "2025-03 [20, 20]", "2025-06 [5, 5]"))
        .containsExactly("1<2", "1<3");
  }

  @Test
  void acrossGroupsAClaimIsNeverPairedWithItsOwnGroupAndWithinGroupsOnlyWithIt() {
    int[] group = {0, 0, 1};
    TimeSpan[] times = {
        TimeSpan.parse("2025-01"), TimeSpan.parse("2025-02"), TimeSpan.parse("2025-06")};
    Range[] ranges = {Range.singleton(50), Range.singleton(40), Range.singleton(10)};
    Positions positions = Positions.of(ranges, 3);
    List<String> across = new ArrayList<>();
    TimeProjection.Days days = new TimeProjection.Days(times, 3);
    TimeProjection.conflictsAcrossTime(new int[] {0, 1, 2}, days, positions.start,
        positions.stop, group, false, 2, (a, b) -> across.add(a + "<" + b));
    List<String> within = new ArrayList<>();
    TimeProjection.conflictsAcrossTime(new int[] {0, 1, 2}, days, positions.start,
        positions.stop, group, true, 2, (a, b) -> within.add(a + "<" + b));

    assertThat(across).containsExactly("0<2");
    assertThat(within).containsExactly("0<1");
  }

  @Test
  void eachMemberIsPairedExactlyWhenAnEarlierMemberOfAnAllowedGroupLiesAboveIt() {
    // Brute force: for each member, the earlier members of its group (within) or of other
    // groups (between) with a lower end; the pair is reported exactly when the highest of those
    // ends lies at or above the member's upper end, and it names a claim with that end.
    qt().withExamples(500)
        .forAll(Generate.range(1, 14), Generate.booleans(), Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((n, withinGroups, seed) -> {
          SplittableRandom random = new SplittableRandom(seed);
          TimeSpan[] times = new TimeSpan[n];
          long[] start = new long[n];
          long[] stop = new long[n];
          int[] group = new int[n];
          List<Integer> chosen = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(8));
            times[i] = random.nextInt(6) == 0 ? null
                : TimeSpan.between(day, day.plusDays(random.nextInt(3)));
            start[i] = random.nextInt(5) == 0 ? Positions.BELOW_ALL : random.nextInt(10);
            stop[i] = random.nextInt(5) == 0 ? Positions.ABOVE_ALL
                : Math.max(start[i], 0) + 1 + random.nextInt(10);
            group[i] = random.nextInt(3);
            if (random.nextInt(4) > 0) {
              chosen.add(i);
            }
          }
          int[] members = chosen.stream().mapToInt(Integer::intValue).toArray();
          TimeProjection.Days days = new TimeProjection.Days(times, n);
          Map<Integer, Integer> pairs = new HashMap<>();
          TimeProjection.conflictsAcrossTime(members, days, start, stop, group, withinGroups, 3,
              (earlier, later) -> assertThat(pairs.put(later, earlier)).isNull());

          for (int later : members) {
            long highest = Long.MIN_VALUE;
            for (int earlier : members) {
              if (times[earlier] != null && times[later] != null
                  && times[earlier].isBefore(times[later])
                  && start[earlier] != Positions.BELOW_ALL
                  && (group[earlier] == group[later]) == withinGroups) {
                highest = Math.max(highest, start[earlier]);
              }
            }
            boolean conflict = highest != Long.MIN_VALUE && stop[later] <= highest;
            assertThat(pairs.containsKey(later)).as("claim %d", later).isEqualTo(conflict);
            if (conflict) {
              assertThat(chosen).contains(pairs.get(later));
              assertThat(start[pairs.get(later)]).isEqualTo(highest);
            }
          }
          assertThat(chosen).containsAll(pairs.keySet());
        });
  }
}
