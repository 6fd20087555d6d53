package dev.consilience.text;

import static dev.consilience.text.TextGenerators.garbage;
import static dev.consilience.text.TextGenerators.readsOrFailsInside;
import static dev.consilience.text.TextGenerators.ranges;
import static dev.consilience.text.TextGenerators.spans;
import static org.quicktheories.QuickTheory.qt;

import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.text.EnglishFormatter.Style;
import dev.consilience.text.EnglishFormatter.Wording;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link QuantityParser}, checked on generated phrases and on garbage. */
class QuantityParserPropertiesTest {
  @Test
  void aFormattedQuantityParsesBackToItsRangeHedgeAndUnit() {
    qt().forAll(ranges().mix(spans(), 20), Generate.enumValues(Hedge.class), writings())
        .asWithPrecursor((range, hedge, writing) ->
            EnglishFormatter.format(range, hedge, writing.wording(), writing.style()))
        .check((range, hedge, writing, text) -> {
          Quantity quantity = QuantityParser.english().parse(text);
          return quantity.range().equals(range)
              && quantity.hedge() == hedge
              && quantity.unit().equals(writing.wording().unit())
              && quantity.stated().orElseThrow()
                  .equals(text.substring(0, text.length() - writing.style().end().length()));
        });
  }

  /** A wording of a unit and a style to write it in. */
  record Writing(Wording wording, Style style) {}

  private static Gen<Writing> writings() {
    Gen<Style> styles = Generate.pick(EnglishFormatter.GROUPINGS)
        .zip(Generate.pick(EnglishFormatter.TOS), Generate.pick(EnglishFormatter.ABOUTS),
            Generate.pick(EnglishFormatter.ENDS), (grouping, to, about, end) ->
                new Style(grouping, to, about, end, false, false))
        .zip(Generate.booleans(), Generate.booleans(), (style, afterNoun, vague) ->
            new Style(style.grouping(), style.to(), style.about(), style.end(), afterNoun, vague));
    return Generate.pick(EnglishFormatter.WORDINGS).zip(styles, Writing::new)
        .mix(Generate.pick(EnglishFormatter.WORDINGS).map(w -> new Writing(w, Style.PLAIN)), 20);
  }

  @Test
  void garbageGivesAQuantityOrAnErrorInsideTheText() {
    qt().withExamples(3_000).forAll(garbage()).check(
        text -> readsOrFailsInside(text, t -> QuantityParser.english().parse(t)));
  }

}
