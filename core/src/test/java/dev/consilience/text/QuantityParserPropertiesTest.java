package dev.consilience.text;

import static dev.consilience.text.TextGenerators.garbage;
import static dev.consilience.text.TextGenerators.readsOrFailsInside;
import static dev.consilience.text.TextGenerators.ranges;
import static org.quicktheories.QuickTheory.qt;

import dev.consilience.Hedge;
import dev.consilience.Quantity;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** Laws of {@link QuantityParser}, checked on generated phrases and on garbage. */
class QuantityParserPropertiesTest {
  @Test
  void aFormattedQuantityParsesBackToItsRangeHedgeAndUnit() {
    qt().forAll(
            ranges(), Generate.enumValues(Hedge.class), Generate.pick(EnglishFormatter.WORDINGS))
        .asWithPrecursor((range, hedge, wording) -> EnglishFormatter.format(range, hedge, wording))
        .check((range, hedge, wording, text) -> {
          Quantity quantity = QuantityParser.english().parse(text);
          return quantity.range().equals(range)
              && quantity.hedge() == hedge
              && quantity.unit().equals(wording.unit())
              && quantity.stated().orElseThrow().equals(text);
        });
  }

  @Test
  void garbageGivesAQuantityOrAnErrorInsideTheText() {
    qt().withExamples(3_000).forAll(garbage()).check(
        text -> readsOrFailsInside(text, t -> QuantityParser.english().parse(t)));
  }

}
