package dev.consilience.discovery;

import dev.consilience.Claim;
import dev.consilience.Source;
import dev.consilience.reconcile.Weighting;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * <p>A claim whose origin was not among the learned claims gets the weight its group's prior
 * earned (the weight of a source of that group with no record), or, when its group was not seen
 * either, the weight of the mean agreement rate of all sources: {@link
 * #unseenWeight()}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SourceWeights implements Weighting {
  /**
   * The least weight: that of a source right about a third of the time or less, whose log-odds
   * would be zero or negative. Weights are never below it, so every voice still takes part.
   */
  public static final double MIN_WEIGHT = 0.01;

  private final Map<String, SourceWeight> bySource;
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
      int iterations,
      boolean converged) {
    Map<String, SourceWeight> bySource = new LinkedHashMap<>();
    for (SourceWeight weight : weights) {
      bySource.put(weight.sourceId(), weight);
    }
    this.bySource = Collections.unmodifiableMap(bySource);
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
   * Returns the learned weight of the claim's origin, or, for an origin not seen in learning, the
   * weight of its group's prior (see the class comment).
   *
   * @param claim the claim, not null
   * @return a finite weight, at least {@link #MIN_WEIGHT}
   */
  @Override
  public double weightOf(Claim claim) {
    Source source = claim.source();
    SourceWeight learned = bySource.get(source.id());
    if (learned != null) {
      return learned.weight();
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
    return Optional.ofNullable(bySource.get(Objects.requireNonNull(sourceId, "sourceId")));
  }

  /** Every source of the learned claims, in source id order. */
  public List<SourceWeight> sources() {
    return List.copyOf(bySource.values());
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
    SourceWeight[] heaviest = bySource.values().toArray(new SourceWeight[0]);
    Arrays.sort(heaviest, (a, b) -> Double.compare(b.weight(), a.weight()));
    return String.format(
        Locale.ROOT, "SourceWeights[%d sources, %d rounds%s, heaviest %s]",
        bySource.size(), iterations, converged ? "" : " (not converged)",
        Arrays.asList(heaviest).subList(0, Math.min(5, heaviest.length)));
  }
}
