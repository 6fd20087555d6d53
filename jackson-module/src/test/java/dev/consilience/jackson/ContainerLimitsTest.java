package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Range;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A number longer than the parser's {@code StreamReadConstraints.maxNumberLength} between the
 * elements of an array, collection or map of model values, where Jackson's own container
 * deserializer reads the token, fails as a mapping error at its path, as within a model value.
 */
class ContainerLimitsTest extends ModuleTestBase {
  private static final int LIMIT = 20;
  private static final String LONG = "1".repeat(LIMIT + 1);
  private static final String PROBLEM = "number value length (" + (LIMIT + 1)
      + ") exceeds the maximum allowed (" + LIMIT;
  private static final String CLAIM = "{\"subject\":{\"id\":\"s\"},\"quantity\":{\"range\":{},"
      + "\"unit\":\"u\"},\"source\":{\"id\":\"x\",\"name\":\"n\"}}";

  private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(LIMIT).build())
      .build())
      .registerModule(new ConsilienceModule())
      .registerModule(new Jdk8Module());

  /** A type of the user's own holding a list of claims. */
  public record Batch(List<Claim> claims) {}

  /** A type of the user's own holding one claim. */
  public record Box(Claim claim) {}

  static Stream<Arguments> tooLongNumbersBetweenElements() {
    return Stream.of(
        Arguments.of(new TypeReference<List<Claim>>() {}, "[" + CLAIM + "," + LONG + "]", "$[1]"),
        Arguments.of(new TypeReference<List<Claim>>() {}, "[" + LONG + "]", "$[0]"),
        Arguments.of(new TypeReference<Claim[]>() {}, "[" + CLAIM + "," + LONG + "]", "$[1]"),
        Arguments.of(new TypeReference<List<Hedge>>() {}, "[\"none\"," + LONG + "]", "$[1]"),
        Arguments.of(new TypeReference<List<Optional<Range>>>() {}, "[{}," + LONG + "]", "$[1]"),
        Arguments.of(new TypeReference<List<List<Claim>>>() {},
            "[[" + CLAIM + "]," + LONG + "]", "$[1]"),
        Arguments.of(new TypeReference<List<List<Claim>>>() {},
            "[[" + CLAIM + "," + LONG + "]]", "$[0][1]"),
        Arguments.of(new TypeReference<Map<String, Claim>>() {},
            "{\"a\":" + CLAIM + ",\"b c\":" + LONG + "}", "$['b c']"),
        Arguments.of(new TypeReference<Map<String, List<Claim>>>() {},
            "{\"a\":[" + LONG + "]}", "$.a[0]"),
        Arguments.of(new TypeReference<Map<Range, Integer>>() {},
            "{\"[1, 2]\":" + LONG + "}", "$['[1, 2]']"),
        Arguments.of(new TypeReference<Batch>() {},
            "{\"claims\":[" + CLAIM + "," + LONG + "]}", "$.claims[1]"));
  }

  @ParameterizedTest
  @MethodSource("tooLongNumbersBetweenElements")
  void aTooLongNumberBetweenElementsIsAMappingErrorAtItsPath(TypeReference<?> type, String json,
      String path) {
    assertThatThrownBy(() -> mapper.readValue(json, type))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(path + ": " + PROBLEM)
        .hasMessageContaining("line: 1, column: ");
  }

  @Test
  void theReferencePathNamesTheElementWithTheTooLongNumber() {
    assertThatThrownBy(() -> mapper.readValue("{\"claims\":[" + CLAIM + "," + LONG + "]}",
        Batch.class))
        .isInstanceOfSatisfying(MismatchedInputException.class, e -> {
          assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
              .containsExactly("claims", null);
          assertThat(e.getPath()).extracting(JsonMappingException.Reference::getIndex)
              .containsExactly(-1, 1);
        });
  }

  @Test
  void anArrayKeepsTheReferenceJacksonGaveTheElement() {
    assertThatThrownBy(() -> mapper.readValue("[" + CLAIM + "," + LONG + "]", Claim[].class))
        .isInstanceOfSatisfying(MismatchedInputException.class, e ->
            assertThat(e.getPath()).extracting(JsonMappingException.Reference::getIndex)
                .containsExactly(1));
  }

  /** A container of no model type is Jackson's own business: the module leaves it alone. */
  @Test
  void aContainerOfOtherTypesFailsAsJacksonMakesIt() {
    assertThatThrownBy(() -> mapper.readValue("[1," + LONG + "]",
        new TypeReference<List<Integer>>() {}))
        .isExactlyInstanceOf(StreamConstraintsException.class);
  }

  /**
   * A root value, and each value of a {@code MappingIterator}, is read by Jackson before any
   * deserializer is asked: a broken limit there is the parser's own error, with no path.
   */
  @Test
  void aTooLongNumberAsTheRootValueIsTheParsersOwnError() {
    assertThatThrownBy(() -> mapper.readValue(LONG, Claim.class))
        .isInstanceOfSatisfying(StreamConstraintsException.class, e ->
            assertThat(e.getLocation()).isNull())
        .hasMessageStartingWith("Number value length (" + (LIMIT + 1) + ")");
  }

  /**
   * Between the properties of a type of the user's own, Jackson's bean deserializer reads the
   * token: the module does not take over the user's types, and the error is the parser's own.
   */
  @Test
  void aTooLongNumberAsAPropertyOfAUsersTypeIsTheParsersOwnError() {
    assertThatThrownBy(() -> mapper.readValue("{\"claim\":" + LONG + "}", Box.class))
        .isExactlyInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void aTooLongNumberBetweenTheValuesOfAMappingIteratorIsTheParsersOwnError() throws Exception {
    try (MappingIterator<Claim> it =
        mapper.readerFor(Claim.class).readValues(CLAIM + "\n" + LONG)) {
      it.nextValue();

      assertThatThrownBy(it::nextValue)
          .isExactlyInstanceOf(StreamConstraintsException.class)
          .hasMessageStartingWith("Number value length (" + (LIMIT + 1) + ")");
      assertThat(it.getCurrentLocation().getLineNr()).isEqualTo(2);
    }
  }
}
