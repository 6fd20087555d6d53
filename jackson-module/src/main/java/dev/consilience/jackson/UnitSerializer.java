package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.consilience.Unit;
import java.io.IOException;

/** Writes a {@link Unit} as its code: {@code "person"}, {@code "USD/person"}. */
final class UnitSerializer extends StdSerializer<Unit> {
  private static final long serialVersionUID = 1L;
  static final UnitSerializer INSTANCE = new UnitSerializer();

  private UnitSerializer() {
    super(Unit.class);
  }

  @Override
  public void serialize(Unit unit, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(unit.code());
  }
}
