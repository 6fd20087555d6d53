package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden files in the test resources are canonical documents: each reads into the expected
 * values, and writing those values gives the file back byte for byte.
 */
class GoldenFilesTest extends ModuleTestBase {
  private final ObjectMapper pretty = prettyMapperWithModule();

  @Test
  void kurskClaimsReadIntoTheArticlesClaims() throws Exception {
    List<Claim> claims = pretty.readValue(resource("kursk-claims.json"), new TypeReference<>() {});

    assertThat(claims).isEqualTo(KurskClaims.claims());
  }

  @Test
  void kurskClaimsAreWrittenAsTheGoldenFile() throws Exception {
    assertThat(pretty.writeValueAsString(KurskClaims.claims()) + "\n")
        .isEqualTo(resource("kursk-claims.json"));
  }

  @Test
  void everyAttributeClaimReadsIntoItsValue() throws Exception {
    assertThat(pretty.readValue(resource("every-attribute-claim.json"), Claim.class))
        .isEqualTo(Fixtures.everyAttribute());
  }

  @Test
  void everyAttributeClaimIsWrittenAsTheGoldenFile() throws Exception {
    assertThat(pretty.writeValueAsString(Fixtures.everyAttribute()) + "\n")
        .isEqualTo(resource("every-attribute-claim.json"));
  }

  @Test
  void rangesReadIntoTheirValues() throws Exception {
    List<Range> ranges = pretty.readValue(resource("ranges.json"), new TypeReference<>() {});

    assertThat(ranges).isEqualTo(Fixtures.ranges());
  }

  @Test
  void rangesAreWrittenAsTheGoldenFile() throws Exception {
    assertThat(pretty.writeValueAsString(Fixtures.ranges()) + "\n")
        .isEqualTo(resource("ranges.json"));
  }

  @Test
  void numbersKeepTheScaleTheyWereWrittenWith() throws Exception {
    List<Range> ranges = pretty.readValue(resource("ranges.json"), new TypeReference<>() {});

    assertThat(ranges.get(3).lower().orElseThrow().value()).hasToString("6000.50");
    assertThat(ranges.get(5).upper().orElseThrow().value()).hasToString("0.000");
  }

  @Test
  void aNegativeScaleIsWrittenAsAPlainIntegerAndReadBackEqual() throws Exception {
    Range written = Range.atMost(new java.math.BigDecimal("6E+3"));

    String json = mapperWithModule().writeValueAsString(written);

    assertThat(json).isEqualTo("{\"lte\":6000}");
    assertThat(mapperWithModule().readValue(json, Range.class)).isEqualTo(written);
  }
}
