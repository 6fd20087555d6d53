package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.consilience.Subject;
import dev.consilience.Trend;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Reads a {@link Subject}; {@code id} is required. */
final class SubjectDeserializer extends ObjectDeserializer<Subject, Subject.Builder> {
  private static final long serialVersionUID = 1L;
  static final SubjectDeserializer INSTANCE = new SubjectDeserializer();
  private static final LowerCaseEnumDeserializer<Trend> TREND =
      new LowerCaseEnumDeserializer<>(Trend.class);

  private SubjectDeserializer() {
    super(Subject.class, "subject", List.of("id", "description", "trend"), Set.of("id"));
  }

  @Override
  Subject.Builder start() {
    return Subject.builder();
  }

  @Override
  void read(Subject.Builder subject, String property, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    switch (property) {
      case "id":
        subject.id(Json.text(p, "subject id"));
        break;
      case "description":
        subject.description(Json.text(p, "subject description"));
        break;
      default:
        subject.trend(TREND.deserialize(p, ctxt));
    }
  }

  @Override
  Subject build(Subject.Builder subject, JsonParser p, DeserializationContext ctxt) {
    return subject.build();
  }
}
