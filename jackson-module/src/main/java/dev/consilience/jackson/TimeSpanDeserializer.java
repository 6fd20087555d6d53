package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.consilience.TimeSpan;
import java.io.IOException;

/** Reads a {@link TimeSpan} from an ISO date or interval at day, month or year precision. */
final class TimeSpanDeserializer extends StdDeserializer<TimeSpan> {
  private static final long serialVersionUID = 1L;
  static final TimeSpanDeserializer INSTANCE = new TimeSpanDeserializer();

  private TimeSpanDeserializer() {
    super(TimeSpan.class);
  }

  @Override
  public TimeSpan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Json.timeSpan(p);
  }

  @Override
  public TimeSpan getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    return ObjectDeserializer.refuseNull(ctxt, TimeSpan.class, "time span");
  }
}
