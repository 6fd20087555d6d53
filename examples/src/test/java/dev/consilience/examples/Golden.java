package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files whose content a test pins down. Run the tests with {@code -Dconsilience.regenerate=true}
 * to rewrite them from what the code now produces, then review the difference before committing.
 */
final class Golden {
  private static final boolean REGENERATE = Boolean.getBoolean("consilience.regenerate");

  private Golden() {}

  /** Asserts that a file of the module, relative to its folder, holds exactly {@code actual}. */
  static void assertFileHolds(String file, String actual) {
    Path path = Path.of(file);
    try {
      if (REGENERATE) {
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, actual, StandardCharsets.UTF_8);
      }
      assertThat(Files.readString(path, StandardCharsets.UTF_8))
          .as("%s (rerun with -Dconsilience.regenerate=true to rewrite it)", file)
          .isEqualTo(actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
