package dev.consilience.reconcile;

import dev.consilience.Claim;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Step 5: weighs each claim with the reconciler's {@link Weighting}, checking the weight, and turns
 * the voices' weights into exact fixed-point numbers for the sweep.
 *
 * <p>Sums of {@code double}s depend on the order they are added in and miss ties that the reader
 * sees (0.8 + 0.4 is not 0.6 + 0.6 in binary). So each weight is read as the shortest decimal that
 * prints as it ({@code 0.8}), and all are scaled to whole numbers of a common decimal unit; the
 * sweep then adds and compares them exactly. When that cannot fit in 62 bits (weights with very
 * many digits or of wildly different magnitudes), weights are instead rounded to a grid of
 * 2<sup>-62</sup> of the total, still the same for every order of the claims.
 */
final class Weighing {
  private static final int MAX_SCALE = 18;
  private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(62);

  private Weighing() {}

  /**
   * Returns the weight the weighting gives a claim.
   *
   * @throws IllegalArgumentException if the weight is negative, infinite or NaN
   */
  static double weightOf(Weighting weighting, Claim claim) {
    double weight = weighting.weightOf(claim);
    if (!(weight >= 0) || weight == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "weighting " + weighting + " gave claim " + claim.id() + " (" + claim.source().name()
              + ") the weight " + weight + "; a weight must be finite and non-negative");
    }
    return weight + 0.0; // turns -0.0 into 0.0
  }

  /** Returns the weights as exact multiples of one common unit; see the class comment. */
  static long[] units(double[] weights, int count) {
    BigDecimal[] decimals = new BigDecimal[count];
    int scale = 0;
    double previous = Double.NaN;
    BigDecimal previousDecimal = null;
    for (int i = 0; i < count; i++) {
      double weight = weights[i];
      // Double.toString is slow; neighbouring voices often weigh the same.
      BigDecimal decimal = weight == previous ? previousDecimal : BigDecimal.valueOf(weight);
      previous = weight;
      previousDecimal = decimal;
      decimals[i] = decimal;
      scale = Math.max(scale, decimal.scale());
    }
    long[] units = new long[count];
    if (scale <= MAX_SCALE && exact(decimals, scale, units)) {
      return units;
    }
    double max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, weights[i]);
    }
    int bits = 62 - (64 - Long.numberOfLeadingZeros(count));
    for (int i = 0; i < count; i++) {
      units[i] = max == 0 ? 0 : Math.round(Math.scalb(weights[i] / max, bits));
    }
    return units;
  }

  private static boolean exact(BigDecimal[] decimals, int scale, long[] units) {
    long sum = 0;
    for (int i = 0; i < decimals.length; i++) {
      BigInteger unscaled = decimals[i].setScale(scale).unscaledValue();
      if (unscaled.compareTo(LIMIT) >= 0) {
        return false;
      }
      units[i] = unscaled.longValue();
      sum += units[i];
      if (sum >= LIMIT.longValue()) {
        return false;
      }
    }
    return true;
  }
}
