package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON object property by property into a state (usually a builder), then builds the
 * value. Every deserializer of an object type shares this loop, and so the same rules: a property
 * may appear once; unknown properties follow {@code FAIL_ON_UNKNOWN_PROPERTIES}; required
 * properties must be present; {@code null} is never a value; and an {@link
 * IllegalArgumentException} or {@link NullPointerException} from the model becomes a mapping
 * error at the object's path.
 *
 * @param <T> the type read
 * @param <S> the state filled in while reading
 */
abstract class ObjectDeserializer<T, S> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final String what;
  private final List<String> properties;
  private final Set<String> required;

  /**
   * @param type the type read
   * @param what the type's name in messages, such as {@code "claim"}
   * @param properties every property, in the documented order
   * @param required the properties that must be present
   */
  ObjectDeserializer(Class<T> type, String what, List<String> properties, Set<String> required) {
    super(type);
    this.what = what;
    this.properties = List.copyOf(properties);
    this.required = Set.copyOf(required);
  }

  /** Returns a fresh state for one object. */
  abstract S start();

  /** Reads the value of one known property, the parser on its first token. */
  abstract void read(S state, String property, JsonParser p, DeserializationContext ctxt)
      throws IOException;

  /** Builds the value; the parser is on the object's closing brace. */
  abstract T build(S state, JsonParser p, DeserializationContext ctxt) throws IOException;

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = Json.next(p);
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      throw Json.wrongType(p, handledType(), "a " + what + " object");
    }
    S state = start();
    Set<String> seen = new HashSet<>();
    for (; token == JsonToken.FIELD_NAME; token = Json.next(p)) {
      String name = p.currentName();
      Json.next(p);
      if (!properties.contains(name)) {
        unknown(p, ctxt, name);
        continue;
      }
      if (!seen.add(name)) {
        throw Json.mismatch(p, handledType(), "duplicate property '" + name + "'");
      }
      try {
        read(state, name, p, ctxt);
      } catch (JsonMappingException e) {
        throw Json.withPath(e, handledType(), name);
      }
    }
    for (String name : properties) {
      if (required.contains(name) && !seen.contains(name)) {
        throw Json.mismatch(p, handledType(), "missing required property '" + name + "' of the "
            + what);
      }
    }
    try {
      return build(state, p, ctxt);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Json.invalid(p, handledType(), Json.lowerCaseFirst(e.getMessage()), null);
    }
  }

  private void unknown(JsonParser p, DeserializationContext ctxt, String name)
      throws IOException {
    try {
      // Consults problem handlers, then fails or skips as FAIL_ON_UNKNOWN_PROPERTIES says.
      ctxt.handleUnknownProperty(p, this, handledType(), name);
    } catch (UnrecognizedPropertyException e) {
      throw new UnrecognizedPropertyException(p,
          Json.where(p) + "unknown property '" + name + "' of the " + what
              + "; known properties: " + String.join(", ", properties),
          p.currentLocation(), handledType(), name, getKnownPropertyNames());
    }
  }

  @Override
  public final Collection<Object> getKnownPropertyNames() {
    return new ArrayList<>(properties);
  }

  @Override
  public final T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    return refuseNull(ctxt, handledType(), what);
  }

  /** Fails on a JSON {@code null} where a value is expected: absent values are left out. */
  static <V> V refuseNull(DeserializationContext ctxt, Class<?> type, String what)
      throws MismatchedInputException {
    JsonParser p = ctxt.getParser();
    throw p == null
        ? MismatchedInputException.from(p, type, "expected a " + what + ", found null")
        : Json.wrongType(p, type, "a " + what);
  }
}
