package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.consilience.Quantity;
import java.io.IOException;

/** Writes a {@link Quantity}: {@code range}, {@code unit}, {@code hedge}, then {@code stated}. */
final class QuantitySerializer extends StdSerializer<Quantity> {
  private static final long serialVersionUID = 1L;
  static final QuantitySerializer INSTANCE = new QuantitySerializer();

  private QuantitySerializer() {
    super(Quantity.class);
  }

  @Override
  public void serialize(Quantity quantity, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(quantity);
    gen.writeFieldName("range");
    RangeSerializer.INSTANCE.serialize(quantity.range(), gen, provider);
    gen.writeStringField("unit", quantity.unit().code());
    gen.writeStringField("hedge", LowerCaseEnumSerializer.nameOf(quantity.hedge()));
    if (quantity.stated().isPresent()) {
      gen.writeStringField("stated", quantity.stated().get());
    }
    gen.writeEndObject();
  }
}
