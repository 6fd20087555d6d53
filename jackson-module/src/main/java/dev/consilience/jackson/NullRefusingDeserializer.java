package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * A deserializer of a model type: a JSON {@code null} is refused, because absent values are left
 * out rather than written as {@code null}; a value that is absent altogether (a property missing
 * from a record of the user's own) stays absent, as Jackson's own deserializers leave it, and an
 * absent {@code Optional} of a model type is empty.
 *
 * @param <T> the type read
 */
abstract class NullRefusingDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final String what;

  /**
   * @param type the type read
   * @param what the type's name in messages, such as {@code "claim"}
   */
  NullRefusingDeserializer(Class<T> type, String what) {
    super(type);
    this.what = what;
  }

  /** The type's name in messages. */
  final String what() {
    return what;
  }

  /** Reads the value, the parser on its first token. */
  abstract T readValue(JsonParser p, DeserializationContext ctxt) throws IOException;

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonParser in = ReplayingParser.of(p, ctxt);
    try {
      return readValue(in, ctxt);
    } catch (StreamConstraintsException e) {
      // A string longer than the parser allows fails only when its text is asked for, which
      // every deserializer does in its own way.
      throw Json.brokenConstraint(in, e);
    }
  }

  /**
   * Refuses a written {@code null}; otherwise returns {@code null}. Jackson asks for the null value
   * also for a value that is absent altogether (an empty {@code Optional} property of the user's
   * own type, read with {@code Jdk8Module}), and then the parser is elsewhere, such as on the
   * closing brace of the object that lacks the property.
   */
  @Override
  public final T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    JsonParser p = ctxt.getParser();
    if (p == null) {
      throw MismatchedInputException.from(p, handledType(), "expected a " + what + ", found null");
    }
    JsonToken token = p.currentToken();
    if (token == null || token == JsonToken.VALUE_NULL) {
      throw Json.wrongType(p, handledType(), "a " + what);
    }
    return null;
  }

  @Override
  public final Object getAbsentValue(DeserializationContext ctxt) {
    // Jackson would otherwise ask getNullValue(), and absent is not null.
    return null;
  }
}
