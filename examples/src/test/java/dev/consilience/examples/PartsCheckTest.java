package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.Unit;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartsCheckTest {
  @ParameterizedTest(name = "{0} + {1} against {2}")
  @CsvSource(delimiter = ';', value = {
      "[1000, 1000]; [5000, 5000]; [6000, 6000]; a + b = [6000, 6000], within the consensus"
          + " [6000, 6000] of total",
      "[1000, 2000]; [5000, 5000]; [5500, 6500]; a + b = [6000, 7000], which partly overlaps the"
          + " consensus [5500, 6500] of total",
      "[1000, 1000]; [5000, 5000]; [7000, 7000]; a + b = [6000, 6000], outside the consensus"
          + " [7000, 7000] of total: the total and its parts conflict"})
  void comparesTheSumOfThePartsWithTheTotal(String a, String b, String total, String expected) {
    assertThat(PartsCheck.describe(reconcile("total", total),
        List.of(reconcile("a", a), reconcile("b", b))))
        .isEqualTo(expected);
  }

  @Test
  void cannotAddUpPartsWithoutAConsensus() {
    Reconciliation unresolved = reconcile("a", "[1, 2]", "[10, 20]");

    assertThat(PartsCheck.describe(reconcile("total", "[6, 6]"),
        List.of(unresolved, reconcile("b", "[5, 5]"))))
        .isEqualTo("cannot add up the parts of total: a has no consensus (unresolved)");
  }

  @Test
  void cannotCompareWithATotalWithoutAConsensus() {
    Reconciliation unresolved = reconcile("total", "[1, 1]", "[5, 5]");

    assertThat(PartsCheck.describe(unresolved,
        List.of(reconcile("a", "[1, 1]"), reconcile("b", "[1, 1]"))))
        .isEqualTo("a + b = [2, 2], but total has no consensus (unresolved)");
  }

  /** Reconciles one claim per range, each from its own source of the same weight. */
  private static Reconciliation reconcile(String subject, String... ranges) {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < ranges.length; i++) {
      claims.add(claim(subject, "source-" + i, ranges[i]));
    }
    return Reconciler.defaults().reconcile(claims);
  }

  private static Claim claim(String subject, String source, String range) {
    return Claim.builder()
        .subject(Subject.of(subject))
        .quantity(Quantity.of(Range.parse(range), Unit.of("person")))
        .source(Source.of(source, source))
        .build();
  }
}
