package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Range;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A string longer than the parser's {@code StreamReadConstraints.maxStringLength}, wherever a
 * model value holds it, fails as a mapping error at its path, as other broken limits do.
 */
class StringLimitsTest extends ModuleTestBase {
  private static final int LIMIT = 20;
  private static final String LONG = "x".repeat(LIMIT + 1);
  private static final String PROBLEM = "string value length (" + (LIMIT + 1)
      + ") exceeds the maximum allowed (" + LIMIT;

  private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(LIMIT).build())
      .build())
      .registerModule(new ConsilienceModule());

  /** A small claim whose strings are within the limit, with {@code %s} to be replaced. */
  private static String claim(String part) {
    return "{\"subject\":{\"id\":\"s\"},\"quantity\":{\"range\":{},\"unit\":\"u\"},"
        + "\"source\":{\"id\":\"x\",\"name\":\"n\"}," + part + "}";
  }

  static Stream<Arguments> tooLongStrings() {
    return Stream.of(
        Arguments.of(Claim.class, claim("\"id\":\"" + LONG + "\""), "$.id"),
        Arguments.of(Claim.class, claim("\"quote\":\"" + LONG + "\""), "$.quote"),
        Arguments.of(Claim.class, claim("\"rank\":\"" + LONG + "\""), "$.rank"),
        Arguments.of(Claim.class, claim("\"asOf\":\"" + LONG + "\""), "$.asOf"),
        Arguments.of(Claim.class,
            claim("\"relays\":[{\"source\":{\"id\":\"b\",\"name\":\"b\"},\"kind\":\"cited\","
                + "\"url\":\"" + LONG + "\"}]"), "$.relays[0].url"),
        Arguments.of(Claim.class, claim("\"quote\":\"q\"")
            .replace("\"unit\":\"u\"", "\"unit\":\"" + LONG + "\""), "$.quantity.unit"),
        Arguments.of(Range.class, "{\"gte\":\"" + "1".repeat(LIMIT + 1) + "\"}", "$.gte"),
        Arguments.of(Hedge.class, "\"" + LONG + "\"", "$"),
        Arguments.of(Unit.class, "\"" + LONG + "\"", "$"),
        Arguments.of(TimeSpan.class, "\"" + LONG + "\"", "$"));
  }

  @ParameterizedTest
  @MethodSource("tooLongStrings")
  void aTooLongStringIsAMappingErrorAtItsPath(Class<?> type, String json, String path) {
    assertThatThrownBy(() -> mapper.readValue(json, type))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(path + ": " + PROBLEM);
  }

  @Test
  void theReferencePathNamesThePropertyWithTheTooLongString() {
    assertThatThrownBy(() -> mapper.readValue(claim("\"quote\":\"" + LONG + "\""), Claim.class))
        .isInstanceOfSatisfying(MismatchedInputException.class, e ->
            assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
                .containsExactly("quote"));
  }
}
