package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the conflicts of one reconciliation and lists them in a fixed order: each pair of
 * claims of one origin at most once, and each pair of origins at most once (the first kind found
 * wins: conflicts across time are looked for before disagreements at {@code asOf}).
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
  private final Set<Long> claimPairs = new HashSet<>(0);
  private final Set<Long> voicePairs = new HashSet<>(0);

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

  /**
   * Adds a contradiction between two claims of one origin, unless these claims already have one.
   */
  void addWithin(int first, int second, boolean acrossTime) {
    if (claimPairs.add(pair(first, second))) {
      add(Conflict.Kind.SELF_CONTRADICTION, first, second, acrossTime);
    }
  }

  /**
   * Adds a conflict between claims of two origins, unless these origins already have one: one
   * conflict per pair of voices is enough to show that they cannot both be right, and keeps the
   * list the same when an origin's claims are echoed.
   */
  void addBetween(Conflict.Kind kind, int first, int second, int firstVoice, int secondVoice,
      boolean acrossTime) {
    if (voicePairs.add(pair(firstVoice, secondVoice))) {
      add(kind, first, second, acrossTime);
    }
  }

  private void add(Conflict.Kind kind, int first, int second, boolean acrossTime) {
    Range[] ranges = acrossTime ? beforeProjection : atAsOf;
    conflicts.add(new Conflict(kind, claims[first], ranges[first], claims[second], ranges[second],
        acrossTime));
  }

  private static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  boolean isEmpty() {
    return conflicts.isEmpty();
  }

  List<Conflict> sorted() {
    conflicts.sort(ORDER);
    return List.copyOf(conflicts);
  }
}
