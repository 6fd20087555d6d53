package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.consilience.Relay;
import java.io.IOException;

/** Writes a {@link Relay}: {@code source}, {@code kind}, {@code on}, then {@code url}. */
final class RelaySerializer extends StdSerializer<Relay> {
  private static final long serialVersionUID = 1L;
  static final RelaySerializer INSTANCE = new RelaySerializer();

  private RelaySerializer() {
    super(Relay.class);
  }

  @Override
  public void serialize(Relay relay, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(relay);
    gen.writeFieldName("source");
    SourceSerializer.INSTANCE.serialize(relay.source(), gen, provider);
    gen.writeStringField("kind", LowerCaseEnumSerializer.nameOf(relay.kind()));
    if (relay.on().isPresent()) {
      gen.writeStringField("on", relay.on().get().toString());
    }
    if (relay.url().isPresent()) {
      gen.writeStringField("url", relay.url().get().toString());
    }
    gen.writeEndObject();
  }
}
