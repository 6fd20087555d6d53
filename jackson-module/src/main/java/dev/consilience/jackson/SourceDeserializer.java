package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.SourceKind;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Reads a {@link Source}; {@code id} and {@code name} are required. */
final class SourceDeserializer extends ObjectDeserializer<Source, Source.Builder> {
  private static final long serialVersionUID = 1L;
  static final SourceDeserializer INSTANCE = new SourceDeserializer();
  private static final LowerCaseEnumDeserializer<SourceKind> KIND =
      new LowerCaseEnumDeserializer<>(SourceKind.class);
  private static final LowerCaseEnumDeserializer<Reliability> RELIABILITY =
      new LowerCaseEnumDeserializer<>(Reliability.class);

  private SourceDeserializer() {
    super(Source.class, "source",
        List.of("id", "name", "kind", "affiliation", "reliability", "url"),
        Set.of("id", "name"));
  }

  @Override
  Source.Builder start() {
    return Source.builder();
  }

  @Override
  void read(Source.Builder source, String property, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    switch (property) {
      case "id":
        source.id(Json.text(p, "source id"));
        break;
      case "name":
        source.name(Json.text(p, "source name"));
        break;
      case "kind":
        source.kind(KIND.deserialize(p, ctxt));
        break;
      case "affiliation":
        source.affiliation(Json.text(p, "source affiliation"));
        break;
      case "reliability":
        source.reliability(RELIABILITY.deserialize(p, ctxt));
        break;
      default:
        source.url(Json.uri(p));
    }
  }

  @Override
  Source build(Source.Builder source, JsonParser p, DeserializationContext ctxt) {
    return source.build();
  }
}
