package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the conflicts of one reconciliation, each pair of claims once (the first kind found
 * wins: contradictions within an origin and across time are looked for before disagreements at
 * {@code asOf}), and lists them in a fixed order.
 */
final class ConflictList {
  private static final Comparator<Conflict> ORDER = (a, b) -> {
    int order = ClaimOrder.compare(a.first(), b.first());
    if (order == 0) {
      order = ClaimOrder.compare(a.second(), b.second());
    }
    return order != 0 ? order : a.kind().compareTo(b.kind());
  };

  private final Claim[] claims;
  private final Range[] atAsOf;
  private final Range[] beforeProjection;
  private final List<Conflict> conflicts = new ArrayList<>(0);
  private final Set<Long> pairs = new HashSet<>();

  /**
   * @param claims the claims
   * @param atAsOf each claim's range at {@code asOf}
   * @param beforeProjection each claim's range before projection in time
   */
  ConflictList(Claim[] claims, Range[] atAsOf, Range[] beforeProjection) {
    this.claims = claims;
    this.atAsOf = atAsOf;
    this.beforeProjection = beforeProjection;
  }

  /** Adds a conflict between claims {@code first} and {@code second}, unless they have one. */
  void add(Conflict.Kind kind, int first, int second, boolean acrossTime) {
    long pair = ((long) Math.min(first, second) << 32) | Math.max(first, second);
    if (!pairs.add(pair)) {
      return;
    }
    Range[] ranges = acrossTime ? beforeProjection : atAsOf;
    conflicts.add(new Conflict(kind, claims[first], ranges[first], claims[second], ranges[second],
        acrossTime));
  }

  boolean isEmpty() {
    return conflicts.isEmpty();
  }

  List<Conflict> sorted() {
    conflicts.sort(ORDER);
    return List.copyOf(conflicts);
  }
}
