package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Range;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import dev.consilience.reconcile.Reconciliation;
import java.io.IOException;
import java.math.BigDecimal;
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
