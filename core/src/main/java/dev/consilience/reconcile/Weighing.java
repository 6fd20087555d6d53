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
 * stands for it ({@code 0.8}), and all are scaled to whole numbers of a common decimal unit; the
 * sweep then adds and compares them exactly. When that cannot fit in 62 bits (weights with very
 * many digits or of wildly different magnitudes), weights are instead rounded to a grid of
 * 2<sup>-62</sup> of the total, still the same for every order of the claims.
 */
final class Weighing {
  private static final int MAX_DIGITS = 15;
  private static final long LIMIT = 1L << 62;
  private static final double[] POWERS = new double[MAX_DIGITS + 1];
  private static final long[] LONG_POWERS = new long[MAX_DIGITS + 1];

  static {
    for (int d = 0; d <= MAX_DIGITS; d++) {
      POWERS[d] = Math.pow(10, d);
      LONG_POWERS[d] = BigInteger.TEN.pow(d).longValueExact();
    }
  }

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
    long[] units = new long[count];
    int[] digits = new int[count];
    int scale = 0;
    boolean exact = true;
    for (int i = 0; i < count && exact; i++) {
      digits[i] = decimalDigits(weights[i]);
      exact = digits[i] >= 0;
      scale = Math.max(scale, digits[i]);
    }
    long sum = 0;
    for (int i = 0; i < count && exact; i++) {
      // weights[i] is m / 10^digits with m a whole number below 2^53: exact in double.
      long m = Math.round(weights[i] * POWERS[digits[i]]);
      long factor = LONG_POWERS[scale - digits[i]];
      exact = m <= LIMIT / factor;
      units[i] = m * factor;
      sum += units[i];
      exact &= sum < LIMIT;
    }
    if (exact) {
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

  /**
   * The fewest decimal digits d such that the weight is the double nearest to some whole m
   * divided by 10^d (0.8 is 8 / 10: one digit), or -1 if more than 15 digits would be needed.
   */
  static int decimalDigits(double weight) {
    for (int d = 0; d <= MAX_DIGITS; d++) {
      double m = Math.rint(weight * POWERS[d]);
      if (m < 0x1p53 && m / POWERS[d] == weight) {
        return d;
      }
    }
    return -1;
  }

  /** The decimal a weight stands for: m / 10^d as in {@link #decimalDigits}. */
  static BigDecimal decimal(double weight) {
    int digits = decimalDigits(weight);
    return digits < 0 ? BigDecimal.valueOf(weight)
        : BigDecimal.valueOf(Math.round(weight * POWERS[digits]), digits);
  }
}
