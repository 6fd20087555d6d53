package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.consilience.Claim;
import dev.consilience.Range;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Every way input can be wrong fails with a {@link JsonMappingException} of a documented type,
 * whose message starts with the JSON path of the problem and says what is wrong.
 */
class ErrorsTest extends ModuleTestBase {
  /** A valid claim; the tests break one part of it at a time. */
  private static final String CLAIM = "{\"id\":\"c1\","
      + "\"subject\":{\"id\":\"kursk/dprk-casualties\",\"trend\":\"cumulative\"},"
      + "\"quantity\":{\"range\":{\"gt\":6000},\"unit\":\"person\",\"hedge\":\"none\"},"
      + "\"source\":{\"id\":\"uk-mod\",\"name\":\"UK Ministry of Defence\"},"
      + "\"relays\":[{\"source\":{\"id\":\"bi\",\"name\":\"Business Insider\"},"
      + "\"kind\":\"reported\"}],"
      + "\"statedOn\":\"2025-06-15\",\"rank\":\"normal\"}";

  private final ObjectMapper mapper = mapperWithModule();

  private static String claimWith(String part, String replacement) {
    assertThat(CLAIM).contains(part);
    return CLAIM.replace(part, replacement);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> readingClaim(String json) {
    return assertThatThrownBy(() -> mapper.readValue(json, Claim.class));
  }

  @Test
  void theBaseClaimIsValid() throws Exception {
    assertThat(mapper.readValue(CLAIM, Claim.class).id()).isEqualTo("c1");
  }

  @Test
  void aValueOfTheWrongJsonTypeIsRefused() {
    readingClaim(claimWith("\"id\":\"c1\"", "\"id\":5"))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.id: expected a string, found a number");
  }

  @Test
  void anArrayWhereAClaimBelongsIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("[" + CLAIM + ",[]]",
        new TypeReference<List<Claim>>() {}))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$[1]: expected a claim object, found an array");
  }

  @Test
  void aMissingRequiredPropertyIsNamed() {
    readingClaim(claimWith(",\"unit\":\"person\"", ""))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.quantity: missing required property 'unit' of the quantity");
  }

  @Test
  void anInvertedRangeIsRefusedWithItsPathInAnArray() {
    String bad = claimWith("{\"gt\":6000}", "{\"gte\":5,\"lte\":3}");

    assertThatThrownBy(() -> mapper.readValue("[" + CLAIM + "," + CLAIM + "," + bad + "]",
        new TypeReference<List<Claim>>() {}))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$[2].quantity.range: lower bound 5 is above upper bound 3")
        .satisfies(e -> assertThat(((InvalidFormatException) e).getValue()).isEqualTo("[5, 3]"))
        .satisfies(e -> assertThat(pathOf((JsonMappingException) e))
            .isEqualTo("[2].quantity.range"));
  }

  @Test
  void anEmptyRangeIsRefused() {
    readingClaim(claimWith("{\"gt\":6000}", "{\"gt\":5,\"lt\":5.0}"))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.quantity.range: range (5, 5.0) is empty");
  }

  @Test
  void aRangeWithTwoLowerBoundsIsRefused() {
    readingClaim(claimWith("{\"gt\":6000}", "{\"gt\":6000,\"gte\":6000}"))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "$.quantity.range: a range has at most one of 'gt' and 'gte', found both");
  }

  @Test
  void anUnknownEnumValueIsRefusedWithTheAllowedValues() {
    readingClaim(claimWith("\"hedge\":\"none\"", "\"hedge\":\"roughly\""))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.quantity.hedge: unknown hedge 'roughly'; expected one of: "
            + "none, approximately, nearly, just_over");
  }

  @Test
  void anUpperCaseEnumValueIsRefused() {
    readingClaim(claimWith("\"kind\":\"reported\"", "\"kind\":\"REPORTED\""))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.relays[0].kind: unknown relay kind 'REPORTED'; expected one "
            + "of: quoted, paraphrased, cited, reported, translated");
  }

  @Test
  void aMalformedDateIsRefused() {
    readingClaim(claimWith("\"2025-06-15\"", "\"2025-13\""))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.statedOn: malformed time span: cannot read '2025-13' at index "
            + "5: month 13 is not between 01 and 12");
  }

  @Test
  void aSpanThatEndsBeforeItStartsIsRefused() {
    readingClaim(claimWith("\"2025-06-15\"", "\"2025-06/2025-01\""))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.statedOn: malformed time span: cannot read '2025-06/2025-01' "
            + "at index 8: start 2025-06-01 is after end 2025-01-31");
  }

  @Test
  void aBlankIdIsRefused() {
    readingClaim(claimWith("\"id\":\"c1\"", "\"id\":\" \""))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.id: claim id is blank: ' '");
  }

  @Test
  void aBlankSourceIdInARelayIsRefused() {
    readingClaim(claimWith("\"id\":\"bi\"", "\"id\":\"\""))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.relays[0].source.id: source id is blank: ''");
  }

  @Test
  void aUnitCodeTheModelRefusesIsRefused() {
    readingClaim(claimWith("\"unit\":\"person\"", "\"unit\":\" person\""))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith(
            "$.quantity.unit: unit code ' person' has leading or trailing white space");
  }

  @Test
  void aMalformedUriIsRefused() {
    readingClaim(claimWith("\"name\":\"Business Insider\"",
        "\"name\":\"Business Insider\",\"url\":\"http://a b\""))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.relays[0].source.url: malformed URI 'http://a b': ");
  }

  @Test
  void anUnknownPropertyIsRefusedWithTheKnownOnes() {
    readingClaim(claimWith("\"hedge\":\"none\"", "\"hedge\":\"none\",\"scale\":2"))
        .isExactlyInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageStartingWith("$.quantity.scale: unknown property 'scale' of the quantity; "
            + "known properties: range, unit, hedge, stated");
  }

  @Test
  void unknownPropertiesAreSkippedWhenTheMapperSaysSo() throws Exception {
    ObjectMapper lenient = mapperWithModule()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String json = claimWith("\"hedge\":\"none\"",
        "\"hedge\":\"none\",\"extra\":{\"nested\":[1,{\"gt\":2}]}");

    assertThat(lenient.readValue(json, Claim.class))
        .isEqualTo(mapper.readValue(CLAIM, Claim.class));
  }

  @Test
  void aTooLongNumberInsideASkippedPropertyIsAMappingError() {
    ObjectMapper lenient = mapperWithModule()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String json = claimWith("\"hedge\":\"none\"",
        "\"hedge\":\"none\",\"extra\":[" + "9".repeat(1001) + "]");

    assertThatThrownBy(() -> lenient.readValue(json, Claim.class))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.quantity.extra[0]: number value length (1001) exceeds the "
            + "maximum allowed");
  }

  @Test
  void tooDeepNestingInsideASkippedPropertyIsAMappingError() {
    ObjectMapper lenient = mapperWithModule()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String json = claimWith("\"rank\":\"normal\"",
        "\"rank\":\"normal\",\"extra\":" + "[".repeat(1000) + "]".repeat(1000));

    assertThatThrownBy(() -> lenient.readValue(json, Claim.class))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.extra[0]")
        .hasMessageContaining(": document nesting depth (1001) exceeds the maximum allowed");
  }

  @Test
  void aProblemHandlerIsAskedAboutAnUnknownPropertyFirst() throws Exception {
    List<String> asked = new ArrayList<>();
    ObjectMapper handled = mapperWithModule().addHandler(
        new DeserializationProblemHandler() {
          @Override
          public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
              JsonDeserializer<?> deserializer, Object bean, String name) throws IOException {
            asked.add(name);
            p.skipChildren();
            return true;
          }
        });
    String json = claimWith("\"rank\":\"normal\"", "\"rank\":\"normal\",\"x\":[1]");

    assertThat(handled.readValue(json, Claim.class))
        .isEqualTo(mapper.readValue(CLAIM, Claim.class));
    assertThat(asked).containsExactly("x");
  }

  @Test
  void aDuplicatePropertyIsRefused() {
    readingClaim(claimWith("\"rank\":\"normal\"", "\"rank\":\"normal\",\"rank\":\"deprecated\""))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.rank: duplicate property 'rank'");
  }

  @Test
  void nullIsNeverAValue() {
    readingClaim(claimWith("\"statedOn\":\"2025-06-15\"", "\"statedOn\":null"))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.statedOn: expected a string, found null");
  }

  @Test
  void aNullClaimInAnArrayIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("[null]", new TypeReference<List<Claim>>() {}))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$[0]: expected a claim, found null");
  }

  @Test
  void aNullDocumentIsRefused() {
    readingClaim("null")
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$: expected a claim, found null");
  }

  @Test
  void relaysMustBeAnArray() {
    readingClaim(claimWith("\"relays\":[", "\"relays\":{\"x\":[").replace("}],", "}]},"))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.relays: expected an array of relays, found an object");
  }

  @Test
  void theReferencePathNamesEveryStep() {
    readingClaim(claimWith("\"kind\":\"reported\"", "\"kind\":\"told\""))
        .satisfies(e -> assertThat(pathOf((JsonMappingException) e)).isEqualTo(".relays[0].kind"));
  }

  @Test
  void aHugeExponentFailsFast() {
    String json = claimWith("{\"gt\":6000}", "{\"gt\":1e999999999}");

    assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        readingClaim(json)
            .isExactlyInstanceOf(InvalidFormatException.class)
            .hasMessageStartingWith(
                "$.quantity.range.gt: number 1e999999999 has an exponent beyond ±9999"));
  }

  @Test
  void aHugeExponentInAStringFailsFast() {
    String json = "{\"lt\":\"-1E-000099999\"}";

    assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
        assertThatThrownBy(() -> mapper.readValue(json, Range.class))
            .isExactlyInstanceOf(InvalidFormatException.class)
            .hasMessageStartingWith("$.lt: number -1E-000099999 has an exponent beyond ±9999"));
  }

  @Test
  void aNumberOfMoreThanAThousandDigitsIsRefusedByTheParser() {
    assertThatThrownBy(() -> mapper.readValue("{\"gte\":" + "9".repeat(1001) + "}", Range.class))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.gte: number value length (1001) exceeds the maximum allowed");
  }

  @Test
  void aNumericStringOfMoreThanAThousandDigitsIsRefused() {
    assertThatThrownBy(() ->
        mapper.readValue("{\"gte\":\"0." + "0".repeat(1000) + "1\"}", Range.class))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.gte: number 0." + "0".repeat(22) + "…" + "0".repeat(23) + "1 "
            + "has 1002 digits, more than 1000");
  }

  @Test
  void aStringThatIsNotANumberIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"gte\":\"6,000\"}", Range.class))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$.gte: '6,000' is not a decimal number");
  }

  @Test
  void aScaleBeyondTheModelsLimitIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"gte\":0.5E-9999}", Range.class))
        .isExactlyInstanceOf(InvalidFormatException.class)
        .hasMessageStartingWith("$: bound value 5E-10000 has scale 10000, beyond ±9999");
  }

  @Test
  void aNumberWhereAStringBelongsIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"gte\":true}", Range.class))
        .isExactlyInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.gte: expected a number, found a boolean");
  }

  /** Jackson's reference path, as {@code [2].quantity.range}. */
  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining());
  }
}
