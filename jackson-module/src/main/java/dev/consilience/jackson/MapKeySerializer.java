package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a model value as the key of a map: an enum as its lower-case name, as it is written as a
 * value; a {@code Unit} as its code, a {@code TimeSpan} in its ISO form and a {@code Range} in
 * interval notation, which is what their {@code toString()} prints and {@code Unit.of}, {@code
 * TimeSpan.parse} and {@code Range.parse} read back.
 */
final class MapKeySerializer extends StdSerializer<Object> {
  private static final long serialVersionUID = 1L;
  static final MapKeySerializer INSTANCE = new MapKeySerializer();

  private MapKeySerializer() {
    super(Object.class);
  }

  @Override
  public void serialize(Object key, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeFieldName(key instanceof Enum<?>
        ? LowerCaseEnumSerializer.nameOf((Enum<?>) key)
        : key.toString());
  }
}
