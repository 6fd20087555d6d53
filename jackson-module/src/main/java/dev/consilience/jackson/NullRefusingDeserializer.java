package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A deserializer of a model type: a JSON {@code null} is refused, because absent values are left
 * out rather than written as {@code null}; a value that is absent altogether (a property missing
 * from a record of the user's own) stays absent, as Jackson's own deserializers leave it.
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

  @Override
  public final T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    JsonParser p = ctxt.getParser();
    throw p == null
        ? MismatchedInputException.from(p, handledType(), "expected a " + what + ", found null")
        : Json.wrongType(p, handledType(), "a " + what);
  }

  @Override
  public final Object getAbsentValue(DeserializationContext ctxt) {
    // Jackson would otherwise ask getNullValue(), and absent is not null.
    return null;
  }
}
