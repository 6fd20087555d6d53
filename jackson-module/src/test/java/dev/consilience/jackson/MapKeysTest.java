package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.consilience.Bound;
import dev.consilience.Hedge;
import dev.consilience.Range;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Model values as the keys of maps: written as text, read back, refused with the key named. */
class MapKeysTest extends ModuleTestBase {
  private final ObjectMapper mapper = mapperWithModule();

  private JavaType mapOf(Class<?> keyType) {
    return mapper.getTypeFactory().constructMapType(LinkedHashMap.class, keyType, Integer.class);
  }

  private Map<?, ?> read(String json, Class<?> keyType) throws IOException {
    return mapper.readValue(json, mapOf(keyType));
  }

  @ParameterizedTest
  @MethodSource("dev.consilience.jackson.ValuesTest#everyEnumValue")
  void anEnumKeyIsItsLowerCaseNameAndReadsBack(Enum<?> value) throws IOException {
    String json = mapper.writeValueAsString(Map.of(value, 1));

    assertThat(json).isEqualTo("{\"" + value.name().toLowerCase(Locale.ROOT) + "\":1}");
    assertThat(read(json, value.getDeclaringClass())).isEqualTo(Map.of(value, 1));
  }

  @Test
  void aUnitKeyIsItsCodeAndReadsBack() throws IOException {
    Map<Unit, Integer> units = new LinkedHashMap<>();
    units.put(Unit.of("person"), 1);
    units.put(Unit.of("USD/person"), 2);
    String json = mapper.writeValueAsString(units);

    assertThat(json).isEqualTo("{\"person\":1,\"USD/person\":2}");
    assertThat(read(json, Unit.class)).isEqualTo(units);
  }

