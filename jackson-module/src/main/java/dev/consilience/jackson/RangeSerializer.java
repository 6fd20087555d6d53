package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Bound;
import dev.consilience.Range;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes a {@link Range} in the Elasticsearch range convention: {@code {"gte":3800,"lte":4000}},
 * {@code {"gt":6000}}, {@code {}} for every number. The lower end comes first.
 */
final class RangeSerializer extends ModelSerializer<Range> {
  private static final long serialVersionUID = 1L;
  static final RangeSerializer INSTANCE = new RangeSerializer();

  private RangeSerializer() {
    super(Range.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Range range, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    end(range.lower(), "gte", "gt", gen);
    end(range.upper(), "lte", "lt", gen);
  }

  private static void end(Optional<Bound> bound, String inclusive, String exclusive,
      JsonGenerator gen) throws IOException {
    if (bound.isPresent()) {
      gen.writeFieldName(bound.get().inclusive() ? inclusive : exclusive);
      Numbers.write(bound.get().value(), gen);
    }
  }
}
