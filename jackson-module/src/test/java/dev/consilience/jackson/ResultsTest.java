package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Subject;
import dev.consilience.Trend;
import dev.consilience.Unit;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import dev.consilience.reconcile.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Reconciliations are written in the documented format, and only written. */
class ResultsTest extends ModuleTestBase {
  private final ObjectMapper pretty = prettyMapperWithModule();
  private final ObjectMapper mapper = mapperWithModule();

  @Test
  void theKurskCasualtyReconciliationIsWrittenAsTheGoldenFile() throws IOException {
    Reconciliation result = Results.kurskCasualties();

    assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(pretty.writeValueAsString(result) + "\n")
        .isEqualTo(resource("kursk-casualties-reconciliation.json"));
  }

  @Test
  void aContestedReconciliationWithConflictsAndExclusionsIsWrittenAsTheGoldenFile()
      throws IOException {
    Reconciliation result = Results.contestedTroops();

    assertThat(result.verdict()).isEqualTo(Verdict.CONTESTED);
    assertThat(result.conflicts()).isNotEmpty();
    assertThat(result.excluded()).hasSize(2);
    assertThat(pretty.writeValueAsString(result) + "\n")
        .isEqualTo(resource("contested-troops-reconciliation.json"));
  }

  @Test
  void theGoldenReconciliationsValidate() {
    assertThat(SchemaTest.errors("reconciliation",
        resource("kursk-casualties-reconciliation.json"))).isEmpty();
    assertThat(SchemaTest.errors("reconciliation",
        resource("contested-troops-reconciliation.json"))).isEmpty();
  }

  @Test
  void theVoicesClaimsAreTheClaimsAsTheyReadBack() throws IOException {
    JsonNode written = mapper.readTree(mapper.writeValueAsString(Results.kurskCasualties()));
    List<Claim> claims = new ArrayList<>();
    for (JsonNode voice : written.get("voices")) {
      for (JsonNode claim : voice.get("claims")) {
        claims.add(mapper.readValue(claim.toString(), Claim.class));
      }
    }

    assertThat(claims).containsExactlyInAnyOrderElementsOf(KurskClaims.claims().subList(0, 2));
  }

  /** Claims from the claim generator, all made about one subject in one unit. */
  private static Gen<List<Claim>> claimsAboutOneSubject() {
    return in -> {
      Subject subject = Subject.of("s", Generate.enumValues(Trend.class).generate(in));
      List<Claim> claims = new ArrayList<>();
      int count = Generate.range(1, 6).generate(in);
      for (int i = 0; i < count; i++) {
        Claim claim = Generators.claims().generate(in);
        Unit unit = Unit.of(Generate.pick(List.of("person", "USD")).generate(in));
        claims.add(Claim.builder().from(claim).subject(subject)
            .quantity(Quantity.builder().from(claim.quantity()).unit(unit).build())
            .build());
      }
      return claims;
    };
  }

  @Test
  void everyReconciliationOfGeneratedClaimsValidatesAndNamesItsConflictingClaims() {
    qt().withExamples(100).forAll(claimsAboutOneSubject()).checkAssert(claims -> {
      try {
        Reconciliation result = Reconciler.defaults().reconcile(claims);
        String json = mapper.writeValueAsString(result);
        assertThat(SchemaTest.errors("reconciliation", json)).isEmpty();

        JsonNode written = mapper.readTree(json);
        Set<String> voiceClaimIds = new HashSet<>();
        written.get("voices").forEach(v -> v.get("claims")
            .forEach(c -> voiceClaimIds.add(c.get("id").asText())));
        written.get("conflicts").forEach(c -> assertThat(voiceClaimIds)
            .contains(c.get("first").asText(), c.get("second").asText()));
        assertThat(mapper.writeValueAsString(result)).isEqualTo(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
