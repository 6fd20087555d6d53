package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
abstract class ObjectDeserializer<T, S> extends NullRefusingDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final List<String> properties;
  /** Each property's place in {@link #properties}, which is also its bit in the masks. */
  private final Map<String, Integer> indexes;
  /** The bits of the required properties. */
  private final long requiredMask;

  /**
   * @param type the type read
   * @param what the type's name in messages, such as {@code "claim"}
   * @param properties every property, in the documented order
   * @param required the properties that must be present
   */
  ObjectDeserializer(Class<T> type, String what, List<String> properties, Set<String> required) {
    super(type, what);
    this.properties = List.copyOf(properties);
    if (this.properties.size() > Long.SIZE) {
      throw new IllegalArgumentException(
          "a " + what + " has " + this.properties.size() + " properties, more than " + Long.SIZE);
    }
    // Built once, so that reading finds a name with one hash lookup instead of a list scan.
    this.indexes = new HashMap<>();
    for (int i = 0; i < this.properties.size(); i++) {
      indexes.put(this.properties.get(i), i);
    }
    long mask = 0;
    for (String name : required) {
      Integer index = indexes.get(name);
      if (index == null) {
        throw new IllegalArgumentException("required property '" + name + "' of the " + what
            + " is not one of its properties " + this.properties);
      }
      mask |= 1L << index;
    }
    this.requiredMask = mask;
  }

  /** Returns a fresh state for one object. */
  abstract S start();

  /** Reads the value of one known property, the parser on its first token. */
  abstract void read(S state, String property, JsonParser p, DeserializationContext ctxt)
      throws IOException;

  /** Builds the value; the parser is on the object's closing brace. */
  abstract T build(S state, JsonParser p, DeserializationContext ctxt) throws IOException;

  @Override
  final T readValue(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = Json.next(p);
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      throw Json.wrongType(p, handledType(), "a " + what() + " object");
    }
    S state = start();
    // One bit per property in seen: no allocation per object, and reading is on the hot path.
    long seen = 0;
    for (; token == JsonToken.FIELD_NAME; token = Json.next(p)) {
      String name = p.currentName();
      Json.next(p);
      Integer index = indexes.get(name);
      if (index == null) {
        unknown(p, ctxt, name);
        continue;
      }
      long bit = 1L << index;
      if ((seen & bit) != 0) {
        throw Json.mismatch(p, handledType(), "duplicate property '" + name + "'");
      }
      seen |= bit;
      try {
        read(state, name, p, ctxt);
      } catch (StreamConstraintsException e) {
        // A value's text too long for the parser: the property belongs in the path too.
        throw Json.withPath(Json.brokenConstraint(p, e), handledType(), name);
      } catch (JsonMappingException e) {
        throw Json.withPath(e, handledType(), name);
      }
    }
    if ((seen & requiredMask) != requiredMask) {
      throw missing(p, requiredMask & ~seen);
    }
    try {
      return build(state, p, ctxt);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Json.invalid(p, handledType(), Json.lowerCaseFirst(e.getMessage()), null);
    }
  }

  /** The error for missing required properties: the first one, in the documented order. */
  private JsonMappingException missing(JsonParser p, long missing) {
    String name = properties.get(Long.numberOfTrailingZeros(missing));
    return Json.mismatch(p, handledType(), "missing required property '" + name + "' of the "
        + what());
  }

  private void unknown(JsonParser p, DeserializationContext ctxt, String name)
      throws IOException {
    try {
      // Consults problem handlers, then fails or skips as FAIL_ON_UNKNOWN_PROPERTIES says.
      ctxt.handleUnknownProperty(p, this, handledType(), name);
    } catch (StreamConstraintsException e) {
      // Skipping reads the value's tokens, which may break the parser's limits too.
      throw Json.brokenConstraint(p, e);
    } catch (UnrecognizedPropertyException e) {
      throw new UnrecognizedPropertyException(p,
          Json.where(p) + "unknown property '" + name + "' of the " + what()
              + "; known properties: " + String.join(", ", properties),
          p.currentLocation(), handledType(), name, getKnownPropertyNames());
    }
  }

  @Override
  public final Collection<Object> getKnownPropertyNames() {
    return new ArrayList<>(properties);
  }
}
