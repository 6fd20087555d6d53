package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Range;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Collects the conflicts of one reconciliation: each pair of claims of one origin at most once,
 * and each pair of origins at most once (the first found wins; conflicts across time are looked
 * for before disagreements at {@code asOf}). Lists them in voice order: by the first claim's place
 * among the claims (ordered by origin, then id), then the second's.
 */
final class ConflictList {
  private static final Conflict.Kind[] KINDS = Conflict.Kind.values();

  private final Claim[] claims;
  private final Range[] atAsOf;
  private final Range[] beforeProjection;
  /** Each conflict as (first claim << 32 | second claim), its kind and whether across time. */
  private long[] pairs = new long[0];
  private byte[] kinds = new byte[0];
  private int size;
  private @Nullable Set<Long> claimPairs;
  private @Nullable Set<Long> voicePairs;

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

  /** Adds a contradiction between two claims of one origin, unless these claims have one. */
  void addWithin(int first, int second, boolean acrossTime) {
    if (claimPairs == null) {
      claimPairs = new HashSet<>();
    }
    if (claimPairs.add(unordered(first, second))) {
      add(Conflict.Kind.SELF_CONTRADICTION, first, second, acrossTime);
    }
  }

  /**
   * Adds a conflict between claims of two origins across time, unless these origins already have
   * one: one conflict per pair of voices shows that they cannot both be right, and keeps the list
   * the same when an origin's claims are echoed.
   */
  void addAcrossTime(int first, int second, int firstVoice, int secondVoice) {
    if (voicePairs == null) {
      voicePairs = new HashSet<>();
    }
    if (voicePairs.add(unordered(firstVoice, secondVoice))) {
      add(Conflict.Kind.ACROSS_TIME, first, second, true);
    }
  }

  /**
   * Adds a disagreement at {@code asOf} between claims of two origins, unless these origins
   * conflict across time. Disagreements are found once per pair of voices.
   */
  void addDisagreement(int first, int second, int firstVoice, int secondVoice) {
    if (voicePairs == null || !voicePairs.contains(unordered(firstVoice, secondVoice))) {
      add(Conflict.Kind.DISAGREEMENT, first, second, false);
    }
  }

  private void add(Conflict.Kind kind, int first, int second, boolean acrossTime) {
    if (size == pairs.length) {
      int capacity = Math.max(4, size * 2);
      pairs = Arrays.copyOf(pairs, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
    }
    pairs[size] = ((long) first << 32) | second;
    kinds[size++] = (byte) (kind.ordinal() * 2 + (acrossTime ? 1 : 0));
  }

  private static long unordered(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  List<Conflict> sorted() {
    if (size == 0) {
      return List.of();
    }
    int[] order = IndexSort.sortedByKey(pairs, size);
    Conflict[] conflicts = new Conflict[size];
    for (int k = 0; k < size; k++) {
      int entry = order[k];
      int first = (int) (pairs[entry] >>> 32);
      int second = (int) pairs[entry];
      boolean acrossTime = (kinds[entry] & 1) != 0;
      Range[] ranges = acrossTime ? beforeProjection : atAsOf;
      conflicts[k] = new Conflict(KINDS[kinds[entry] >> 1], claims[first], ranges[first],
          claims[second], ranges[second], acrossTime);
    }
    return List.of(conflicts);
  }
}
