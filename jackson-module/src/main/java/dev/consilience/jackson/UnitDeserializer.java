package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.consilience.Unit;
import java.io.IOException;

/** Reads a {@link Unit} from its code. */
final class UnitDeserializer extends StdDeserializer<Unit> {
  private static final long serialVersionUID = 1L;
  static final UnitDeserializer INSTANCE = new UnitDeserializer();

  private UnitDeserializer() {
    super(Unit.class);
  }

  @Override
  public Unit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String code = Json.string(p, Unit.class);
    try {
      return Unit.of(code);
    } catch (IllegalArgumentException e) {
      throw Json.invalid(p, Unit.class, e.getMessage(), code);
    }
  }

  @Override
  public Unit getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    return ObjectDeserializer.refuseNull(ctxt, Unit.class, "unit");
  }
}
