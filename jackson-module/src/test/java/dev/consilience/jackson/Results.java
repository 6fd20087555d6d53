package dev.consilience.jackson;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.util.List;

/** Reconciliations the result golden files hold. */
final class Results {
  private Results() {}

  /** The Kursk casualty claims (Ukraine's and the UK's), reconciled with the defaults. */
  static Reconciliation kurskCasualties() {
    return Reconciler.defaults().reconcile(KurskClaims.claims().subList(0, 2));
  }

  /**
   * Three estimates of one fixed number that do not all agree, one deprecated claim and one in
   * another unit: a contested verdict with conflicts and exclusions.
   */
  static Reconciliation contestedTroops() {
    Subject troops = Subject.of("kursk/dprk-troops-sent");
    return Reconciler.defaults().reconcile(List.of(
        claim(troops, "nis", Range.closed(10000, 12000), Unit.of("person"), Rank.NORMAL),
        claim(troops, "uk-mod", Range.atLeast(11000), Unit.of("person"), Rank.NORMAL),
        claim(troops, "blogger", Range.atMost(3000), Unit.of("person"), Rank.NORMAL),
        claim(troops, "old-report", Range.singleton(2000), Unit.of("person"), Rank.DEPRECATED),
        claim(troops, "battalions", Range.singleton(12), Unit.of("battalion"), Rank.NORMAL)));
  }

  private static Claim claim(Subject subject, String source, Range range, Unit unit, Rank rank) {
    return Claim.builder()
        .subject(subject)
        .quantity(Quantity.of(range, unit))
        .source(Source.of(source, source))
        .statedOn(TimeSpan.parse("2025-06"))
        .rank(rank)
        .build();
  }
}
