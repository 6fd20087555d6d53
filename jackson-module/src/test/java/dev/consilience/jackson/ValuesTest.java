package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.consilience.Claim;
import dev.consilience.Credibility;
import dev.consilience.Hedge;
import dev.consilience.Rank;
import dev.consilience.RelayKind;
import dev.consilience.Reliability;
import dev.consilience.SourceKind;
import dev.consilience.Trend;
import dev.consilience.Unit;
import dev.consilience.reconcile.Conflict;
import dev.consilience.reconcile.Exclusion;
import dev.consilience.reconcile.Verdict;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values on their own, and values that pass through Jackson's token buffers and trees. */
class ValuesTest extends ModuleTestBase {
  private final ObjectMapper mapper = mapperWithModule();

  static Stream<Enum<?>> everyEnumValue() {
    return Stream.of(Hedge.values(), Trend.values(), SourceKind.values(), Reliability.values(),
            RelayKind.values(), Credibility.values(), Rank.values(), Verdict.values(),
            Conflict.Kind.values(), Exclusion.Reason.values())
        .flatMap(Stream::of);
  }

  @ParameterizedTest
  @MethodSource("everyEnumValue")
  void anEnumValueIsItsLowerCaseNameAndReadsBack(Enum<?> value) throws IOException {
    String json = mapper.writeValueAsString(value);

    assertThat(json).isEqualTo("\"" + value.name().toLowerCase(Locale.ROOT) + "\"");
    assertThat(mapper.readValue(json, value.getDeclaringClass())).isSameAs(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"person", "USD/person", "km2", "1", "€"})
  void aUnitIsItsCode(String code) throws IOException {
    String json = mapper.writeValueAsString(Unit.of(code));

    assertThat(json).isEqualTo(mapper.writeValueAsString(code));
    assertThat(mapper.readValue(json, Unit.class)).isEqualTo(Unit.of(code));
  }

  @ParameterizedTest
  @MethodSource("dev.consilience.jackson.ValuesTest#kurskClaims")
  void aClaimConvertedThroughATokenBufferIsUnchanged(Claim claim) {
    assertThat(mapper.convertValue(claim, Claim.class)).isEqualTo(claim);
  }

  @ParameterizedTest
  @MethodSource("dev.consilience.jackson.ValuesTest#kurskClaims")
  void aClaimReadFromATreeWithExactDecimalsIsUnchanged(Claim claim) throws IOException {
    ObjectMapper exact = mapperWithModule()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    JsonNode tree = exact.readTree(exact.writeValueAsString(claim));

    assertThat(exact.treeToValue(tree, Claim.class)).isEqualTo(claim);
    assertThat(exact.writeValueAsString(exact.treeToValue(tree, Claim.class)))
        .isEqualTo(exact.writeValueAsString(claim));
  }

  static Stream<Claim> kurskClaims() {
    return Stream.concat(KurskClaims.claims().stream(), Stream.of(Fixtures.everyAttribute()));
  }
}
