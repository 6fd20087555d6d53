package dev.consilience.discovery;

import dev.consilience.Claim;
import dev.consilience.Source;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Learns how far to trust each source from how often its claims agree with the others' across
 * many subjects (truth discovery, in the family of TruthFinder, CRH and CATD).
 *
 * <pre>{@code
 * SourceWeights weights = TruthDiscovery.defaults().learn(claims);
 * Reconciler reconciler = Reconciler.builder().weighting(weights).build();
 * }</pre>
 *
 * <p><b>What is compared.</b> Claims are compared when they are about the same subject in the same
 * unit and, unless the subject's value is {@link dev.consilience.Trend#FIXED FIXED}, about the same
 * time. {@linkplain dev.consilience.Rank#DEPRECATED Deprecated} claims are left out. Each claim is
 * taken at its {@linkplain dev.consilience.Quantity#range() range}: hedges are not widened as the
 * reconciler widens them, so "about 4,200" disagrees with 4,000 here. The claims of
 * one origin (by {@linkplain Source#id() source id}) about one subject are one voice: it says the
 * intersection of their ranges, or, when they contradict each other, the claim it stated last (by
 * its {@code statedOn}, else its {@code asOf}, as the reconciler picks it; then by range notation,
 * never by source or claim id).
 *
 * <p><b>How.</b> Every source starts equal, with accuracy 0.75, so that the first round is a
 * majority vote. Each round then does two things:
 *
 * <ol>
 *   <li><em>Agreement.</em> On each subject, each voice is held against the others, leaving
 *       itself out so that no source can vouch for itself. A region of the number line is
 *       supported by the sum of the log-odds {@code ln(2p / (1 - p))} of the other voices whose
 *       ranges contain it, {@code p} being each one's accuracy as learned on its <em>other</em>
 *       subjects (see below): the log of the odds that a value is right given one claim for it,
 *       when a wrong claim picks one of two wrong values. Below an accuracy of a third the
 *       log-odds are negative, and such a claim counts against its value in learning (only the
 *       weights handed to the reconciler are kept at {@link SourceWeights#MIN_WEIGHT} or above).
 *       With {@code a} the best support of a
 *       region inside the voice's range and {@code b} the best outside, a value nobody else
 *       claimed counting as a rival with support 0, the voice agrees by {@code 1 / (1 + exp(b -
 *       a))}: almost fully when strong sources back a value in its range and nothing rivals it,
 *       less when only weak ones do, by half against an equal rival, hardly at all against a
 *       strong one. A point claim agrees when its value is the one the others support; a range
 *       agrees when it contains it (a wider range that contains a point claim but allows other
 *       values as much backs it only by half). A voice alone on its subject agrees by one half:
 *       nothing confirms it, nothing contradicts it. Trust is earned by corroboration, so a
 *       source whose claims nobody else makes stays near a coin flip however many it makes.
 *   <li><em>Accuracy.</em> A source's accuracy is {@code (k·m + agreements) / (k + subjects)}: its
 *       agreements shrunk towards the mean agreement rate {@code m} of the sources of its
 *       {@linkplain Builder#groupBy group} (by default, of the same {@link Source#kind() kind}),
 *       with {@code k} the {@linkplain #priorStrength() prior strength} (a Beta prior worth
 *       {@code k} subjects). The group's mean counts each source once, so that a prolific source
 *       does not speak for its whole group, and is itself shrunk towards the mean rate of all
 *       sources as if {@code k} more sources of the group had that rate, so that a group of few
 *       sources stays near what all sources earn (a source alone of its kind, agreeing once, is
 *       not trusted to the cap). A source with one or two claims therefore stays near what its
 *       group has earned, and only a long record moves a source far from it. Accuracy is kept
 *       within {@code [1 - maxAccuracy, maxAccuracy]}.
 * </ol>
 *
 * <p><b>Each subject is left out of its own weights.</b> On a subject where a source was compared
 * with others, its voice speaks with the accuracy of its record <em>without that subject</em>:
 * {@code (k·m + agreements - a) / (k + subjects - 1)}, {@code a} being its agreement there. This
 * holds in every round and in the weights handed to the reconciler ({@link
 * SourceWeights#weightOf}). Otherwise agreement on a subject would count twice there, once in the
 * weight and once in the vote: a newcomer repeating a strong source's value would earn weight from
 * it and add that weight to the same value, and the two together could outvote a careful source
 * that corrected them. A source that spoke on one subject only, with others, weighs there what its
 * group's prior earned. Only that prior still carries something of the subject: it averages
 * every source of the group, this one included, so in a group of {@code n} sources a source's
 * agreement on a subject moves its prior there by at most {@code 1/(n + k)}, and its share of
 * the mean of all sources by less. Groups are meant to hold many sources (see {@link
 * Builder#groupBy}).
 *
 * <p><b>Damping.</b> An accuracy that a round would move back the way it came moves only halfway
 * (its step changes sign: it overshot). The values the rounds settle on are the same, but they
 * settle where full steps would swing for ever: two sources that only ever contradict each other
 * would otherwise trade places every round (a prior of 0.75 makes each agree by 1/7, which makes
 * the prior 1/7, which makes each agree by 0.75 again), and now meet at {@code √2 - 1}. Steps
 * that keep their direction are taken whole, and the accuracies handed over are those the last
 * round's evidence gives, undamped: a source that agrees throughout is at the cap exactly. Some
 * small, tightly knit sets of claims still swing in longer cycles, mostly with a prior strength
 * below the default; learning then stops at the limit and {@link SourceWeights#converged()} is
 * false.
 *
 * <p>Rounds stop when no accuracy, over a whole record or without one subject, is more than the
 * {@linkplain #tolerance() tolerance} from the value the round computes for it, or after
 * {@linkplain #maxIterations() at most so many}; {@link SourceWeights#converged()} says which.
 * A source's weight is then the log-odds {@code ln(2p / (1 - p))} of its accuracy, the weight
 * under which a weighted vote of independent sources picks the most probable value, rounded to
 * six decimals; a source whose log-odds fall below {@link SourceWeights#MIN_WEIGHT} (accuracy
 * about a third or less) gets that instead, since a reconciler's weights cannot be negative.
 *
 * <p><b>Cost and determinism.</b> Each round costs time linear in the number of claims (times a
 * logarithm for subjects claimed as ranges). The claims are ordered by their content (subject,
 * unit, time, source id, claim, then the source's other attributes), never by their order in the
 * collection: the same claims give the same weights in any order. The arithmetic uses {@link
 * StrictMath}, so they are the same to the last bit on every platform and Java version. Renaming
 * sources changes the order sources sort in, and so the order of some sums: accuracies and
 * agreements may then differ in their last bits, which the rounding of weights to six decimals
 * almost always hides.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TruthDiscovery {
  private static final TruthDiscovery DEFAULTS = builder().build();
  /**
   * Every source's accuracy before the first round: the same for all, so that the first round is a
   * plain majority vote, and well above a third, so that every vote counts for its value.
   */
  private static final double START = 0.75;
  /**
   * How many wrong values a wrong claim is taken to choose among. Numbers are rarely wrong in the
   * same way, so agreeing on a value says more than a coin flip would: with two, a source keeps a
   * positive say down to accuracy 1/3, and a handful of middling sources does not turn the vote
   * against the values they agree on.
   */
  static final double WRONG_VALUES = 2;

  private final int maxIterations;
  private final double priorStrength;
  private final double tolerance;
  private final double maxAccuracy;
  private final Function<? super Source, ?> groupBy;

  private TruthDiscovery(Builder builder) {
    this.maxIterations = builder.maxIterations;
    this.priorStrength = builder.priorStrength;
    this.tolerance = builder.tolerance;
    this.maxAccuracy = builder.maxAccuracy;
    this.groupBy = builder.groupBy;
  }

  /**
   * Returns the defaults: at most 100 rounds, prior strength 2, tolerance 1e-6, maximum accuracy
   * 0.99, sources grouped by {@link Source#kind() kind}.
   *
   * @return the default learner
   */
  public static TruthDiscovery defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the {@linkplain #defaults() defaults}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The greatest number of rounds. */
  public int maxIterations() {
    return maxIterations;
  }

  /** How many subjects' worth of evidence the group's prior counts as. */
  public double priorStrength() {
    return priorStrength;
  }

  /**
   * The largest distance between an accuracy and the value a round computes for it at which the
   * rounds stop.
   */
  public double tolerance() {
    return tolerance;
  }

  /** The highest accuracy any source can be given; the lowest is one minus this. */
  public double maxAccuracy() {
    return maxAccuracy;
  }

  /**
   * Learns a weight for every source of the claims.
   *
   * @param claims the claims, about any number of subjects, not null and without null elements
   * @return the weights, with the evidence for each
   * @throws NullPointerException if {@code claims} or an element is null, or the group of a
   *     source is null
   */
  public SourceWeights learn(Collection<Claim> claims) {
    Evidence evidence = Evidence.of(claims, groupBy);
    int sources = evidence.sourceCount();
    int groups = evidence.groupCount();
    int voices = evidence.voiceCount();
    double[] accuracy = new double[sources];
    double[] agreements = new double[sources];
    double[] groupPrior = new double[groups];
    double[] voiceAgreements = new double[voices];
    // The accuracy of each voice's source without the voice's own subject, and its log-odds.
    double[] voiceAccuracy = new double[voices];
    double[] voiceLogOdds = new double[voices];
    // The last step of each accuracy, to see one that turns back.
    double[] step = new double[sources];
    double[] voiceStep = new double[voices];
    double overallPrior = 0.5;
    Arrays.fill(accuracy, START);
    Arrays.fill(voiceAccuracy, START);
    Arrays.fill(voiceLogOdds, logOdds(START));
    int iterations = 0;
    boolean converged = false;
    while (iterations < maxIterations && !converged) {
      iterations++;
      evidence.agreements(voiceLogOdds, agreements, voiceAgreements);
      overallPrior = groupPriors(evidence, agreements, groupPrior);
      double change = 0;
      for (int s = 0; s < sources; s++) {
        double computed = accuracy(evidence, s, groupPrior, agreements);
        change = Math.max(change, Math.abs(computed - accuracy[s]));
        accuracy[s] = damped(accuracy[s], computed, step, s);
      }
      for (int v = 0; v < voices; v++) {
        double computed = voiceAccuracy(evidence, v, groupPrior, agreements, voiceAgreements);
        change = Math.max(change, Math.abs(computed - voiceAccuracy[v]));
        voiceAccuracy[v] = damped(voiceAccuracy[v], computed, voiceStep, v);
        voiceLogOdds[v] = logOdds(voiceAccuracy[v]);
      }
      converged = change <= tolerance;
    }
    // The last round's values undamped, as its evidence gives them: a source agreeing throughout
    // is at the cap, and a voice with nothing but its own subject on record at its group's prior.
    for (int s = 0; s < sources; s++) {
      accuracy[s] = accuracy(evidence, s, groupPrior, agreements);
    }
    for (int v = 0; v < voices; v++) {
      voiceAccuracy[v] = voiceAccuracy(evidence, v, groupPrior, agreements, voiceAgreements);
      voiceLogOdds[v] = logOdds(voiceAccuracy[v]);
    }
    double[] voiceWeights = new double[voices];
    for (int v = 0; v < voices; v++) {
      voiceWeights[v] = weightOf(voiceAccuracy[v]);
    }
    // The reported agreements are those under the final accuracies.
    evidence.agreements(voiceLogOdds, agreements, voiceAgreements);
    SourceWeight[] weights = new SourceWeight[sources];
    for (int s = 0; s < sources; s++) {
      weights[s] = SourceWeight.of(
          evidence.sourceIds[s], weightOf(accuracy[s]), accuracy[s], evidence.subjects[s],
          evidence.compared[s], Math.min(agreements[s], evidence.subjects[s]));
    }
    double[] groupWeight = new double[groups];
    for (int g = 0; g < groups; g++) {
      groupWeight[g] = weightOf(groupPrior[g]);
    }
    return new SourceWeights(
        weights, evidence.groupKeys, groupWeight, weightOf(overallPrior), groupBy, evidence.items,
        evidence.itemStart, evidence.voiceSource, voiceWeights, iterations, converged);
  }

  /**
   * Sets each group's prior to the mean agreement rate of its sources (each source counting once,
   * so that a prolific source does not speak for its whole group), shrunk towards the same mean
   * over all sources as if that were the rate of {@code k} more sources of the group; returns that
   * overall mean, the prior of a group not seen. A group of few sources thus stays near what all
   * sources earn: a group of one, agreeing once, is not a group whose every source can be trusted
   * to the cap.
   */
  private double groupPriors(Evidence evidence, double[] agreements, double[] groupPrior) {
    double[] sum = new double[groupPrior.length];
    int[] count = new int[groupPrior.length];
    double total = 0;
    int all = 0;
    for (int s = 0; s < evidence.sourceCount(); s++) {
      if (evidence.subjects[s] > 0) {
        double rate = agreements[s] / evidence.subjects[s];
        sum[evidence.groupOf[s]] += rate;
        count[evidence.groupOf[s]]++;
        total += rate;
        all++;
      }
    }
    double overall = all == 0 ? 0.5 : clamp(total / all);
    for (int g = 0; g < groupPrior.length; g++) {
      groupPrior[g] = clamp((priorStrength * overall + sum[g]) / (priorStrength + count[g]));
    }
    return overall;
  }

  /** A source's accuracy over its whole record. */
  private double accuracy(Evidence evidence, int s, double[] groupPrior, double[] agreements) {
    return clamp((priorStrength * groupPrior[evidence.groupOf[s]] + agreements[s])
        / (priorStrength + evidence.subjects[s]));
  }

  /** The accuracy of a voice's source over its record without the voice's subject. */
  private double voiceAccuracy(Evidence evidence, int v, double[] groupPrior, double[] agreements,
      double[] voiceAgreements) {
    int s = evidence.voiceSource[v];
    // Integers and agreements first, so that a tiny prior strength does not vanish into them and
    // leave 0 / 0.
    return clamp((priorStrength * groupPrior[evidence.groupOf[s]]
        + (agreements[s] - voiceAgreements[v]))
        / (priorStrength + (evidence.subjects[s] - 1)));
  }

  /**
   * The accuracy a round moves to from {@code last}: {@code computed}, or halfway to it when that
   * step would turn back from the previous one, {@code steps[i]}, which it then replaces (see
   * "Damping" above).
   */
  private static double damped(double last, double computed, double[] steps, int i) {
    double step = computed - last;
    if (step * steps[i] < 0) {
      step /= 2;
    }
    steps[i] = step;
    return last + step;
  }

  private double clamp(double accuracy) {
    return Math.min(maxAccuracy, Math.max(1 - maxAccuracy, accuracy));
  }

  /**
   * How strongly a claim by a source of this accuracy speaks for its value: the log of the odds
   * that the value is right given the claim, when a wrong source picks one of {@link
   * #WRONG_VALUES} wrong values.
   */
  private static double logOdds(double accuracy) {
    return StrictMath.log(WRONG_VALUES * accuracy / (1 - accuracy));
  }

  /**
   * The log-odds, at least {@link SourceWeights#MIN_WEIGHT}, rounded to six decimals: floating
   * point sums taken in another order (after renaming sources, say) can differ in the last bits,
   * and the rounding keeps sources with the same record at exactly the same weight.
   */
  private static double weightOf(double accuracy) {
    double weight = Math.max(SourceWeights.MIN_WEIGHT, logOdds(accuracy));
    return Math.round(weight * 1e6) / 1e6;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "TruthDiscovery[maxIterations=%d, priorStrength=%s, tolerance=%s, maxAccuracy=%s]",
        maxIterations, priorStrength, tolerance, maxAccuracy);
  }

  /** Builds a {@link TruthDiscovery}, starting from the defaults. Not thread-safe. */
  public static final class Builder {
    private int maxIterations = 100;
    private double priorStrength = 2;
    private double tolerance = 1e-6;
    private double maxAccuracy = 0.99;
    private Function<? super Source, ?> groupBy = Source::kind;

    private Builder() {}

    /**
     * Sets the greatest number of rounds; default 100.
     *
     * @param maxIterations at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxIterations} is below 1
     */
    public Builder maxIterations(int maxIterations) {
      if (maxIterations < 1) {
        throw new IllegalArgumentException("max iterations " + maxIterations + " is below 1");
      }
      this.maxIterations = maxIterations;
      return this;
    }

    /**
     * Sets how many subjects' worth of evidence a source's group prior counts as; default 2.
     * Larger values keep sources with short records closer to their group.
     *
     * @param priorStrength a positive, finite number
     * @return this builder
     * @throws IllegalArgumentException if {@code priorStrength} is not positive and finite
     */
    public Builder priorStrength(double priorStrength) {
      if (!(priorStrength > 0 && Double.isFinite(priorStrength))) {
        throw new IllegalArgumentException(
            "prior strength " + priorStrength + " is not a positive finite number");
      }
      this.priorStrength = priorStrength;
      return this;
    }

    /**
     * Sets the largest distance between any accuracy (a source's, over its whole record or without
     * one of its subjects) and the value a round computes for it at which the rounds stop; default
     * 1e-6.
     *
     * @param tolerance a non-negative, finite number; 0 runs until no accuracy changes at all, or
     *     every round
     * @return this builder
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    public Builder tolerance(double tolerance) {
      if (!(tolerance >= 0 && Double.isFinite(tolerance))) {
        throw new IllegalArgumentException(
            "tolerance " + tolerance + " is not a non-negative finite number");
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the highest accuracy any source can be given, which caps its weight at {@code
     * ln(2 maxAccuracy / (1 - maxAccuracy))}; default 0.99 (a weight of at most about 5.29). No
     * record of agreement proves a source infallible, and the cap keeps one source from outvoting
     * every other.
     *
     * @param maxAccuracy a number above 0.5 and below 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxAccuracy} is not above 0.5 and below 1
     */
    public Builder maxAccuracy(double maxAccuracy) {
      if (!(maxAccuracy > 0.5 && maxAccuracy < 1)) {
        throw new IllegalArgumentException(
            "max accuracy " + maxAccuracy + " is not above 0.5 and below 1");
      }
      this.maxAccuracy = maxAccuracy;
      return this;
    }

    /**
     * Sets how sources are grouped for their prior; default {@link Source#kind()}. Sources of one
     * group share what a new source of that group is expected to be worth: a source with a short
     * record is shrunk towards its group's mean agreement rate. Group by something that says how
     * far a source can be trusted before it has a record, such as whether it is registered or
     * anonymous; {@code source -> "all"} gives every source the same prior. A group should hold
     * many sources: its prior averages them all, each one included, and only {@code k} more
     * sources' worth of the mean of all sources, so that a small group still leans towards its
     * own members. The function must be deterministic; its results are
     * compared with {@code equals}. A source id that occurs with different {@link Source} values
     * is grouped by the one in its first claim in content order (see {@link TruthDiscovery}),
     * whatever the order of the claims.
     *
     * @param groupBy from a source to its group, not null, never returning null
     * @return this builder
     */
    public Builder groupBy(Function<? super Source, ?> groupBy) {
      this.groupBy = Objects.requireNonNull(groupBy, "groupBy");
      return this;
    }

    /**
     * Builds the learner.
     *
     * @return the learner
     */
    public TruthDiscovery build() {
      return new TruthDiscovery(this);
    }
  }
}
