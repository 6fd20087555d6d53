package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class BundledClaimsTest {
  private static final String RESOURCE =
      "src/main/resources/dev/consilience/examples/" + ClaimsInput.BUNDLED_RESOURCE;

  @Test
  void theBundledResourceIsTheArticlesClaimsAsTheModuleWritesThem() {
    Golden.assertFileHolds(RESOURCE, KurskJson.claimsAsJson());
  }

  @Test
  void theBundledResourceReadsBackAsTheArticlesClaims() {
    assertThat(new ClaimsInput(new ClaimsReader(Json.mapper())).bundled())
        .isEqualTo(KurskArticle.claims());
  }

  @Test
  void theJsonExampleReadsBackWhatItWrites() throws IOException {
    assertThat(KurskJson.readClaims(KurskJson.claimsAsJson())).isEqualTo(KurskArticle.claims());
  }
}
