package dev.consilience.discovery;

import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Source;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The claims compiled for learning: sources in id order, and, for every subject on which two or
 * more sources spoke, each source's voice as a run of elementary {@link Regions}.
 *
 * <p>Everything is ordered by content (subject, unit and time, then source id, then claim), never
 * by the order of the input, so the same claims always give the same arrays. Building costs
 * O(c log c) for c claims; {@link #agreements} costs O(c log c) at worst and O(c) for point claims.
 */
final class Evidence {
  /** The support of a value that no other voice claimed. */
  private static final double UNCLAIMED = 0.0;
  /**
   * The agreement of a voice alone on its subject: held against a value nobody claimed, with no
   * support on either side, {@code 1 / (1 + exp(0 - 0))}.
   */
  static final double ALONE = 0.5;

  /**
   * By when the claim was stated (its {@code statedOn}, else its {@code asOf}; the end, then the
   * start), as the reconciler picks the claim a self-contradicting origin speaks with, then by
   * range, so that renaming a source cannot change which claim is its latest.
   */
  private static final Comparator<Claim> LATEST_LAST =
      Comparator.comparing((Claim claim) -> stated(claim).map(TimeSpan::end).orElse(LocalDate.MIN))
          .thenComparing(claim -> stated(claim).map(TimeSpan::start).orElse(LocalDate.MIN))
          .thenComparing(claim -> claim.quantity().range().toString())
          .thenComparing(Claim::id);

  /**
   * Every attribute of a source, so that claims which differ only in the {@link Source} value of
   * one id are still ordered by content, and the source's group does not depend on input order.
   */
  private static final Comparator<Source> BY_ATTRIBUTES =
      Comparator.comparing(Source::name)
          .thenComparing(Source::kind)
          .thenComparing(Source::reliability)
          .thenComparing(source -> source.affiliation().orElse(""))
          .thenComparing(source -> source.url().map(Object::toString).orElse(""));

  final String[] sourceIds;
  final Object[] groupKeys;
  final int[] groupOf;
  final int[] subjects;
  final int[] compared;

  /**
   * The compared items (those with two or more voices), numbered in content order. Voices of item
   * i are voiceSource[itemStart[i] .. itemStart[i + 1]), in source order.
   */
  final Map<Item, Integer> items;
  final int[] itemStart;
  final int[] voiceSource;
  private final int[] voiceLo;
  private final int[] voiceHi;
  /** Regions of item i are covered[regionStart[i] .. regionStart[i + 1]). */
  private final int[] regionStart;
  private final boolean[] covered;
  private final int maxRegions;

  private Evidence(
      String[] sourceIds,
      Object[] groupKeys,
      int[] groupOf,
      int[] subjects,
      int[] compared,
      Map<Item, Integer> items,
      int[] itemStart,
      int[] voiceSource,
      int[] voiceLo,
      int[] voiceHi,
      int[] regionStart,
      boolean[] covered) {
    this.sourceIds = sourceIds;
    this.groupKeys = groupKeys;
    this.groupOf = groupOf;
    this.subjects = subjects;
    this.compared = compared;
    this.items = items;
    this.itemStart = itemStart;
    this.voiceSource = voiceSource;
    this.voiceLo = voiceLo;
    this.voiceHi = voiceHi;
    this.regionStart = regionStart;
    this.covered = covered;
    int widest = 0;
    for (int i = 0; i + 1 < regionStart.length; i++) {
      widest = Math.max(widest, regionStart[i + 1] - regionStart[i]);
    }
    this.maxRegions = widest;
  }

  /**
   * What a claim is compared within: a subject in one unit and, unless the subject's value is
   * {@link Trend#FIXED}, at one time ({@code time} is null for a fixed subject). The parts are kept
   * apart rather than joined into one string, so that no id, whatever characters it holds, can run
   * into the next part.
   */
  record Item(String subject, String unit, @Nullable String time) {
    static final Comparator<Item> ORDER =
        Comparator.comparing(Item::subject)
            .thenComparing(Item::unit)
            .thenComparing(Item::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    static Item of(Claim claim) {
      return new Item(
          claim.subject().id(),
          claim.quantity().unit().code(),
          claim.subject().trend() == Trend.FIXED
              ? null
              : claim.time().map(TimeSpan::toString).orElse(""));
    }
  }

  /** A claim with the item it is ordered by, computed once. */
  private static final class Keyed {
    static final Comparator<Keyed> BY_ITEM = Comparator.comparing(k -> k.item, Item.ORDER);

    final Claim claim;
    final Item item;

    Keyed(Claim claim) {
      this.claim = claim;
      this.item = Item.of(claim);
    }
  }

  static Evidence of(Collection<Claim> claims, Function<? super Source, ?> groupBy) {
    Objects.requireNonNull(claims, "claims");
    List<Keyed> keyed = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      Objects.requireNonNull(claim, "claims contain null");
      if (claim.rank() != Rank.DEPRECATED) {
        keyed.add(new Keyed(claim));
      }
    }
    keyed.sort(Keyed.BY_ITEM
        .thenComparing(k -> k.claim.source().id())
        .thenComparing(k -> k.claim, LATEST_LAST)
        .thenComparing(k -> k.claim.source(), BY_ATTRIBUTES));

    // Sources in id order, each with the group of the first of its claims in content order.
    Map<String, Source> firstSource = new HashMap<>();
    for (Keyed k : keyed) {
      firstSource.putIfAbsent(k.claim.source().id(), k.claim.source());
    }
    String[] sourceIds = firstSource.keySet().toArray(new String[0]);
    Arrays.sort(sourceIds);
    Map<String, Integer> sourceIndex = new HashMap<>();
    Map<Object, Integer> groupIndex = new HashMap<>();
    List<Object> groupKeys = new ArrayList<>();
    int[] groupOf = new int[sourceIds.length];
    for (int s = 0; s < sourceIds.length; s++) {
      sourceIndex.put(sourceIds[s], s);
      Source source = firstSource.get(sourceIds[s]);
      Object group = Objects.requireNonNull(
          groupBy.apply(source), () -> "group of source " + source.id() + " is null");
      Integer g = groupIndex.get(group);
      if (g == null) {
        g = groupKeys.size();
        groupIndex.put(group, g);
        groupKeys.add(group);
      }
      groupOf[s] = g;
    }

    int[] subjects = new int[sourceIds.length];
    int[] compared = new int[sourceIds.length];
    Map<Item, Integer> items = new HashMap<>();
    IntList itemStart = new IntList();
    IntList voiceSource = new IntList();
    IntList voiceLo = new IntList();
    IntList voiceHi = new IntList();
    IntList regionStart = new IntList();
    List<boolean[]> coverage = new ArrayList<>();
    int coveredTotal = 0;
    itemStart.add(0);
    regionStart.add(0);

    int i = 0;
    while (i < keyed.size()) {
      int itemEnd = i;
      while (itemEnd < keyed.size() && keyed.get(itemEnd).item.equals(keyed.get(i).item)) {
        itemEnd++;
      }
      List<Integer> voices = new ArrayList<>();
      List<Range> ranges = new ArrayList<>();
      int v = i;
      while (v < itemEnd) {
        String sourceId = keyed.get(v).claim.source().id();
        int voiceEnd = v;
        List<Claim> echoes = new ArrayList<>();
        while (voiceEnd < itemEnd && keyed.get(voiceEnd).claim.source().id().equals(sourceId)) {
          echoes.add(keyed.get(voiceEnd).claim);
          voiceEnd++;
        }
        voices.add(sourceIndex.get(sourceId));
        ranges.add(voiceRange(echoes));
        v = voiceEnd;
      }
      for (int source : voices) {
        subjects[source]++;
      }
      if (voices.size() > 1) {
        Regions regions = Regions.of(ranges);
        for (int k = 0; k < voices.size(); k++) {
          compared[voices.get(k)]++;
          voiceSource.add(voices.get(k));
          voiceLo.add(regions.lo(k));
          voiceHi.add(regions.hi(k));
        }
        boolean[] itemCovered = new boolean[regions.count()];
        for (int r = 0; r < itemCovered.length; r++) {
          itemCovered[r] = regions.covered(r);
        }
        items.put(keyed.get(i).item, items.size());
        coverage.add(itemCovered);
        coveredTotal += itemCovered.length;
        itemStart.add(voiceSource.size());
        regionStart.add(coveredTotal);
      }
      i = itemEnd;
    }
    boolean[] covered = new boolean[coveredTotal];
    int at = 0;
    for (boolean[] itemCovered : coverage) {
      System.arraycopy(itemCovered, 0, covered, at, itemCovered.length);
      at += itemCovered.length;
    }
    return new Evidence(
        sourceIds, groupKeys.toArray(), groupOf, subjects, compared, items, itemStart.toArray(),
        voiceSource.toArray(), voiceLo.toArray(), voiceHi.toArray(), regionStart.toArray(),
        covered);
  }

  /** When a claim was stated: its {@code statedOn}, else its {@code asOf}. */
  private static Optional<TimeSpan> stated(Claim claim) {
    return claim.statedOn().or(claim::asOf);
  }

  /**
   * What one origin says about one subject: the intersection of its claims, or, when its claims
   * contradict each other, the claim it stated last (by the end, then the start, of its {@code
   * statedOn}, else its {@code asOf}; among claims stated at the same time, the last by range
   * notation). The claims come ordered latest last.
   */
  private static Range voiceRange(List<Claim> echoes) {
    Range range = echoes.get(0).quantity().range();
    for (Claim echo : echoes.subList(1, echoes.size())) {
      Optional<Range> both = range.intersection(echo.quantity().range());
      if (both.isEmpty()) {
        return echoes.get(echoes.size() - 1).quantity().range();
      }
      range = both.get();
    }
    return range;
  }

  int sourceCount() {
    return sourceIds.length;
  }

  int groupCount() {
    return groupKeys.length;
  }

  /** The number of voices on compared items. */
  int voiceCount() {
    return voiceSource.length;
  }

  /**
   * One pass over the compared subjects: how far each source agrees with the others, given each
   * voice's log-odds of being right (its source's, as learned on its other subjects).
   *
   * <p>A voice alone on its subject agrees by {@link #ALONE}: nothing confirms it and nothing
   * contradicts it. On a subject with other voices, a region's support is the sum of the log-odds
   * of the voices whose range contains it. Leaving a voice out, let {@code a} be the best support
   * the others give a region inside the voice's range and {@code b} the best they give a region
   * outside it, where a value nobody claimed counts as a rival with support 0; the voice agrees by
   * {@code 1 / (1 + exp(b - a))}. For point claims this is the posterior probability, given the
   * other voices, that the claimed value rather than its strongest rival is true: agreeing with a
   * strong source earns almost a whole agreement, agreeing with a weak one much less.
   *
   * @param logOdds per voice on a compared item: the log-odds its source is right there
   * @param agreements per source, overwritten with the sums over all its subjects
   * @param voiceAgreements per voice on a compared item, overwritten with its agreement
   */
  void agreements(double[] logOdds, double[] agreements, double[] voiceAgreements) {
    for (int s = 0; s < agreements.length; s++) {
      agreements[s] = ALONE * (subjects[s] - compared[s]);
    }
    double[] score = new double[maxRegions + 1];
    double[] before = new double[maxRegions];
    double[] after = new double[maxRegions];
    RangeMax inside = new RangeMax(maxRegions);
    for (int item = 0; item + 1 < itemStart.length; item++) {
      int first = itemStart[item];
      int last = itemStart[item + 1];
      int regionBase = regionStart[item];
      int regions = regionStart[item + 1] - regionBase;
      Arrays.fill(score, 0, regions + 1, 0.0);
      boolean points = true;
      for (int v = first; v < last; v++) {
        double weight = logOdds[v];
        score[voiceLo[v]] += weight;
        score[voiceHi[v] + 1] -= weight;
        points &= voiceLo[v] == voiceHi[v];
      }
      for (int r = 1; r < regions; r++) {
        score[r] += score[r - 1];
      }
      double best = Double.NEGATIVE_INFINITY;
      for (int r = 0; r < regions; r++) {
        if (covered[regionBase + r]) {
          best = Math.max(best, score[r]);
        }
        before[r] = best;
      }
      best = Double.NEGATIVE_INFINITY;
      for (int r = regions - 1; r >= 0; r--) {
        if (covered[regionBase + r]) {
          best = Math.max(best, score[r]);
        }
        after[r] = best;
      }
      if (!points) {
        inside.build(score, regions);
      }
      for (int v = first; v < last; v++) {
        int lo = voiceLo[v];
        int hi = voiceHi[v];
        double in = (points ? score[lo] : inside.max(lo, hi)) - logOdds[v];
        // A value nobody else claimed is always a rival, with no support (score 0).
        double out = Math.max(UNCLAIMED, Math.max(
            lo > 0 ? before[lo - 1] : Double.NEGATIVE_INFINITY,
            hi + 1 < regions ? after[hi + 1] : Double.NEGATIVE_INFINITY));
        // StrictMath, unlike Math, gives the same bits on every platform and JVM.
        double agreement = 1.0 / (1.0 + StrictMath.exp(out - in));
        voiceAgreements[v] = agreement;
        agreements[voiceSource[v]] += agreement;
      }
    }
  }

  /** Range maxima over a prefix of an array in O(1) per query (a sparse table). */
  private static final class RangeMax {
    private final double[][] table;

    RangeMax(int capacity) {
      int height = 1;
      while ((1 << height) <= capacity) {
        height++;
      }
      table = new double[height][];
      for (int level = 0; level < height; level++) {
        table[level] = new double[Math.max(1, capacity)];
      }
    }

    void build(double[] values, int length) {
      System.arraycopy(values, 0, table[0], 0, length);
      for (int level = 1; (1 << level) <= length; level++) {
        int half = 1 << (level - 1);
        for (int i = 0; i + (1 << level) <= length; i++) {
          table[level][i] = Math.max(table[level - 1][i], table[level - 1][i + half]);
        }
      }
    }

    double max(int lo, int hi) {
      int level = 31 - Integer.numberOfLeadingZeros(hi - lo + 1);
      return Math.max(table[level][lo], table[level][hi - (1 << level) + 1]);
    }
  }

  /** A growable array of ints. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
