package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;

/** Writes a model enum as its lower-case name: {@code Hedge.JUST_OVER} is {@code "just_over"}. */
final class LowerCaseEnumSerializer<E extends Enum<E>> extends StdSerializer<E> {
  private static final long serialVersionUID = 1L;

  LowerCaseEnumSerializer(Class<E> type) {
    super(type);
  }

  static String nameOf(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void serialize(E value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(nameOf(value));
  }
}
