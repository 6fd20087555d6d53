package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Subject;
import java.io.IOException;

/** Writes a {@link Subject}: {@code id}, {@code description}, then {@code trend}. */
final class SubjectSerializer extends ModelSerializer<Subject> {
  private static final long serialVersionUID = 1L;
  static final SubjectSerializer INSTANCE = new SubjectSerializer();

  private SubjectSerializer() {
    super(Subject.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Subject subject, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStringField("id", subject.id());
    if (subject.description().isPresent()) {
      gen.writeStringField("description", subject.description().get());
    }
    gen.writeStringField("trend", LowerCaseEnumSerializer.nameOf(subject.trend()));
  }
}
