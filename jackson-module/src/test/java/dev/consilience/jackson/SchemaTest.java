package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.consilience.Claim;
import dev.consilience.Range;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema describes the written format: every document the module writes, golden
 * or generated, validates against it, and documents it refuses are refused by the deserializers
 * too.
 */
class SchemaTest extends ModuleTestBase {
  private static final String ID = "https://consilience.dev/schema/consilience.schema.json";
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(ID, shippedSchema())));

  private final ObjectMapper mapper = mapperWithModule();

  private static String shippedSchema() {
    try (InputStream in = ConsilienceModule.schemaResource().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema of one type, from the shipped schema's {@code $defs}. */
  private static Schema schemaOf(String type) {
    return REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + type));
  }

  static List<Error> errors(String type, String json) {
    return schemaOf(type).validate(json, InputFormat.JSON);
  }

  @Test
  void theSchemaIsDraft202012WithOneDefinitionPerType() throws IOException {
    Map<String, Object> schema = new ObjectMapper().readValue(shippedSchema(),
        new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});

    assertThat(schema.get("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    @SuppressWarnings("unchecked")
    Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
    assertThat(defs).containsKeys(
        "range", "unit", "quantity", "timeSpan", "subject", "source", "relay", "claim",
        "hedge", "trend", "sourceKind", "reliability", "relayKind", "credibility", "rank");
  }

  @Test
  void theRootOfTheSchemaIsAClaim() {
    Schema root = REGISTRY.getSchema(SchemaLocation.of(ID));

    assertThat(root.validate(resource("every-attribute-claim.json"), InputFormat.JSON)).isEmpty();
    assertThat(root.validate("{\"gt\":1}", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theGoldenClaimsValidate() {
    assertThat(errors("claims", resource("kursk-claims.json"))).isEmpty();
    assertThat(errors("claim", resource("every-attribute-claim.json"))).isEmpty();
  }

  @Test
  void everyJsonLineValidates() {
    assertThat(resource("kursk-claims.jsonl").lines())
        .hasSize(3)
        .allSatisfy(line -> assertThat(errors("claim", line)).isEmpty());
  }

  @Test
  void theGoldenRangesValidate() throws IOException {
    for (Range range : Fixtures.ranges()) {
      assertThat(errors("range", mapper.writeValueAsString(range))).as("%s", range).isEmpty();
    }
  }

  @Test
  void everyGeneratedClaimValidates() {
    qt().withExamples(200).forAll(Generators.claims()).checkAssert(claim -> {
      try {
        assertThat(errors("claim", mapper.writeValueAsString(claim))).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void everyGeneratedRangeValidates() {
    qt().withExamples(300).forAll(Generators.ranges()).checkAssert(range -> {
      try {
        assertThat(errors("range", mapper.writeValueAsString(range))).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A valid claim; the invalid documents each break one part of it. */
  private static final String CLAIM = "{\"id\":\"c1\","
      + "\"subject\":{\"id\":\"s\",\"trend\":\"cumulative\"},"
      + "\"quantity\":{\"range\":{\"gt\":6000},\"unit\":\"person\",\"hedge\":\"none\"},"
      + "\"source\":{\"id\":\"uk-mod\",\"name\":\"UK Ministry of Defence\","
      + "\"reliability\":\"b\"},"
      + "\"relays\":[{\"source\":{\"id\":\"bi\",\"name\":\"Business Insider\"},"
      + "\"kind\":\"reported\",\"on\":\"2025-06-17\"}],"
      + "\"statedOn\":\"2025-06-15\",\"credibility\":\"cannot_be_judged\",\"rank\":\"normal\"}";

  private static Arguments broken(String description, String part, String replacement) {
    assertThat(CLAIM).contains(part);
    return Arguments.of(description, CLAIM.replace(part, replacement));
  }

  static Stream<Arguments> invalidClaims() {
    return Stream.of(
        broken("id of the wrong type", "\"id\":\"c1\"", "\"id\":1"),
        broken("blank id", "\"id\":\"c1\"", "\"id\":\" \""),
        broken("missing subject", "\"subject\":{\"id\":\"s\",\"trend\":\"cumulative\"},", ""),
        broken("missing unit", ",\"unit\":\"person\"", ""),
        broken("missing source name", ",\"name\":\"UK Ministry of Defence\"", ""),
        broken("range of the wrong type", "{\"gt\":6000}", "[6000]"),
        broken("both gt and gte", "{\"gt\":6000}", "{\"gt\":6000,\"gte\":6000}"),
        broken("both lt and lte", "{\"gt\":6000}", "{\"lt\":6000,\"lte\":6000}"),
        broken("number that is not one", "{\"gt\":6000}", "{\"gt\":\"6,000\"}"),
        broken("string exponent beyond 9999", "{\"gt\":6000}", "{\"gt\":\"1e10000\"}"),
        broken("unknown range property", "{\"gt\":6000}", "{\"gt\":6000,\"ge\":1}"),
        broken("unknown hedge", "\"hedge\":\"none\"", "\"hedge\":\"roughly\""),
        broken("upper-case trend", "\"cumulative\"", "\"CUMULATIVE\""),
        broken("unknown reliability", "\"reliability\":\"b\"", "\"reliability\":\"g\""),
        broken("unknown relay kind", "\"kind\":\"reported\"", "\"kind\":\"told\""),
        broken("unknown credibility", "\"cannot_be_judged\"", "\"3\""),
        broken("unknown rank", "\"rank\":\"normal\"", "\"rank\":\"top\""),
        broken("malformed date", "\"2025-06-15\"", "\"15 June 2025\""),
        broken("month 13", "\"2025-06-15\"", "\"2025-13\""),
        broken("malformed relay date", "\"2025-06-17\"", "\"2025-6-17\""),
        broken("blank unit", "\"unit\":\"person\"", "\"unit\":\"\""),
        broken("unit with white space around", "\"unit\":\"person\"", "\"unit\":\"person \""),
        Arguments.of("relays not an array",
            CLAIM.replace("\"relays\":[", "\"relays\":{\"r\":[").replace("}],", "}]},")),
        broken("null for an optional value", "\"statedOn\":\"2025-06-15\"", "\"statedOn\":null"),
        broken("unknown claim property", "\"rank\":\"normal\"", "\"rank\":\"normal\",\"x\":1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidClaims")
  void anInvalidClaimIsRefusedByTheSchema(String description, String json) {
    assertThat(errors("claim", json)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidClaims")
  void anInvalidClaimIsRefusedByTheDeserializer(String description, String json) {
    assertThatThrownBy(() -> mapper.readValue(json, Claim.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("$");
  }

  /** What the schema cannot express; only the deserializers refuse these. */
  static Stream<Arguments> invalidBeyondTheSchema() {
    return Stream.of(
        broken("inverted range", "{\"gt\":6000}", "{\"gte\":5,\"lte\":3}"),
        broken("empty range", "{\"gt\":6000}", "{\"gt\":5,\"lte\":5}"),
        broken("day that does not exist", "\"2025-06-15\"", "\"2025-02-30\""),
        broken("span that ends before it starts", "\"2025-06-15\"", "\"2025/2024\""),
        broken("duplicate property", "\"rank\":\"normal\"",
            "\"rank\":\"normal\",\"rank\":\"deprecated\""),
        broken("number of 1,001 digits", "{\"gt\":6000}",
            "{\"gt\":\"" + "9".repeat(1001) + "\"}"),
        broken("scale beyond 9999", "{\"gt\":6000}", "{\"gt\":\"0.5e-9999\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidBeyondTheSchema")
  void anInvalidClaimTheSchemaCannotSeeIsRefusedByTheDeserializer(
      String description, String json) {
    assertThat(errors("claim", json)).isEmpty();
    assertThatThrownBy(() -> mapper.readValue(json, Claim.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith("$");
  }
}
