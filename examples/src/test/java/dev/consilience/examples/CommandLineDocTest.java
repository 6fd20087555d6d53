package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in {@code docs/command-line.md} is the real input and the real output. */
class CommandLineDocTest {
  private static final String TOWNS = "src/test/resources/towns.jsonl";

  private static String read(String file) throws IOException {
    return Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }

  @Test
  void theDocShowsTheExampleInput() throws IOException {
    assertThat(read("../docs/command-line.md"))
        .contains("```json\n" + read("src/test/resources/casualties.jsonl") + "```");
  }

  @Test
  void theDocShowsWhatWeightsPrintsForTheTowns() throws IOException {
    assertThat(read("../docs/command-line.md"))
        .contains("$ consilience weights towns.jsonl\n"
            + CommandRun.of("weights", TOWNS).out + "```");
  }

  @Test
  void theDocShowsTheLastSubjectReconciledWithLearnedWeights() throws IOException {
    String out = CommandRun.of("reconcile", "--learn", TOWNS).out;

    assertThat(read("../docs/command-line.md"))
        .contains("$ consilience reconcile --learn towns.jsonl\n...\n"
            + out.substring(out.indexOf("town/dunmore/")) + "```");
  }

  @Test
  void theDocShowsWhatTheCommandPrintsForIt() throws IOException {
    String input = read("src/test/resources/casualties.jsonl");

    assertThat(read("../docs/command-line.md"))
        .contains("$ consilience reconcile - < casualties.jsonl\n"
            + CommandRun.withStdin(input, "reconcile", "-").out + "```");
  }
}
