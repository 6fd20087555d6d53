package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.consilience.Relay;
import dev.consilience.RelayKind;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Reads a {@link Relay}; {@code source} and {@code kind} are required. */
final class RelayDeserializer extends ObjectDeserializer<Relay, Relay.Builder> {
  private static final long serialVersionUID = 1L;
  static final RelayDeserializer INSTANCE = new RelayDeserializer();
  private static final LowerCaseEnumDeserializer<RelayKind> KIND =
      new LowerCaseEnumDeserializer<>(RelayKind.class);

  private RelayDeserializer() {
    super(Relay.class, "relay", List.of("source", "kind", "on", "url"), Set.of("source", "kind"));
  }

  @Override
  Relay.Builder start() {
    return Relay.builder();
  }

  @Override
  void read(Relay.Builder relay, String property, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    switch (property) {
      case "source":
        relay.source(SourceDeserializer.INSTANCE.deserialize(p, ctxt));
        break;
      case "kind":
        relay.kind(KIND.deserialize(p, ctxt));
        break;
      case "on":
        relay.on(Json.timeSpan(p));
        break;
      default:
        relay.url(Json.uri(p));
    }
  }

  @Override
  Relay build(Relay.Builder relay, JsonParser p, DeserializationContext ctxt) {
    return relay.build();
  }
}
