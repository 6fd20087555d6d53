package dev.consilience.discovery;

import dev.consilience.Claim;
import dev.consilience.Source;
import dev.consilience.reconcile.Weighting;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The weights learned by {@link TruthDiscovery}: a {@link Weighting} that gives each claim the
 * learned weight of its origin ({@code claim.source().id()}), and, for each source, the evidence
 * behind it.
 *
 * <p>On a subject where the origin was compared with other sources in learning (the same subject,
 * unit and, unless the subject is {@link dev.consilience.Trend#FIXED FIXED}, time), a claim
 * weighs what the origin's record earns without that subject, so that agreement there does not
 * count twice: once in the weight and once in the vote (see {@link TruthDiscovery}). Elsewhere,
 * including on a subject the origin spoke on alone, a claim weighs the origin's {@linkplain
 * SourceWeight#weight() learned weight}. Looking a claim up takes a binary search among the
 * source ids and a hash lookup of the claim's subject id, unit code and time (printed, for a
 * subject that is not {@code FIXED}).
 *
 * <p>To do so the weights keep, besides one {@link SourceWeight} per source, the key of every
 * subject compared in learning (holding on to its id) and one weight per voice on it: about 140
 * bytes per compared subject and 12 per voice. Learned from 500,000 claims of 151,000 sources,
 * with 106,000 subjects compared, they take about 35 MB, 15 MB of it for the subjects.
 *
 * <p>A claim whose origin was not among the learned claims gets the weight its group's prior
 * earned (the weight of a source of that group with no record), or, when its group was not seen
 * either, the weight of the mean agreement rate of all sources (of one half when nothing was
 * learned): {@link #unseenWeight()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SourceWeights implements Weighting {
  /**
   * The least weight: that of a source right about a third of the time or less, whose log-odds
   * would be zero or negative. Weights are never below it, so every voice still takes part.
   */
  public static final double MIN_WEIGHT = 0.01;

  /** Every source, in id order, and their ids, for a binary search. */
  private final List<SourceWeight> sources;
  private final String[] sourceIds;
  private final Map<Evidence.Item, Integer> items;
  private final int[] itemStart;
  private final int[] voiceSource;
  private final double[] voiceWeights;
  private final Map<Object, Double> groupWeights;
  private final double unseenWeight;
  private final Function<? super Source, ?> groupBy;
  private final int iterations;
  private final boolean converged;

  SourceWeights(
      SourceWeight[] weights,
      Object[] groupKeys,
      double[] groupWeights,
      double unseenWeight,
      Function<? super Source, ?> groupBy,
      Map<Evidence.Item, Integer> items,
      int[] itemStart,
      int[] voiceSource,
      double[] voiceWeights,
      int iterations,
      boolean converged) {
    String[] sourceIds = new String[weights.length];
    for (int s = 0; s < weights.length; s++) {
      sourceIds[s] = weights[s].sourceId();
    }
    this.sources = List.of(weights);
    this.sourceIds = sourceIds;
    this.items = items;
    this.itemStart = itemStart;
    this.voiceSource = voiceSource;
    this.voiceWeights = voiceWeights;
    Map<Object, Double> byGroup = new HashMap<>();
    for (int g = 0; g < groupKeys.length; g++) {
      byGroup.put(groupKeys[g], groupWeights[g]);
    }
    this.groupWeights = byGroup;
    this.unseenWeight = unseenWeight;
    this.groupBy = groupBy;
    this.iterations = iterations;
    this.converged = converged;
  }

  /**
   * Returns the weight of the claim's origin as learned on the other subjects: on a subject where
   * the origin was compared with other sources in learning, the weight its record earns without
   * that subject; elsewhere, its learned {@linkplain SourceWeight#weight() weight}. For an origin
   * not seen in learning, the weight of its group's prior (see the class comment).
   *
   * @param claim the claim, not null
   * @return a finite weight, at least {@link #MIN_WEIGHT}
   */
  @Override
  public double weightOf(Claim claim) {
    Source source = claim.source();
    int index = Arrays.binarySearch(sourceIds, source.id());
    if (index >= 0) {
      Integer item = items.get(Evidence.Item.of(claim));
      if (item != null) {
        int voice = Arrays.binarySearch(voiceSource, itemStart[item], itemStart[item + 1], index);
        if (voice >= 0) {
          return voiceWeights[voice];
        }
      }
      return sources.get(index).weight();
    }
    Object group = groupBy.apply(source);
    Double groupWeight = group == null ? null : groupWeights.get(group);
    return groupWeight != null ? groupWeight : unseenWeight;
  }

  /**
   * Returns what was learned about a source.
   *
   * @param sourceId the source's id, not null
   * @return the source's weight and evidence, or empty when no learned claim came from it
   */
  public Optional<SourceWeight> find(String sourceId) {
    int index = Arrays.binarySearch(sourceIds, Objects.requireNonNull(sourceId, "sourceId"));
    return index >= 0 ? Optional.of(sources.get(index)) : Optional.empty();
  }

  /** Every source of the learned claims, in source id order. */
  public List<SourceWeight> sources() {
    return sources;
  }

  /** The weight of a claim whose origin and group were both unseen in learning. */
  public double unseenWeight() {
    return unseenWeight;
  }

  /** How many rounds learning took. */
  public int iterations() {
    return iterations;
  }

  /** Whether the rounds stopped because the accuracies settled, rather than at the limit. */
  public boolean converged() {
    return converged;
  }

  /** Returns a summary: the number of sources and rounds, and the five heaviest sources. */
  @Override
  public String toString() {
    SourceWeight[] heaviest = sources.toArray(new SourceWeight[0]);
    Arrays.sort(heaviest, (a, b) -> Double.compare(b.weight(), a.weight()));
    return String.format(
        Locale.ROOT, "SourceWeights[%d sources, %d rounds%s, heaviest %s]",
        sources.size(), iterations, converged ? "" : " (not converged)",
        Arrays.asList(heaviest).subList(0, Math.min(5, heaviest.length)));
  }
}
