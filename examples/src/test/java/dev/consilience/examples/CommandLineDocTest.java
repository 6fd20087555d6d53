package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example in {@code docs/command-line.md} is the real input and the real output. */
class CommandLineDocTest {
  private static String read(String file) throws IOException {
    return Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }

  @Test
  void theDocShowsTheExampleInput() throws IOException {
    assertThat(read("../docs/command-line.md"))
        .contains("```json\n" + read("src/test/resources/casualties.jsonl") + "```");
  }

  @Test
  void theDocShowsWhatTheCommandPrintsForIt() throws IOException {
    String input = read("src/test/resources/casualties.jsonl");

    assertThat(read("../docs/command-line.md"))
        .contains("$ consilience reconcile - < casualties.jsonl\n"
            + CommandRun.withStdin(input, "reconcile", "-").out + "```");
  }
}
