package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.TimeSpan;
import dev.consilience.Unit;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A model value's runtime class is a generated implementation of its model type; asked for that
 * class, or to update a value of it, the module reads the model type.
 */
class ImplementationClassesTest extends ModuleTestBase {
  private final ObjectMapper mapper = mapperWithModule();

  /** One value of every model type that is read, each of a class that is not the model type. */
  static Stream<Object> valuesOfEveryModelType() {
    Claim claim = Fixtures.everyAttribute();
    return Stream.of(claim, claim.subject(), claim.quantity(), claim.quantity().range(),
        claim.quantity().unit(), claim.source(), claim.relays().get(0),
        claim.statedOn().orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("valuesOfEveryModelType")
  void aValueIsReadAsItsOwnRuntimeClass(Object value) throws IOException {
    String json = mapper.writeValueAsString(value);

    assertThat(mapper.readValue(json, value.getClass()))
        .isEqualTo(value)
        .isInstanceOf(value.getClass());
  }

  @ParameterizedTest
  @MethodSource("valuesOfEveryModelType")
  void aValueIsConvertedToItsOwnRuntimeClass(Object value) {
    assertThat(mapper.convertValue(value, value.getClass())).isEqualTo(value);
  }

  @Test
  void readingForUpdatingARangeReturnsTheRangeRead() throws IOException {
    Range range = Range.closed(1, 2);

    Range read = mapper.readerForUpdating(range).readValue("{\"gt\":5}");

    assertThat(read).isEqualTo(Range.greaterThan(5));
    assertThat(range).isEqualTo(Range.closed(1, 2));
  }

  @Test
  void readingForUpdatingAClaimReturnsTheClaimRead() throws IOException {
    Claim claim = KurskClaims.claims().get(0);
    Claim other = KurskClaims.claims().get(1);

    Claim read = mapper.readerForUpdating(claim).readValue(mapper.writeValueAsString(other));

    assertThat(read).isEqualTo(other);
  }

  @Test
  void readingForUpdatingAUnitOrTimeSpanReturnsTheValueRead() throws IOException {
    Unit unit = mapper.readerForUpdating(Unit.of("person")).readValue("\"USD\"");
    TimeSpan span = mapper.readerForUpdating(TimeSpan.parse("2025")).readValue("\"2024-06\"");

    assertThat(unit).isEqualTo(Unit.of("USD"));
    assertThat(span).isEqualTo(TimeSpan.parse("2024-06"));
  }

  @Test
  void readingForUpdatingIsAnErrorWhenTheMapperRefusesToReplaceUnmergeableValues() {
    ObjectMapper strict = JsonMapper.builder().addModule(new ConsilienceModule())
        .disable(MapperFeature.IGNORE_MERGE_FOR_UNMERGEABLE).build();

    assertThatThrownBy(() -> strict.readerForUpdating(Range.closed(1, 2)).readValue("{\"gt\":5}"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("cannot be merged");
  }
}
