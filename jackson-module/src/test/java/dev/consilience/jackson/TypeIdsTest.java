package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import dev.consilience.reconcile.Reconciliation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model and result values in a user's type whose property carries a type id ({@code
 * @JsonTypeInfo}): written with the id of the public model type, and read back.
 */
class TypeIdsTest extends ModuleTestBase {
  private final ObjectMapper mapper = mapperWithModule();

  /** A type of the user's own whose payload is written with its class name, as a property. */
  public record Envelope(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object payload) {}

  /** The same with the payload wrapped in an object named after its class. */
  public record WrappedEnvelope(
      @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.WRAPPER_OBJECT)
      Object payload) {}

  /** The same with the payload named by a type name its user registered. */
  public record NamedEnvelope(
      @JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
      @JsonSubTypes({
          @JsonSubTypes.Type(value = Claim.class, name = "claim"),
          @JsonSubTypes.Type(value = Range.class, name = "range"),
          @JsonSubTypes.Type(value = Unit.class, name = "unit"),
          @JsonSubTypes.Type(value = TimeSpan.class, name = "span"),
          @JsonSubTypes.Type(value = Hedge.class, name = "hedge")})
      Object payload) {}

  /** A payload whose type name is a property, written first but possibly read anywhere. */
  public record TypedEnvelope(
      @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
      @JsonSubTypes({
          @JsonSubTypes.Type(value = Claim.class, name = "claim"),
          @JsonSubTypes.Type(value = Quantity.class, name = "quantity"),
          @JsonSubTypes.Type(value = Range.class, name = "range"),
          @JsonSubTypes.Type(value = Table.class, name = "table")})
      Object payload) {}

  /** A type of the user's own with ranges as map keys. */
  public record Table(Map<Range, Integer> counts) {}

  /** Envelopes in a list of the user's own, so that the path has steps above the payload. */
  public record Envelopes(List<TypedEnvelope> envelopes) {}

  private static final String SOURCE = "{\"id\":\"b\",\"name\":\"b\"}";

  /**
   * Payloads with a problem, the type id anywhere among their properties, and the path of the
   * problem. When the id is not first, Jackson buffers the properties before it and replays them.
   */
  static Stream<Arguments> badPayloads() {
    return Stream.of(
        Arguments.of("{\"type\":\"quantity\",\"range\":{\"gte\":\"x\"},\"unit\":\"u\"}",
            "$.envelopes[1].payload.range.gte: 'x' is not a decimal number"),
        Arguments.of("{\"range\":{\"gte\":\"x\"},\"unit\":\"u\",\"type\":\"quantity\"}",
            "$.envelopes[1].payload.range.gte: 'x' is not a decimal number"),
        Arguments.of("{\"range\":{\"gte\":5,\"lte\":3},\"unit\":\"u\",\"type\":\"quantity\"}",
            "$.envelopes[1].payload.range: lower bound 5 is above upper bound 3"),
        Arguments.of("{\"unit\":\"u\",\"range\":{\"gte\":\"x\"},\"type\":\"quantity\"}",
            "$.envelopes[1].payload.range.gte: 'x' is not a decimal number"),
        Arguments.of("{\"range\":{},\"type\":\"quantity\",\"hedge\":\"roughly\",\"unit\":\"u\"}",
            "$.envelopes[1].payload.hedge: unknown hedge 'roughly'"),
        Arguments.of("{\"range\":{\"gte\":5},\"type\":\"quantity\"}",
            "$.envelopes[1].payload: missing required property 'unit' of the quantity"),
        Arguments.of("{\"relays\":[{\"source\":" + SOURCE + ",\"kind\":\"bad\"}],\"type\":\"claim\"}",
            "$.envelopes[1].payload.relays[0].kind: unknown relay kind 'bad'"),
        Arguments.of("{\"relays\":[{\"source\":" + SOURCE + ",\"kind\":\"cited\"}],"
            + "\"quantity\":{\"range\":{\"gt\":\"y\"}},\"type\":\"claim\"}",
            "$.envelopes[1].payload.quantity.range.gt: 'y' is not a decimal number"),
        Arguments.of("{\"gte\":\"x\",\"type\":\"range\"}",
            "$.envelopes[1].payload.gte: 'x' is not a decimal number"),
        Arguments.of("{\"counts\":{\"(0, 1)\":1,\"x\":2},\"type\":\"table\"}",
            "$.envelopes[1].payload.counts.x: map key 'x' is not a range"),
        Arguments.of("{\"type\":\"table\",\"counts\":{\"x\":2}}",
            "$.envelopes[1].payload.counts.x: map key 'x' is not a range"));
  }

  @ParameterizedTest
  @MethodSource("badPayloads")
  void aBadPayloadIsReportedAtItsPathWhereverItsTypeIdIs(String payload, String message) {
    String json = "{\"envelopes\":[{\"payload\":{\"gt\":1,\"type\":\"range\"}},"
        + "{\"payload\":" + payload + "}]}";

    assertThatThrownBy(() -> mapper.readValue(json, Envelopes.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(message);
  }

  /** Jackson keeps no locations for buffered tokens: they are all where the type id was. */
  @Test
  void aBadBufferedPayloadIsLocatedAtItsTypeId() {
    String json = "{\"payload\":{\"range\":{\"gte\":\"x\"},\"unit\":\"u\",\"type\":\"quantity\"}}";

    assertThatThrownBy(() -> mapper.readValue(json, TypedEnvelope.class))
        .hasMessageStartingWith("$.payload.range.gte: ")
        .hasMessageContaining("column: " + (json.indexOf("\"quantity\"") + 1) + "]");
  }

  /** A payload whose type name is a sibling property of the payload. */
  public record SiblingTypedEnvelope(
      @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
          property = "type")
      @JsonSubTypes(@JsonSubTypes.Type(value = Quantity.class, name = "quantity"))
      Object payload) {}

  /**
   * With an external type id Jackson replays the payload as the second element of an array of its
   * own making, a step that is not in the input, and the steps above it depend on how Jackson
   * reads the enclosing type; the documentation says so.
   */
  @Test
  void aBadPayloadWithAnExternalTypeIdHasJacksonsArrayInItsPath() {
    String json = "{\"type\":\"quantity\",\"payload\":{\"range\":{\"gte\":\"x\"},\"unit\":\"u\"}}";

    assertThatThrownBy(() -> mapper.readValue(json, SiblingTypedEnvelope.class))
        .hasMessageStartingWith("$")
        .hasMessageContaining("[1].range.gte: 'x' is not a decimal number");
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadNamedByARegisteredTypeNameRoundTrips(Object payload, Class<?> modelType)
      throws IOException {
    String json = mapper.writeValueAsString(new NamedEnvelope(payload));

    assertThat(json).doesNotContain("Immutable");
    assertThat(mapper.readValue(json, NamedEnvelope.class)).isEqualTo(new NamedEnvelope(payload));
  }

  static Stream<Arguments> payloads() {
    return Stream.of(
        Arguments.of(Fixtures.everyAttribute(), Claim.class),
        Arguments.of(Range.closedOpen(new BigDecimal("1500.50"), new BigDecimal("2000")),
            Range.class),
        Arguments.of(Range.all(), Range.class),
        Arguments.of(Unit.of("USD/person"), Unit.class),
        Arguments.of(TimeSpan.parse("2025-01/2025-04"), TimeSpan.class),
        Arguments.of(Hedge.JUST_OVER, Hedge.class));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadWithATypeIdRoundTrips(Object payload, Class<?> modelType) throws IOException {
    String json = mapper.writeValueAsString(new Envelope(payload));

    assertThat(json).contains("\"" + modelType.getName() + "\"");
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(new Envelope(payload));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadWrappedInAnObjectNamedByItsTypeRoundTrips(Object payload, Class<?> modelType)
      throws IOException {
    String json = mapper.writeValueAsString(new WrappedEnvelope(payload));

    assertThat(json).isEqualTo("{\"payload\":{\"" + modelType.getName() + "\":"
        + mapper.writeValueAsString(payload) + "}}");
    assertThat(mapper.readValue(json, WrappedEnvelope.class))
        .isEqualTo(new WrappedEnvelope(payload));
  }

  @Test
  void anObjectPayloadHoldsItsTypeIdAmongItsProperties() throws IOException {
    Range range = Range.greaterThan(6000);

    assertThat(mapper.writeValueAsString(new Envelope(range)))
        .isEqualTo("{\"payload\":{\"@class\":\"dev.consilience.Range\",\"gt\":6000}}");
  }

  @Test
  void aStringPayloadIsWrappedInAnArrayWithItsTypeId() throws IOException {
    assertThat(mapper.writeValueAsString(new Envelope(Unit.of("person"))))
        .isEqualTo("{\"payload\":[\"dev.consilience.Unit\",\"person\"]}");
  }

  @Test
  void aReconciliationIsWrittenWithItsTypeId() throws IOException {
    Reconciliation result = Results.contestedTroops();

    JsonNode payload = mapper.readTree(mapper.writeValueAsString(new Envelope(result)))
        .get("payload");

    assertThat(payload.get("@class").asText())
        .isEqualTo("dev.consilience.reconcile.Reconciliation");
    JsonNode withoutTypeId = ((ObjectNode) payload).without("@class");
    assertThat(withoutTypeId)
        .isEqualTo(mapper.readTree(mapper.writeValueAsString(result)));
  }
}
