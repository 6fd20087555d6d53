package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Subject;
import dev.consilience.Unit;
import dev.consilience.examples.PopulationEvaluation.Standing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandingTest {
  /**
   * Each case is the gold value and the claims as {@code editor=value} pairs.
   */
  @ParameterizedTest(name = "gold {0} among [{1}] is {2}")
  @CsvSource(delimiter = ';', value = {
      "10; a=10 b=10 c=11; PLURALITY",
      "10; a=10; PLURALITY",
      "10; a=10 b=11; TIED",
      "10; a=10 b=11 c=12; TIED",
      "10; a=10 b=11 c=11; MINORITY",
      "10; a=12 b=11; UNCLAIMED",
      // An editor who says the same value twice is one editor.
      "10; a=11 a=11 b=10; TIED",
      // 10 and 10.0 are the same number.
      "10; a=10.0 b=11; TIED",
      "10.00; a=10 b=10 c=11; PLURALITY",
  })
  void standingCountsEditorsPerValue(String gold, String claims, Standing expected) {
    assertThat(Standing.of(new BigDecimal(gold), claims(claims))).isEqualTo(expected);
  }

  private static List<Claim> claims(String pairs) {
    List<Claim> claims = new ArrayList<>();
    for (String pair : pairs.split(" ")) {
      String[] editorAndValue = pair.split("=");
      claims.add(Claim.builder()
          .subject(Subject.of("springfield / Population2000"))
          .quantity(Quantity.of(
              Range.singleton(new BigDecimal(editorAndValue[1])), Unit.of("person")))
          .source(PopulationData.editor(editorAndValue[0]))
          .build());
    }
    return claims;
  }
}
