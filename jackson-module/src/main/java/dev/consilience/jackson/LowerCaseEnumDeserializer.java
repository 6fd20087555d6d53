package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a model enum from its lower-case name. Any other string, including the upper-case name,
 * fails with a message that lists the accepted values.
 */
final class LowerCaseEnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {
  private static final long serialVersionUID = 1L;

  private final Map<String, E> byName = new LinkedHashMap<>();
  private final String what;

  LowerCaseEnumDeserializer(Class<E> type) {
    super(type);
    for (E value : type.getEnumConstants()) {
      byName.put(LowerCaseEnumSerializer.nameOf(value), value);
    }
    // SourceKind -> "source kind"
    this.what = type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ")
        .toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String name = Json.string(p, handledType());
    E value = byName.get(name);
    if (value == null) {
      throw Json.invalid(p, handledType(),
          "unknown " + what + " '" + name + "'; expected one of: "
              + String.join(", ", byName.keySet()),
          name);
    }
    return value;
  }

  @Override
  public E getNullValue(DeserializationContext ctxt) throws
      com.fasterxml.jackson.databind.JsonMappingException {
    return ObjectDeserializer.refuseNull(ctxt, handledType(), what);
  }

}
