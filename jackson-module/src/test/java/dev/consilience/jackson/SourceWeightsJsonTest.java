package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.Unit;
import dev.consilience.discovery.SourceWeight;
import dev.consilience.discovery.SourceWeights;
import dev.consilience.discovery.TruthDiscovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Learned source weights are written in the documented format, and only written. */
class SourceWeightsJsonTest extends ModuleTestBase {
  private final ObjectMapper mapper = mapperWithModule();

  /**
   * Weights learned from three sources on four subjects: two agree throughout, the third dissents
   * on one.
   */
  private static SourceWeights learned() {
    List<Claim> claims = new ArrayList<>();
    for (int subject = 0; subject < 4; subject++) {
      claims.add(claim("census", subject, 100 + subject));
      claims.add(claim("survey", subject, 100 + subject));
      claims.add(claim("blog", subject, subject == 0 ? 999 : 100 + subject));
    }
    return TruthDiscovery.defaults().learn(claims);
  }

  private static Claim claim(String source, int subject, long value) {
    return Claim.builder()
        .subject(Subject.of("town-" + subject))
        .quantity(Quantity.of(Range.singleton(value), Unit.of("person")))
        .source(Source.of(source, source))
        .build();
  }

  @Test
  void theWeightsAreWrittenWithEverySourceInIdOrderAndTheirEvidence() throws IOException {
    SourceWeights weights = learned();

    JsonNode written = mapper.readTree(mapper.writeValueAsString(weights));

    assertThat(fieldNames(written))
        .containsExactly("iterations", "converged", "unseenWeight", "sources");
    assertThat(written.get("iterations").intValue()).isEqualTo(weights.iterations());
    assertThat(written.get("converged").booleanValue()).isEqualTo(weights.converged());
    assertThat(written.get("unseenWeight").decimalValue().doubleValue())
        .isEqualTo(weights.unseenWeight());
    List<String> ids = new ArrayList<>();
    for (JsonNode source : written.get("sources")) {
      assertThat(fieldNames(source)).containsExactly(
          "sourceId", "weight", "accuracy", "subjects", "compared", "agreements");
      SourceWeight learned = weights.find(source.get("sourceId").textValue()).orElseThrow();
      assertThat(source.get("weight").decimalValue().doubleValue()).isEqualTo(learned.weight());
      assertThat(source.get("accuracy").decimalValue().doubleValue())
          .isEqualTo(learned.accuracy());
      assertThat(source.get("subjects").intValue()).isEqualTo(learned.subjects());
      assertThat(source.get("compared").intValue()).isEqualTo(learned.compared());
      assertThat(source.get("agreements").decimalValue().doubleValue())
          .isEqualTo(learned.agreements());
      ids.add(learned.sourceId());
    }
    assertThat(ids).containsExactly("blog", "census", "survey");
  }

  @Test
  void theExampleIsWrittenAsTheGoldenFile() throws IOException {
    assertThat(prettyMapperWithModule().writeValueAsString(learned()) + "\n")
        .isEqualTo(resource("learned-weights.json"));
  }

  @Test
  void oneSourceWeightIsWrittenOnItsOwn() throws IOException {
    SourceWeight census = learned().find("census").orElseThrow();

    JsonNode written = mapper.readTree(mapper.writeValueAsString(census));

    assertThat(written.get("sourceId").textValue()).isEqualTo("census");
    assertThat(written.get("subjects").intValue()).isEqualTo(4);
    assertThat(written.get("compared").intValue()).isEqualTo(4);
  }

  @Test
  void fractionsAreWrittenAsTheirShortestPlainDecimals() throws IOException {
    String json = mapper.writeValueAsString(learned());

    Matcher fraction = Pattern
        .compile("\"(weight|accuracy|agreements|unseenWeight)\":([^,}]*)").matcher(json);
    List<String> written = new ArrayList<>();
    while (fraction.find()) {
      written.add(fraction.group(2));
    }
    assertThat(written).hasSize(10).anySatisfy(text -> assertThat(text).hasSizeGreaterThan(12));
    for (String text : written) {
      assertThat(text).isEqualTo(BigDecimal.valueOf(Double.parseDouble(text))
          .stripTrailingZeros().toPlainString());
    }
  }

  @Test
  void theWrittenWeightsValidate() throws IOException {
    assertThat(SchemaTest.errors("sourceWeights", mapper.writeValueAsString(learned())))
        .isEmpty();
    assertThat(SchemaTest.errors("sourceWeight",
        mapper.writeValueAsString(learned().find("blog").orElseThrow()))).isEmpty();
  }

  @Test
  void weightsLearnedFromGeneratedClaimsValidate() {
    qt().withExamples(50).forAll(claimsAboutFewSubjects()).checkAssert(claims -> {
      try {
        String json = mapper.writeValueAsString(TruthDiscovery.defaults().learn(claims));
        assertThat(SchemaTest.errors("sourceWeights", json)).isEmpty();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void weightsAreNotRead() {
    assertThatThrownBy(() -> mapper.readValue("{\"iterations\":1}", SourceWeights.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining(SourceWeights.class.getName());
    assertThatThrownBy(() -> mapper.readValue("{\"sourceId\":\"a\"}", SourceWeight.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining(SourceWeight.class.getName());
  }

  /** Generated claims, each moved to one of three subjects. */
  private static Gen<List<Claim>> claimsAboutFewSubjects() {
    return in -> {
      List<Claim> claims = new ArrayList<>();
      int count = Generate.range(1, 12).generate(in);
      for (int i = 0; i < count; i++) {
        Claim claim = Generators.claims().generate(in);
        Subject subject = Subject.builder().from(claim.subject())
            .id("s" + Generate.range(0, 2).generate(in)).build();
        claims.add(Claim.builder().from(claim).subject(subject).build());
      }
      return claims;
    };
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
