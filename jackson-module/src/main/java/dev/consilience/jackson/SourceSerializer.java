package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Source;
import java.io.IOException;

/**
 * Writes a {@link Source}: {@code id}, {@code name}, {@code kind}, {@code affiliation}, {@code
 * reliability}, then {@code url}.
 */
final class SourceSerializer extends ModelSerializer<Source> {
  private static final long serialVersionUID = 1L;
  static final SourceSerializer INSTANCE = new SourceSerializer();

  private SourceSerializer() {
    super(Source.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Source source, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStringField("id", source.id());
    gen.writeStringField("name", source.name());
    gen.writeStringField("kind", LowerCaseEnumSerializer.nameOf(source.kind()));
    if (source.affiliation().isPresent()) {
      gen.writeStringField("affiliation", source.affiliation().get());
    }
    gen.writeStringField("reliability", LowerCaseEnumSerializer.nameOf(source.reliability()));
    if (source.url().isPresent()) {
      gen.writeStringField("url", source.url().get().toString());
    }
  }
}
