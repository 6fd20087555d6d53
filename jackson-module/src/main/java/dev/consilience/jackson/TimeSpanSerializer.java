package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.TimeSpan;
import java.io.IOException;

/** Writes a {@link TimeSpan} as the ISO string {@link TimeSpan#toString()} prints. */
final class TimeSpanSerializer extends ModelSerializer<TimeSpan> {
  private static final long serialVersionUID = 1L;
  static final TimeSpanSerializer INSTANCE = new TimeSpanSerializer();

  private TimeSpanSerializer() {
    super(TimeSpan.class, JsonToken.VALUE_STRING);
  }

  @Override
  void writeContents(TimeSpan span, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(span.toString());
  }
}
