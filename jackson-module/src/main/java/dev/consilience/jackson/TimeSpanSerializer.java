package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.consilience.TimeSpan;
import java.io.IOException;

/** Writes a {@link TimeSpan} as the ISO string {@link TimeSpan#toString()} prints. */
final class TimeSpanSerializer extends StdSerializer<TimeSpan> {
  private static final long serialVersionUID = 1L;
  static final TimeSpanSerializer INSTANCE = new TimeSpanSerializer();

  private TimeSpanSerializer() {
    super(TimeSpan.class);
  }

  @Override
  public void serialize(TimeSpan span, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeString(span.toString());
  }
}
