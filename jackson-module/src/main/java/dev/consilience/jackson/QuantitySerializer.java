package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Quantity;
import java.io.IOException;

/** Writes a {@link Quantity}: {@code range}, {@code unit}, {@code hedge}, then {@code stated}. */
final class QuantitySerializer extends ModelSerializer<Quantity> {
  private static final long serialVersionUID = 1L;
  static final QuantitySerializer INSTANCE = new QuantitySerializer();

  private QuantitySerializer() {
    super(Quantity.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Quantity quantity, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeFieldName("range");
    RangeSerializer.INSTANCE.serialize(quantity.range(), gen, provider);
    gen.writeStringField("unit", quantity.unit().code());
    gen.writeStringField("hedge", LowerCaseEnumSerializer.nameOf(quantity.hedge()));
    if (quantity.stated().isPresent()) {
      gen.writeStringField("stated", quantity.stated().get());
    }
  }
}
