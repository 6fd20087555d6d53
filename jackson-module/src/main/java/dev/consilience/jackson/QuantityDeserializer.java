package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Reads a {@link Quantity}; {@code range} and {@code unit} are required. */
final class QuantityDeserializer extends ObjectDeserializer<Quantity, Quantity.Builder> {
  private static final long serialVersionUID = 1L;
  static final QuantityDeserializer INSTANCE = new QuantityDeserializer();
  private static final LowerCaseEnumDeserializer<Hedge> HEDGE =
      new LowerCaseEnumDeserializer<>(Hedge.class);

  private QuantityDeserializer() {
    super(Quantity.class, "quantity", List.of("range", "unit", "hedge", "stated"),
        Set.of("range", "unit"));
  }

  @Override
  Quantity.Builder start() {
    return Quantity.builder();
  }

  @Override
  void read(Quantity.Builder quantity, String property, JsonParser p,
      DeserializationContext ctxt) throws IOException {
    switch (property) {
      case "range":
        quantity.range(RangeDeserializer.INSTANCE.deserialize(p, ctxt));
        break;
      case "unit":
        quantity.unit(UnitDeserializer.INSTANCE.deserialize(p, ctxt));
        break;
      case "hedge":
        quantity.hedge(HEDGE.deserialize(p, ctxt));
        break;
      default:
        quantity.stated(Json.text(p, "stated"));
    }
  }

  @Override
  Quantity build(Quantity.Builder quantity, JsonParser p, DeserializationContext ctxt) {
    return quantity.build();
  }
}
