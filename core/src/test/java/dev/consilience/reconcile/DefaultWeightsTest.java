package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultWeightsTest {
  private static Claim claimFrom(Reliability reliability) {
    return Claim.builder()
        .subject(Subject.of("s"))
        .quantity(Quantity.of(Range.singleton(1), Unit.DIMENSIONLESS))
        .source(Source.builder().id("src").name("Source").reliability(reliability).build())
        .build();
  }

  @ParameterizedTest(name = "reliability {0} weighs {1}")
  @CsvSource({"A, 1.0", "B, 0.8", "C, 0.6", "D, 0.4", "E, 0.2", "F, 0.5"})
  void byReliabilityFollowsTheAdmiraltyTable(Reliability reliability, double weight) {
    assertThat(Weighting.byReliability().weightOf(claimFrom(reliability))).isEqualTo(weight);
    assertThat(ReliabilityWeighting.table()).containsEntry(reliability, weight);
  }

  @ParameterizedTest(name = "reliability {0} weighs 1 uniformly")
  @CsvSource({"A", "C", "F"})
  void uniformWeighsEveryClaimOne(Reliability reliability) {
    assertThat(Weighting.uniform().weightOf(claimFrom(reliability))).isEqualTo(1.0);
  }

  @Test
  void theBuiltInWeightingsPrintHowTheyAreObtained() {
    assertThat(Weighting.byReliability()).hasToString("Weighting.byReliability()");
    assertThat(Weighting.uniform()).hasToString("Weighting.uniform()");
  }
}
