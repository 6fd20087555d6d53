package dev.consilience.discovery;

import org.immutables.value.Value;

/**
 * What was learned about one source, and the evidence behind it.
 *
 * <p>What is counted as a subject is what {@link TruthDiscovery} compares: a subject in one unit
 * and, unless its value is {@link dev.consilience.Trend#FIXED FIXED}, at one time. A subject
 * claimed at three times, or in two units, counts three times, or twice. It counts once per source
 * however many claims the source made about it there (an origin is one voice per subject). A
 * subject is <em>compared</em> when at least one other source spoke on it too. On each subject
 * the source's {@linkplain #agreements() agreement} is a number between 0 and 1: how far the
 * other sources, weighed by what has been learned about them, support a value inside the range
 * the source claimed rather than another (see {@link TruthDiscovery}); on a subject nobody else
 * spoke on it is one half, as nothing confirms or contradicts the claim.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
@Value.Immutable
public abstract class SourceWeight {
  SourceWeight() {}

  static SourceWeight of(
      String sourceId,
      double weight,
      double accuracy,
      int subjects,
      int compared,
      double agreements) {
    return ImmutableSourceWeight.make(sourceId, weight, accuracy, subjects, compared, agreements);
  }

  /** The source's {@linkplain dev.consilience.Source#id() id}. */
  @Value.Parameter
  public abstract String sourceId();

  /**
   * The weight of this source's record over all its subjects: finite and non-negative. A claim of
   * the source gets it, except on a subject where the source was compared with others, where the
   * claim weighs the record without that subject (see {@link SourceWeights#weightOf}).
   */
  @Value.Parameter
  public abstract double weight();

  /**
   * The estimated probability that a claim of this source is right: its agreements, plus the
   * prior of its group counted as {@linkplain TruthDiscovery#priorStrength() a few subjects' worth}
   * of evidence, over its subjects plus those few. The agreements are those of the last round;
   * {@link #agreements()} reports them under the accuracies that round produced, so the two
   * match only as far as learning {@linkplain SourceWeights#converged() converged}.
   */
  @Value.Parameter
  public abstract double accuracy();

  /**
   * How many subjects the source spoke on, each in one unit and, unless {@code FIXED}, at one time
   * (see the class comment).
   */
  @Value.Parameter
  public abstract int subjects();

  /** How many of those subjects another source spoke on too; at most {@link #subjects()}. */
  @Value.Parameter
  public abstract int compared();

  /**
   * How far the source agreed with the others, summed over its subjects: between 0 and {@link
   * #subjects()}, fractional because a partly supported claim partly agrees, and one half for
   * each subject nobody else spoke on.
   */
  @Value.Parameter
  public abstract double agreements();

  /** Agreements per subject, between 0 and 1. */
  public double agreementRate() {
    return agreements() / subjects();
  }

  @Value.Check
  void check() {
    if (!(weight() >= 0 && Double.isFinite(weight()))) {
      throw new IllegalArgumentException(
          "weight " + weight() + " of source " + sourceId() + " is not finite and non-negative");
    }
    if (!(accuracy() >= 0 && accuracy() <= 1)) {
      throw new IllegalArgumentException(
          "accuracy " + accuracy() + " of source " + sourceId() + " is not between 0 and 1");
    }
    if (subjects() < 1 || compared() < 0 || compared() > subjects()) {
      throw new IllegalArgumentException(
          "source " + sourceId() + " compared on " + compared() + " of " + subjects()
              + " subjects");
    }
    if (!(agreements() >= 0 && agreements() <= subjects())) {
      throw new IllegalArgumentException(
          "source " + sourceId() + " agreed " + agreements() + " times on " + subjects()
              + " subjects");
    }
  }

  /**
   * Returns a one-line account, such as {@code ipcc: weight 4.178 (accuracy 0.970, agreed 39.4 of
   * 40 subjects, 34 compared)}.
   */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: weight %.3f (accuracy %.3f, agreed %.1f of %d subjects, %d compared)",
        sourceId(), weight(), accuracy(), agreements(), subjects(), compared());
  }
}
