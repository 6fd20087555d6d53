package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Reliability;
import java.util.EnumMap;
import java.util.Map;

/** The default weighting: a table from the origin's reliability grade to a weight. */
enum ReliabilityWeighting implements Weighting {
  INSTANCE;

  private static final double[] WEIGHTS = {1.0, 0.8, 0.6, 0.4, 0.2, 0.5};

  @Override
  public double weightOf(Claim claim) {
    return WEIGHTS[claim.source().reliability().ordinal()];
  }

  @Override
  public String toString() {
    return "Weighting.byReliability()";
  }

  /** The table, for documentation and tests. */
  static Map<Reliability, Double> table() {
    Map<Reliability, Double> table = new EnumMap<>(Reliability.class);
    for (Reliability grade : Reliability.values()) {
      table.put(grade, WEIGHTS[grade.ordinal()]);
    }
    return table;
  }
}
