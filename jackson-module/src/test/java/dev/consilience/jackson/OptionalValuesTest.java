package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.consilience.Claim;
import dev.consilience.Range;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Model values in {@code Optional}s of the user's own types, read with Jackson's {@code
 * Jdk8Module}: absent is empty, a written {@code null} is still refused.
 */
class OptionalValuesTest extends ModuleTestBase {
  private final ObjectMapper mapper = mapperWithModule().registerModule(new Jdk8Module());

  /** A type of the user's own with optional model values. */
  public record Holder(Optional<Claim> claim, Optional<Range> range) {}

  @Test
  void absentOptionalModelValuesAreEmpty() throws IOException {
    assertThat(mapper.readValue("{}", Holder.class))
        .isEqualTo(new Holder(Optional.empty(), Optional.empty()));
  }

  @Test
  void presentOptionalModelValuesAreRead() throws IOException {
    Claim claim = KurskClaims.claims().get(0);
    Holder holder = new Holder(Optional.of(claim), Optional.of(Range.greaterThan(6000)));

    assertThat(mapper.readValue(mapper.writeValueAsString(holder), Holder.class))
        .isEqualTo(holder);
  }

  @Test
  void aNullOptionalClaimIsRefusedWithItsPath() {
    assertThatThrownBy(() -> mapper.readValue("{\"claim\":null}", Holder.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.claim: expected a claim, found null");
  }

  @Test
  void aNullOptionalRangeIsRefusedWithItsPath() {
    assertThatThrownBy(() -> mapper.readValue("{\"range\":null}", Holder.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.range: expected a range, found null");
  }

  @Test
  void aNullOptionalRangeAtTheRootIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("null", new TypeReference<Optional<Range>>() {}))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$: expected a range, found null");
  }

  @Test
  void aNullRangeInAMapIsRefusedWithItsPath() {
    assertThatThrownBy(() -> mapper.readValue("{\"a\":{},\"b\":null}",
        new TypeReference<Map<String, Range>>() {}))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("$.b: expected a range, found null");
  }

  /** Model values in an object whose properties are unwrapped into the outer one. */
  public static final class Inner {
    public Range range;
    public Optional<Range> optional;
  }

  /** The outer object: Jackson buffers the inner object's properties before reading them. */
  public static final class Outer {
    public String name;
    @JsonUnwrapped public Inner inner;
  }

  @Test
  void aBufferedNullReadsAsAbsentAsTheFormatSays() throws IOException {
    Outer read = mapper.readValue("{\"name\":\"x\",\"range\":null,\"optional\":null}",
        Outer.class);

    assertThat(read.inner.range).isNull();
    assertThat(read.inner.optional).isEmpty();
  }
}
