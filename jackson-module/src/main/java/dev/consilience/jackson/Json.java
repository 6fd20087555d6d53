package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.consilience.TimeSpan;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Reading values from the token stream, and the errors every deserializer reports. Each message
 * starts with the JSON path of the offending value ({@code $[2].quantity.range.gte: ...}), taken
 * from the parser's own context so that it is right however deeply the value is nested.
 */
final class Json {
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Json() {}

  /** Moves to the next token, reporting a broken stream read constraint as a mapping error. */
  static JsonToken next(JsonParser p) throws IOException {
    try {
      return p.nextToken();
    } catch (StreamConstraintsException e) {
      throw brokenConstraint(p, e);
    }
  }

  /** A broken stream read constraint (too long, too deep) as a mapping error with its path. */
  static MismatchedInputException brokenConstraint(JsonParser p, StreamConstraintsException e) {
    return MismatchedInputException.from(
        p, (Class<?>) null, where(p) + lowerCaseFirst(e.getOriginalMessage()));
  }

  /** The JSON path of the current token, with a colon and a space: {@code "$.quantity: "}. */
  static String where(JsonParser p) {
    ReplayingParser replay = p instanceof ReplayingParser ? (ReplayingParser) p : null;
    Deque<String> steps = new ArrayDeque<>();
    JsonStreamContext child = null;
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot();
        child = c, c = c.getParent()) {
      if (replay != null && replay.repeats(c, child)) {
        continue;
      }
      String name = c.getCurrentName();
      // A name first: a replayed context copied from an array holds the names of an object.
      if (name != null) {
        steps.push(SIMPLE_NAME.matcher(name).matches()
            ? "." + name
            : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
      } else if (c.inArray() && c.hasCurrentIndex()) {
        steps.push("[" + c.getCurrentIndex() + "]");
      }
    }
    return "$" + String.join("", steps) + ": ";
  }

  /** A value of the wrong JSON type: {@code expected a string, found a number}. */
  static MismatchedInputException wrongType(JsonParser p, Class<?> type, String expected) {
    return MismatchedInputException.from(
        p, type, where(p) + "expected " + expected + ", found " + describe(p.currentToken()));
  }

  /** Input that is well formed but does not make a valid value; {@code value} is the culprit. */
  static InvalidFormatException invalid(
      JsonParser p, Class<?> type, String problem, Object value) {
    return InvalidFormatException.from(p, where(p) + problem, value, type);
  }

  /** Input whose structure is wrong: a missing, duplicate or conflicting property. */
  static MismatchedInputException mismatch(JsonParser p, Class<?> type, String problem) {
    return MismatchedInputException.from(p, type, where(p) + problem);
  }

  /** Reads a string token. */
  static String string(JsonParser p, Class<?> type)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType(p, type, "a string");
    }
    return p.getText();
  }

  /** Reads a string that is not blank; {@code attribute} names it in the message. */
  static String text(JsonParser p, String attribute)
      throws IOException {
    String text = string(p, String.class);
    if (text.isBlank()) {
      throw invalid(p, String.class, attribute + " is blank: '" + text + "'", text);
    }
    return text;
  }

  /** Reads a time span in the ISO form that {@link TimeSpan#toString()} prints. */
  static TimeSpan timeSpan(JsonParser p) throws IOException {
    String text = string(p, TimeSpan.class);
    try {
      return TimeSpan.parse(text);
    } catch (IllegalArgumentException e) {
      // TextParseException's message already shows the text and the index.
      throw invalid(p, TimeSpan.class, "malformed time span: " + e.getMessage(), text);
    }
  }

  /** Reads a URI. */
  static URI uri(JsonParser p) throws IOException {
    String text = string(p, URI.class);
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw invalid(p, URI.class, "malformed URI '" + text + "': " + lowerCaseFirst(e.getMessage()),
          text);
    }
  }

  /** Adds the object's property to a mapping exception's reference path. */
  static JsonMappingException withPath(JsonMappingException e, Class<?> type, String property) {
    return JsonMappingException.wrapWithPath(e, type, property);
  }

  static String lowerCaseFirst(String message) {
    return message == null || message.isEmpty()
        ? String.valueOf(message)
        : Character.toLowerCase(message.charAt(0)) + message.substring(1);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name().toLowerCase(java.util.Locale.ROOT)
            : "'" + token.asString() + "'";
    }
  }
}
