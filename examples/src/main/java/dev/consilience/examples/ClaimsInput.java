package dev.consilience.examples;

import dev.consilience.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Where the command's claims come from: a file, standard input, or the bundled Kursk claims. */
final class ClaimsInput {
  /** The bundled claims: those of {@link KurskArticle}, written with the JSON module. */
  static final String BUNDLED_RESOURCE = "kursk-claims.json";
  /** The name of standard input in messages. */
  static final String STDIN = "<stdin>";

  private final ClaimsReader reader;

  ClaimsInput(ClaimsReader reader) {
    this.reader = reader;
  }

  /** Reads the claims bundled with the command. */
  List<Claim> bundled() {
    try (InputStream in = ClaimsInput.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + BUNDLED_RESOURCE + " is missing");
      }
      return reader.read(decode(in.readAllBytes(), BUNDLED_RESOURCE), BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the claims on standard input.
   *
   * @throws InputException if the input cannot be read or is not claims
   */
  List<Claim> stdin(InputStream in) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new InputException("cannot read " + STDIN + ": " + e.getMessage());
    }
    return reader.read(decode(bytes, STDIN), STDIN);
  }

  /**
   * Reads the claims in a file.
   *
   * @throws InputException if the file cannot be read or is not claims
   */
  List<Claim> file(String name) {
    Path path = Path.of(name);
    if (Files.isDirectory(path)) {
      throw new InputException("cannot read " + name + ": it is a directory");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException("cannot read " + name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException("cannot read " + name + ": permission denied");
    } catch (IOException e) {
      throw new InputException("cannot read " + name + ": " + e.getMessage());
    }
    return reader.read(decode(bytes, name), name);
  }

  /** Decodes UTF-8 strictly, dropping a byte order mark at the start. */
  private static String decode(byte[] bytes, String name) {
    if (startsWithUtf16ByteOrderMark(bytes)) {
      // What some editors and shells (Windows PowerShell's redirection) write by default.
      throw new InputException("cannot read " + name + ": it is UTF-16 text, not UTF-8; save it"
          + " as UTF-8");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InputException("cannot read " + name + ": it is not UTF-8 text");
    }
  }

  private static boolean startsWithUtf16ByteOrderMark(byte[] bytes) {
    return bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }
}
