package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.consilience.Bound;
import dev.consilience.Range;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Numbers stay exact, scale included, when values pass through Jackson's token buffers: {@code
 * valueToTree} and {@code convertValue}, to trees, to maps and back to the model.
 */
class TreesAndConversionsTest extends ModuleTestBase {
  private static final BigDecimal LONG = new BigDecimal("0.12345678901234567890123");
  private static final BigDecimal SCALED = new BigDecimal("6000.50");

  private final ObjectMapper mapper = mapperWithModule();
  /** Trees that keep a decimal's trailing zeros, which Jackson strips by default. */
  private final ObjectMapper keepingZeros = mapperWithModule()
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  @Test
  void valueToTreeHoldsExactDecimals() {
    JsonNode tree = keepingZeros.valueToTree(Range.closed(LONG, SCALED));

    assertThat(tree.get("gte").isBigDecimal()).isTrue();
    assertThat(tree.get("gte").decimalValue()).isEqualTo(LONG);
    assertThat(tree.get("lte").decimalValue()).isEqualTo(SCALED);
  }

  @Test
  void valueToTreeHoldsTheExactValueWithDefaultSettings() {
    JsonNode tree = mapper.valueToTree(Range.closed(LONG, SCALED));

    assertThat(tree.get("gte").decimalValue()).isEqualTo(LONG);
    assertThat(tree.get("lte").decimalValue()).isEqualByComparingTo(SCALED);
  }

  @Test
  void convertValueToAMapHoldsBigDecimalsWithTheirScale() {
    Map<String, Object> map = mapper.convertValue(Range.closed(LONG, SCALED),
        new TypeReference<Map<String, Object>>() {});

    assertThat(map).containsExactly(Map.entry("gte", LONG), Map.entry("lte", SCALED));
  }

  @Test
  void aTreeConvertedBackToARangeIsTheSameRange() throws IOException {
    Range range = Range.openClosed(LONG, SCALED);
    JsonNode tree = keepingZeros.convertValue(range, JsonNode.class);
    Range back = keepingZeros.treeToValue(tree, Range.class);

    assertThat(back).isEqualTo(range);
    assertThat(mapper.writeValueAsString(back)).isEqualTo(mapper.writeValueAsString(range));
  }

  @Test
  void aTreeWritesTheSameTextAsTheValue() throws IOException {
    for (Range range : Fixtures.ranges()) {
      JsonNode tree = keepingZeros.valueToTree(range);

      assertThat(keepingZeros.writeValueAsString(keepingZeros.treeToValue(tree, Range.class)))
          .as("%s", range)
          .isEqualTo(mapper.writeValueAsString(range));
    }
  }

  @Test
  void everyRangeConvertedToAMapAndBackKeepsItsEndsAndTheirScales() {
    qt().withExamples(500).forAll(Generators.ranges()).checkAssert(range -> {
      Map<String, Object> map = mapper.convertValue(range,
          new TypeReference<Map<String, Object>>() {});
      Range back = mapper.convertValue(map, Range.class);

      assertThat(back).isEqualTo(range);
      assertThat(values(back.lower())).isEqualTo(values(range.lower()));
      assertThat(values(back.upper())).isEqualTo(values(range.upper()));
    });
  }

  @Test
  void boundsAtTheLimitsSurviveConversionsAndTrees() throws IOException {
    BigDecimal thousandDigits = new BigDecimal(new java.math.BigInteger("7".repeat(1000)), 5000);
    for (BigDecimal value : List.of(new BigDecimal("12E+9999"), new BigDecimal("1E-9999"),
        thousandDigits, thousandDigits.negate().scaleByPowerOfTen(9000))) {
      Range range = Range.singleton(value);

      Map<String, Object> map = mapper.convertValue(range,
          new TypeReference<Map<String, Object>>() {});
      JsonNode tree = keepingZeros.valueToTree(range);

      assertThat(mapper.convertValue(map, Range.class)).as("%s", value).isEqualTo(range);
      assertThat(keepingZeros.treeToValue(tree, Range.class)).as("%s", value).isEqualTo(range);
      assertThat(mapper.readValue(keepingZeros.writeValueAsString(tree), Range.class))
          .as("%s", value).isEqualTo(range);
    }
  }

  /** An end's value as written, scale included, since ranges compare their ends numerically. */
  private static Optional<String> values(Optional<Bound> bound) {
    return bound.map(b -> b.value().unscaledValue() + "E" + (-b.value().scale()));
  }
}
