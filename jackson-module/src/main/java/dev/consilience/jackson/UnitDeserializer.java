package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.consilience.Unit;
import java.io.IOException;

/** Reads a {@link Unit} from its code. */
final class UnitDeserializer extends NullRefusingDeserializer<Unit> {
  private static final long serialVersionUID = 1L;
  static final UnitDeserializer INSTANCE = new UnitDeserializer();

  private UnitDeserializer() {
    super(Unit.class, "unit");
  }

  @Override
  Unit readValue(JsonParser p, DeserializationContext ctxt) throws IOException {
    String code = Json.string(p, Unit.class);
    try {
      return Unit.of(code);
    } catch (IllegalArgumentException e) {
      throw Json.invalid(p, Unit.class, e.getMessage(), code);
    }
  }
}
