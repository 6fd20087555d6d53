package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Locale;

/** Writes a model enum as its lower-case name: {@code Hedge.JUST_OVER} is {@code "just_over"}. */
final class LowerCaseEnumSerializer<E extends Enum<E>> extends ModelSerializer<E> {
  private static final long serialVersionUID = 1L;

  LowerCaseEnumSerializer(Class<E> type) {
    super(type, JsonToken.VALUE_STRING);
  }

  static String nameOf(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  void writeContents(E value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(nameOf(value));
  }
}
