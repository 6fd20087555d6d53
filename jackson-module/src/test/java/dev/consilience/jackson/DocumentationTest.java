package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in {@code docs/json-format.md} are what the module reads and writes. */
class DocumentationTest extends ModuleTestBase {
  private static final Path DOC = Path.of("..", "docs", "json-format.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\n(.*?)\n```", Pattern.DOTALL);

  private static List<String> jsonBlocks() throws IOException {
    Matcher blocks = JSON_BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(blocks.group(1));
    }
    return found;
  }

  @Test
  void theExamplesAreTheGoldenFiles() throws IOException {
    assertThat(jsonBlocks()).containsExactly(
        resource("kursk-claims.json").stripTrailing(),
        resource("every-attribute-claim.json").stripTrailing(),
        resource("kursk-casualties-reconciliation.json").stripTrailing(),
        resource("learned-weights.json").stripTrailing(),
        resource("kursk-claims.jsonl").stripTrailing());
  }

  @Test
  void theReconciliationExampleIsWhatTheModuleWrites() throws IOException {
    assertThat(jsonBlocks()).contains(
        prettyMapperWithModule().writeValueAsString(Results.kurskCasualties()));
  }

  @Test
  void everyClaimExampleReadsAndIsWrittenBackTheSame() throws IOException {
    ObjectMapper pretty = prettyMapperWithModule();
    for (String block : jsonBlocks()) {
      if (block.startsWith("{\n  \"subject\"") || block.startsWith("{\n  \"iterations\"")) {
        continue; // the reconciliation and the weights, which are written only
      }
      List<Claim> claims;
      try (MappingIterator<Claim> it = pretty.readerFor(Claim.class).readValues(block)) {
        claims = it.readAll();
      }
      assertThat(claims).isNotEmpty();
      assertThat(rewrite(block, claims)).isEqualTo(block);
    }
  }

  /** Writes claims in the block's layout: an indented array, an indented claim, or JSON Lines. */
  private static String rewrite(String block, List<Claim> claims) throws IOException {
    ObjectMapper pretty = prettyMapperWithModule();
    if (block.startsWith("[")) {
      return pretty.writeValueAsString(claims);
    }
    if (block.startsWith("{\n")) {
      return pretty.writeValueAsString(claims.get(0));
    }
    List<String> lines = new ArrayList<>();
    for (Claim claim : claims) {
      lines.add(mapperWithModule().writeValueAsString(claim));
    }
    return String.join("\n", lines);
  }
}
