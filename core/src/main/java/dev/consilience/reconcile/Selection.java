package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Step 1: chooses the claims to reconcile, the time and the unit.
 *
 * <ol>
 *   <li>{@code DEPRECATED} claims are left out.
 *   <li>Without a given {@code asOf}, the time is that of the claim whose time ends latest; among
 *       several ending on the same day, the one that starts latest (the most precise).
 *   <li>For a {@code VARYING} subject, claims before or after {@code asOf} are left out.
 *   <li>The unit is the one that keeps the most voices: the unit whose family of convertible
 *       units the most origins use, then the unit the most origins state directly, then the unit
 *       whose code sorts first. Claims in other units are converted, or left out when they cannot
 *       be.
 * </ol>
 *
 * The claims come in, and stay, in voice order: by origin, then by claim id.
 */
final class Selection {
  final Claim[] claims;
  final Range[] ranges;
  final int count;
  final @Nullable TimeSpan asOf;
  final @Nullable Unit unit;
  final List<Exclusion> excluded;

  private Selection(Claim[] claims, Range[] ranges, int count, @Nullable TimeSpan asOf,
      @Nullable Unit unit, List<Exclusion> excluded) {
    this.claims = claims;
    this.ranges = ranges;
    this.count = count;
    this.asOf = asOf;
    this.unit = unit;
    this.excluded = excluded;
  }

  static Selection select(Claim[] sorted, Trend trend, @Nullable TimeSpan givenAsOf,
      UnitConverter units, Origins origins) {
    List<Exclusion> excluded = new ArrayList<>(0);
    Claim[] kept = new Claim[sorted.length];
    int count = 0;
    for (Claim claim : sorted) {
      if (claim.rank() == Rank.DEPRECATED) {
        excluded.add(Exclusion.deprecated(claim));
      } else {
        kept[count++] = claim;
      }
    }
    TimeSpan asOf = givenAsOf != null ? givenAsOf : latest(kept, count);
    if (trend == Trend.VARYING && asOf != null) {
      int about = 0;
      for (int i = 0; i < count; i++) {
        Claim claim = kept[i];
        if (TimeProjection.relation(claim.time().orElse(null), asOf) == TimeProjection.ABOUT) {
          kept[about++] = claim;
        } else {
          excluded.add(Exclusion.anotherTime(claim, asOf));
        }
      }
      count = about;
    }
    Unit unit = count == 0 ? null : unit(kept, count, units, origins);
    Range[] ranges = new Range[count];
    int convertible = 0;
    for (int i = 0; i < count; i++) {
      Claim claim = kept[i];
      Range range = units.convert(claim.quantity().range(), claim.quantity().unit(), unit);
      if (range == null) {
        excluded.add(Exclusion.inconvertibleUnit(claim, unit));
      } else {
        kept[convertible] = claim;
        ranges[convertible++] = range;
      }
    }
    if (excluded.size() > 1) {
      excluded.sort((a, b) -> order(a.claim(), b.claim(), origins));
    }
    return new Selection(kept, ranges, convertible, asOf, unit, excluded);
  }

  private static int order(Claim a, Claim b, Origins origins) {
    int order = origins.compare(a.source(), b.source());
    return order != 0 ? order : ClaimOrder.compare(a, b);
  }

  /** The time of the claim whose time ends latest, the latest-starting among ties; or null. */
  static @Nullable TimeSpan latest(Claim[] claims, int count) {
    TimeSpan latest = null;
    for (int i = 0; i < count; i++) {
      TimeSpan time = claims[i].time().orElse(null);
      if (time != null && (latest == null || time.end().isAfter(latest.end())
          || (time.end().equals(latest.end()) && time.start().isAfter(latest.start())))) {
        latest = time;
      }
    }
    return latest;
  }

  /** The unit that keeps the most voices; see the class comment. */
  private static Unit unit(Claim[] claims, int count, UnitConverter units, Origins voices) {
    Unit first = claims[0].quantity().unit();
    boolean one = true;
    for (int i = 1; i < count && one; i++) {
      one = claims[i].quantity().unit().equals(first);
    }
    if (one) {
      return first;
    }
    // Per unit (and per family): how many origins state it, and the last origin counted, so that
    // each origin counts once without searching what it has stated.
    Map<Unit, int[]> origins = new HashMap<>();
    Map<Unit, int[]> familyOrigins = new HashMap<>();
    int origin = 0;
    for (int i = 0; i < count; i++) {
      if (i > 0 && voices.compare(claims[i].source(), claims[i - 1].source()) != 0) {
        origin++;
      }
      Unit unit = claims[i].quantity().unit();
      countOnce(origins, unit, origin);
      countOnce(familyOrigins, units.family(unit), origin);
    }
    Unit best = null;
    for (Unit unit : origins.keySet()) {
      if (best == null || better(unit, best, origins, familyOrigins, units)) {
        best = unit;
      }
    }
    return best;
  }

  /** Counts {@code origin} for {@code unit} unless it was the last origin counted for it. */
  private static void countOnce(Map<Unit, int[]> counts, Unit unit, int origin) {
    int[] count = counts.computeIfAbsent(unit, u -> new int[] {0, -1});
    if (count[1] != origin) {
      count[0]++;
      count[1] = origin;
    }
  }

  private static boolean better(Unit a, Unit b, Map<Unit, int[]> origins,
      Map<Unit, int[]> familyOrigins, UnitConverter units) {
    int order = Integer.compare(
        familyOrigins.get(units.family(a))[0], familyOrigins.get(units.family(b))[0]);
    if (order == 0) {
      order = Integer.compare(origins.get(a)[0], origins.get(b)[0]);
    }
    return order > 0 || (order == 0 && a.code().compareTo(b.code()) < 0);
  }
}
