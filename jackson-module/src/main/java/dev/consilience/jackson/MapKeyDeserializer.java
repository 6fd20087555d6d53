package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.io.Serializable;

/**
 * Reads a model value from the key of a map, in the form {@link MapKeySerializer} writes. A key
 * that is not a value of the type is offered to the mapper's problem handlers, and then refused
 * with an {@link InvalidFormatException} whose message starts with the key's JSON path.
 *
 * @param <T> the type read
 */
final class MapKeyDeserializer<T> extends KeyDeserializer implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * The attribute of the deserialization context holding the parser of the map being read, set by
   * {@link ContainerDeserializer}; without it the context's parser is used.
   */
  static final Object PARSER = MapKeyDeserializer.class.getName() + ".parser";

  /** Reads a value from a key's text; throws {@link IllegalArgumentException} if it cannot. */
  interface Reader<T> extends Serializable {
    T read(String key);
  }

  private final Class<T> type;
  private final String what;
  private final Reader<T> reader;

  /**
   * @param type the type read
   * @param what the type's name in messages, such as {@code "range"}
   * @param reader reads a key
   */
  MapKeyDeserializer(Class<T> type, String what, Reader<T> reader) {
    this.type = type;
    this.what = what;
    this.reader = reader;
  }

  @Override
  public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
    try {
      return reader.read(key);
    } catch (IllegalArgumentException e) {
      String problem = "map key '" + key + "' is not a " + what + ": "
          + Json.lowerCaseFirst(e.getMessage());
      try {
        // Consults problem handlers, which may supply the value; fails if none does.
        return ctxt.handleWeirdKey(type, key, "%s", problem);
      } catch (InvalidFormatException unhandled) {
        Object map = ctxt.getAttribute(PARSER);
        throw Json.invalid(map instanceof JsonParser ? (JsonParser) map : ctxt.getParser(), type,
            problem, key);
      }
    }
  }
}
