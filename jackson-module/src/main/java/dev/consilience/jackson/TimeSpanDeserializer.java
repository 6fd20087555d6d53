package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.consilience.TimeSpan;
import java.io.IOException;

/** Reads a {@link TimeSpan} from an ISO date or interval at day, month or year precision. */
final class TimeSpanDeserializer extends NullRefusingDeserializer<TimeSpan> {
  private static final long serialVersionUID = 1L;
  static final TimeSpanDeserializer INSTANCE = new TimeSpanDeserializer();

  private TimeSpanDeserializer() {
    super(TimeSpan.class, "time span");
  }

  @Override
  TimeSpan readValue(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Json.timeSpan(p);
  }
}