  @Test
  void everyTimeSpanKeyIsItsIsoFormAndReadsBack() {
    qt().withExamples(200).forAll(Generators.timeSpans()).checkAssert(span -> {
      try {
        String json = mapper.writeValueAsString(Map.of(span, 1));

        assertThat(json).isEqualTo("{\"" + span + "\":1}");
        assertThat(read(json, TimeSpan.class)).isEqualTo(Map.of(span, 1));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void aRangeKeyIsItsIntervalNotation() throws IOException {
    assertThat(mapper.writeValueAsString(Map.of(Range.closedOpen(1, 2), 1)))
        .isEqualTo("{\"[1, 2)\":1}");
    assertThat(mapper.writeValueAsString(Map.of(Range.all(), 1)))
        .isEqualTo("{\"(-∞, +∞)\":1}");
  }

  @Test
  void everyRangeKeyReadsBack() {
    qt().withExamples(500).forAll(Generators.ranges()).checkAssert(range -> {
      try {
        String json = mapper.writeValueAsString(Map.of(range, 1));

        assertThat(read(json, Range.class)).isEqualTo(Map.of(range, 1));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  static Stream<Arguments> badKeys() {
    return Stream.of(
        Arguments.of(Hedge.class, "{\"JUST_OVER\":1}", "$.JUST_OVER: map key 'JUST_OVER' is not "
            + "a hedge: expected one of: none, approximately, nearly, just_over"),
        Arguments.of(Unit.class, "{\" person\":1}", "$[' person']: map key ' person' is not a "
            + "unit: unit code ' person' has leading or trailing white space"),
        Arguments.of(TimeSpan.class, "{\"2025-13\":1}", "$['2025-13']: map key '2025-13' is not "
            + "a time span: cannot read '2025-13'"),
        Arguments.of(Range.class, "{\"(0, 1)\":1,\"[5, 3]\":2}", "$['[5, 3]']: map key "
            + "'[5, 3]' is not a range: cannot read '[5, 3]' at index 4: lower bound 5 is above "
            + "upper bound 3"),
        Arguments.of(Range.class, "{\"x\":1}", "$.x: map key 'x' is not a range: cannot read 'x'"));
  }

  @ParameterizedTest
  @MethodSource("badKeys")
  void aBadKeyIsRefusedWithTheKeyAndTheProblem(Class<?> keyType, String json, String message) {
    assertThatThrownBy(() -> read(json, keyType))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith(message);
  }

  /** One key of every key type that is not an enum; each is of a generated subclass. */
  static Stream<Object> keysOfGeneratedClasses() {
    return Stream.of(Range.closedOpen(new BigDecimal("1.50"), BigDecimal.TEN), Range.all(),
        Unit.of("USD/person"), TimeSpan.parse("2025-01/2025-04"));
  }

  @ParameterizedTest
  @MethodSource("keysOfGeneratedClasses")
  void aKeyTypeThatIsAGeneratedSubclassReadsAsItsModelType(Object key) throws IOException {
    assertThat(key.getClass()).isNotIn(Range.class, Unit.class, TimeSpan.class);
    String json = mapper.writeValueAsString(Map.of(key, 1));

    Map<?, ?> read = read(json, key.getClass());

    assertThat(read).isEqualTo(Map.of(key, 1));
    assertThat(read.keySet().iterator().next()).isInstanceOf(key.getClass());
  }

  @ParameterizedTest
  @MethodSource("keysOfGeneratedClasses")
  void aMapIsConvertedToKeysOfAGeneratedSubclass(Object key) {
    Map<?, ?> converted = mapper.convertValue(Map.of(key, 1), mapOf(key.getClass()));

    assertThat(converted).isEqualTo(Map.of(key, 1));
  }

  @Test
  void aBadKeyOfAGeneratedSubclassIsRefusedAsForItsModelType() {
    assertThatThrownBy(() -> read("{\"[5, 3]\":1}", Range.all().getClass()))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$['[5, 3]']: map key '[5, 3]' is not a range");
  }

  @Test
  void anEnumMapReadsItsKeysAsLowerCaseNames() throws IOException {
    EnumMap<Hedge, Integer> hedges = new EnumMap<>(Hedge.class);
    hedges.put(Hedge.NONE, 1);
    hedges.put(Hedge.JUST_OVER, 2);
    String json = mapper.writeValueAsString(hedges);

    assertThat(json).isEqualTo("{\"none\":1,\"just_over\":2}");
    assertThat(mapper.readValue(json, new TypeReference<EnumMap<Hedge, Integer>>() {}))
        .isEqualTo(hedges);
  }

  /**
   * A map whose key type is {@code Object} says nothing of what its keys are: Jackson reads every
   * such key as the string written, and the module does not guess. The text is the value's exact
   * text form, which the typed map reads back.
   */
  @Test
  void aKeyOfAnObjectKeyedMapIsWrittenAsItsTextAndReadAsThatText() throws IOException {
    Map<Object, Integer> mixed = new LinkedHashMap<>();
    mixed.put(Range.closedOpen(new BigDecimal("1.50"), BigDecimal.TEN), 1);
    mixed.put(Hedge.JUST_OVER, 2);
    mixed.put(Unit.of("person"), 3);
    mixed.put(TimeSpan.parse("2025-06"), 4);
    String json = mapper.writeValueAsString(mixed);

    assertThat(json).isEqualTo("{\"[1.50, 10)\":1,\"just_over\":2,\"person\":3,\"2025-06\":4}");
    assertThat(mapper.readValue(json, new TypeReference<Map<Object, Integer>>() {}))
        .containsExactly(Map.entry("[1.50, 10)", 1), Map.entry("just_over", 2),
            Map.entry("person", 3), Map.entry("2025-06", 4));
  }

  @Test
  void aTypedMapReadsTheKeysAnObjectKeyedMapWrote() throws IOException {
    Map<Object, Integer> ranges = new LinkedHashMap<>();
    ranges.put(Range.closedOpen(new BigDecimal("1.50"), BigDecimal.TEN), 1);
    ranges.put(Range.greaterThan(6000), 2);

    Map<?, ?> read = read(mapper.writeValueAsString(ranges), Range.class);

    assertThat(read).isEqualTo(ranges);
  }

  /** Types the model values share with others name no model type: no key is read as text. */
  @ParameterizedTest
  @MethodSource("keyTypesThatAreNotModelTypes")
  void aKeyTypeThatIsNotAModelTypeIsAnErrorNotText(TypeReference<?> mapType) {
    assertThatThrownBy(() -> mapper.readValue("{\"none\":1}", mapType))
        .isInstanceOf(InvalidDefinitionException.class);
  }

  static Stream<TypeReference<?>> keyTypesThatAreNotModelTypes() {
    return Stream.of(new TypeReference<Map<Comparable<?>, Integer>>() {},
        new TypeReference<Map<Enum<?>, Integer>>() {},
        new TypeReference<Map<Bound, Integer>>() {});
  }

  @Test
  void aProblemHandlerIsAskedAboutABadKeyFirst() throws IOException {
    ObjectMapper handled = mapperWithModule().addHandler(new DeserializationProblemHandler() {
      @Override
      public Object handleWeirdKey(DeserializationContext ctxt, Class<?> rawKeyType,
          String keyValue, String failureMsg) {
        return keyValue.equals("JUST_OVER") ? Hedge.JUST_OVER : NOT_HANDLED;
      }
    });

    Map<?, ?> read = handled.readValue("{\"JUST_OVER\":1}", mapOf(Hedge.class));

    assertThat(read)
        .isEqualTo(Map.of(Hedge.JUST_OVER, 1));
  }
}
