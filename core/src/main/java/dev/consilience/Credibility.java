package dev.consilience;

/**
 * How credible a {@link Claim} is in itself, graded 1 to 6 as in the Admiralty code (NATO
 * AJP-2.1), independently of the reliability of its source.
 */
public enum Credibility {
  /** 1: confirmed by other independent sources. */
  CONFIRMED(1),
  /** 2: probably true; not confirmed, but logical and consistent with other information. */
  PROBABLY_TRUE(2),
  /** 3: possibly true; reasonably logical, agrees with some other information. */
  POSSIBLY_TRUE(3),
  /** 4: doubtful; possible but not logical, no other information on the subject. */
  DOUBTFUL(4),
  /** 5: improbable; not logical, contradicted by other information. */
  IMPROBABLE(5),
  /** 6: truth cannot be judged. The default. */
  CANNOT_BE_JUDGED(6);

  private final int code;

  Credibility(int code) {
    this.code = code;
  }

  /** The grade, from 1 ({@link #CONFIRMED}) to 6 ({@link #CANNOT_BE_JUDGED}). */
  public int code() {
    return code;
  }

  /**
   * Returns the credibility with a grade.
   *
   * @param code the grade, 1 to 6
   * @return the credibility
   * @throws IllegalArgumentException if the grade is not 1 to 6
   */
  public static Credibility ofCode(int code) {
    if (code < 1 || code > 6) {
      throw new IllegalArgumentException("credibility grade " + code + " is not 1 to 6");
    }
    return values()[code - 1];
  }
}
