package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.TimeSpan;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost: for every value, {@code read(write(x)).equals(x)}, and writing what was read
 * gives the same bytes again.
 */
class RoundTripTest extends ModuleTestBase {
  private final ObjectMapper mapper = mapperWithModule();

  private <T> void roundTrips(Gen<T> values, Class<T> type, int examples) {
    qt().withExamples(examples).forAll(values).checkAssert(value -> {
      try {
        String written = mapper.writeValueAsString(value);
        T read = mapper.readValue(written, type);
        assertThat(read).isEqualTo(value);
        assertThat(mapper.writeValueAsString(read)).isEqualTo(written);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void everyClaimRoundTripsExactly() {
    roundTrips(Generators.claims(), Claim.class, 500);
  }

  @Test
  void everyRangeRoundTripsExactly() {
    roundTrips(Generators.ranges(), Range.class, 1000);
  }

  @Test
  void everyTimeSpanRoundTripsExactly() {
    roundTrips(Generators.timeSpans(), TimeSpan.class, 500);
  }

  @Test
  void numbersKeepTheirScaleUnlessItIsNegative() {
    qt().forAll(Generators.numbers()).checkAssert(number -> {
      try {
        Range read = mapper.readValue(
            mapper.writeValueAsString(Range.atLeast(number)), Range.class);
        // Plain notation has no negative scale; a number too long for it keeps its exact form.
        boolean plain = number.toPlainString().replaceAll("[^0-9]", "").length()
            <= Numbers.MAX_DIGITS;
        assertThat(read.lower().orElseThrow().value().scale())
            .isEqualTo(plain ? Math.max(number.scale(), 0) : number.scale());
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    });
  }
}
