package dev.consilience.discovery;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.Unit;

/** Short ways to write the claims the tests learn from. */
final class TestClaims {
  static final Unit PERSON = Unit.of("person");

  private TestClaims() {}

  static Claim claim(String subject, String source, long value) {
    return claim(subject, source, Range.singleton(value));
  }

  static Claim claim(String subject, String source, Range range) {
    return claim(Subject.of(subject), Source.of(source, source), range);
  }

  static Claim claim(Subject subject, Source source, Range range) {
    return Claim.builder()
        .subject(subject)
        .quantity(Quantity.of(range, PERSON))
        .source(source)
        .build();
  }

  /** The weight of a source, failing when it was not learned. */
  static double weight(SourceWeights weights, String sourceId) {
    return evidence(weights, sourceId).weight();
  }

  static SourceWeight evidence(SourceWeights weights, String sourceId) {
    return weights.find(sourceId)
        .orElseThrow(() -> new AssertionError("no weight for " + sourceId));
  }
}
