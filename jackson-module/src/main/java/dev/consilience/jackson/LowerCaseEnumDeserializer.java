package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * Reads a model enum from its lower-case name. Any other string, including the upper-case name,
 * fails with a message that lists the accepted values.
 */
final class LowerCaseEnumDeserializer<E extends Enum<E>> extends NullRefusingDeserializer<E> {
  private static final long serialVersionUID = 1L;

  /** The names as characters, in declaration order, matched against the parser's buffer. */
  private final char[][] names;
  private final E[] values;
  /** The names, for the message when none matches. */
  private final String expected;

  LowerCaseEnumDeserializer(Class<E> type) {
    // SourceKind -> "source kind"
    super(type, type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ")
        .toLowerCase(java.util.Locale.ROOT));
    values = type.getEnumConstants();
    names = new char[values.length][];
    StringJoiner all = new StringJoiner(", ");
    for (int i = 0; i < values.length; i++) {
      String name = LowerCaseEnumSerializer.nameOf(values[i]);
      names[i] = name.toCharArray();
      all.add(name);
    }
    expected = all.toString();
  }

  @Override
  E readValue(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // Matched in the parser's own buffer: a model enum has a handful of short names, and
      // comparing them costs less than making a string of every value read.
      E value = find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
      if (value != null) {
        return value;
      }
    }
    String name = Json.string(p, handledType());
    throw Json.invalid(p, handledType(), "unknown " + what() + " '" + name + "'; " + expected(),
        name);
  }

  /**
   * Returns the value of a lower-case name.
   *
   * @throws IllegalArgumentException if no value has that name
   */
  E valueOf(String name) {
    E value = find(name.toCharArray(), 0, name.length());
    if (value == null) {
      throw new IllegalArgumentException(expected());
    }
    return value;
  }

  private E find(char[] text, int offset, int length) {
    for (int i = 0; i < names.length; i++) {
      if (Arrays.equals(names[i], 0, names[i].length, text, offset, offset + length)) {
        return values[i];
      }
    }
    return null;
  }

  private String expected() {
    return "expected one of: " + expected;
  }
}
