package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Range;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the conflicts of one reconciliation, at most one for each pair of origins, and lists
 * them in voice order: by the first claim's place among the claims (ordered by origin, then id),
 * then the second's.
 *
 * <p>Between origins, conflicts that projection to {@code asOf} would hide (across time, or
 * about one other time) are found first, possibly several for one pair of origins: {@link
 * #keepOnePerPairOfVoices()} keeps the first found for each pair, in the order found, and a
 * disagreement at {@code asOf} is added only for a pair without one. Within an origin the pairs
 * found are distinct by construction.
 */
final class ConflictList {
  private static final Conflict.Kind[] KINDS = Conflict.Kind.values();
  private static final long[] NONE = new long[0];
  private static final byte[] NO_KINDS = new byte[0];

  private final Claim[] claims;
  private final Range[] atAsOf;
  private final Range[] beforeProjection;
  /**
   * Each conflict as (first claim << 32 | second claim), and its kind, whether across time and
   * whether its ranges are taken before projection.
   */
  private long[] pairs = NONE;
  private byte[] kinds = NO_KINDS;
  private int size;
  /**
   * Conflicts across time, or about one time other than {@code asOf}, between origins, before one
   * per pair of voices is kept.
   */
  private long[] acrossVoices = NONE;
  private long[] acrossClaims = NONE;
  private boolean[] atOneTime = new boolean[0];
  private int across;

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

  /** Adds a contradiction between two claims of one origin. */
  void addWithin(int first, int second, boolean acrossTime) {
    add(Conflict.Kind.SELF_CONTRADICTION, first, second, acrossTime, acrossTime);
  }

  /** Adds a contradiction between two claims of one origin about one time other than asOf. */
  void addWithinAtOneTime(int first, int second) {
    add(Conflict.Kind.SELF_CONTRADICTION, first, second, false, true);
  }

  /** Notes a conflict across time between claims of two origins. */
  void addAcrossTime(int first, int second, int firstVoice, int secondVoice) {
    note(first, second, firstVoice, secondVoice, false);
  }

  /**
   * Notes a disagreement between claims of two origins about one time other than {@code asOf},
   * the lower claim first.
   */
  void addAtOneTime(int first, int second, int firstVoice, int secondVoice) {
    note(first, second, firstVoice, secondVoice, true);
  }

  private void note(int first, int second, int firstVoice, int secondVoice, boolean oneTime) {
    if (across == acrossVoices.length) {
      int capacity = Math.max(4, across * 2);
      acrossVoices = Arrays.copyOf(acrossVoices, capacity);
      acrossClaims = Arrays.copyOf(acrossClaims, capacity);
      atOneTime = Arrays.copyOf(atOneTime, capacity);
    }
    acrossVoices[across] = unordered(firstVoice, secondVoice);
    atOneTime[across] = oneTime;
    acrossClaims[across++] = pair(first, second);
  }

  /**
   * Keeps the first conflict noted for each pair of origins, across time or about one time: one
   * shows that they cannot both be right, and the list stays the same when an origin's claims are
   * echoed.
   */
  void keepOnePerPairOfVoices() {
    int[] order = IndexSort.sortedByKey(acrossVoices, across);
    long[] kept = new long[across];
    int count = 0;
    for (int k : order) {
      if (count == 0 || kept[count - 1] != acrossVoices[k]) {
        kept[count++] = acrossVoices[k];
        int first = (int) (acrossClaims[k] >>> 32);
        int second = (int) acrossClaims[k];
        if (atOneTime[k]) {
          add(Conflict.Kind.DISAGREEMENT, first, second, false, true);
        } else {
          add(Conflict.Kind.ACROSS_TIME, first, second, true, true);
        }
      }
    }
    acrossVoices = Arrays.copyOf(kept, count);
    across = count;
  }

  /**
   * Adds a disagreement at {@code asOf} between claims of two origins, unless these origins
   * conflict across time. Disagreements are found once per pair of voices.
   */
  void addDisagreement(int first, int second, int firstVoice, int secondVoice) {
    if (across == 0
        || Arrays.binarySearch(acrossVoices, 0, across, unordered(firstVoice, secondVoice)) < 0) {
      add(Conflict.Kind.DISAGREEMENT, first, second, false, false);
    }
  }

  private void add(Conflict.Kind kind, int first, int second, boolean acrossTime,
      boolean beforeProjection) {
    if (size == pairs.length) {
      int capacity = Math.max(4, size * 2);
      pairs = Arrays.copyOf(pairs, capacity);
      kinds = Arrays.copyOf(kinds, capacity);
    }
    pairs[size] = pair(first, second);
    kinds[size++] = (byte) (kind.ordinal() * 4 + (beforeProjection ? 2 : 0) + (acrossTime ? 1 : 0));
  }

  private static long pair(int first, int second) {
    return ((long) first << 32) | second;
  }

  private static long unordered(int a, int b) {
    return pair(Math.min(a, b), Math.max(a, b));
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
      boolean unprojected = (kinds[entry] & 2) != 0;
      Conflict.Kind kind = KINDS[kinds[entry] >> 2];
      Range[] ranges = unprojected ? beforeProjection : atAsOf;
      conflicts[k] = new Conflict(kind, claims[first], ranges[first], claims[second],
          ranges[second], acrossTime, unprojected && !acrossTime);
    }
    return List.of(conflicts);
  }
}
