package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Relay;
import java.io.IOException;

/** Writes a {@link Relay}: {@code source}, {@code kind}, {@code on}, then {@code url}. */
final class RelaySerializer extends ModelSerializer<Relay> {
  private static final long serialVersionUID = 1L;
  static final RelaySerializer INSTANCE = new RelaySerializer();

  private RelaySerializer() {
    super(Relay.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Relay relay, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeFieldName("source");
    SourceSerializer.INSTANCE.serialize(relay.source(), gen, provider);
    gen.writeStringField("kind", LowerCaseEnumSerializer.nameOf(relay.kind()));
    if (relay.on().isPresent()) {
      gen.writeStringField("on", relay.on().get().toString());
    }
    if (relay.url().isPresent()) {
      gen.writeStringField("url", relay.url().get().toString());
    }
  }
}
