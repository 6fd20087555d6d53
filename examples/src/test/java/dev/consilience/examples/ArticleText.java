package dev.consilience.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The article's text, which the repository does not ship: it is looked for as {@code
 * shared/seed/kursk-article.txt} beside the checkout or any folder above it, and a test that needs
 * it is skipped when it is not there.
 */
final class ArticleText {
  private static final Path RELATIVE = Path.of("shared", "seed", "kursk-article.txt");

  private ArticleText() {}

  static String read() {
    Optional<Path> file = find();
    assumeTrue(file.isPresent(), "the article's text is not beside the checkout");
    try {
      return Files.readString(file.get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Path> find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(RELATIVE))) {
        return Optional.of(dir.resolve(RELATIVE));
      }
    }
    return Optional.empty();
  }
}
