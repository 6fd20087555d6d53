package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.consilience.Subject;
import java.io.IOException;

/** Writes a {@link Subject}: {@code id}, {@code description}, then {@code trend}. */
final class SubjectSerializer extends StdSerializer<Subject> {
  private static final long serialVersionUID = 1L;
  static final SubjectSerializer INSTANCE = new SubjectSerializer();

  private SubjectSerializer() {
    super(Subject.class);
  }

  @Override
  public void serialize(Subject subject, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject(subject);
    gen.writeStringField("id", subject.id());
    if (subject.description().isPresent()) {
      gen.writeStringField("description", subject.description().get());
    }
    gen.writeStringField("trend", LowerCaseEnumSerializer.nameOf(subject.trend()));
    gen.writeEndObject();
  }
}
