package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Unit;
import java.io.IOException;

/** Writes a {@link Unit} as its code: {@code "person"}, {@code "USD/person"}. */
final class UnitSerializer extends ModelSerializer<Unit> {
  private static final long serialVersionUID = 1L;
  static final UnitSerializer INSTANCE = new UnitSerializer();

  private UnitSerializer() {
    super(Unit.class, JsonToken.VALUE_STRING);
  }

  @Override
  void writeContents(Unit unit, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(unit.code());
  }
}
