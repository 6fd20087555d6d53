package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.discovery.SourceWeight;
import java.io.IOException;

/**
 * Writes a {@link SourceWeight}: {@code sourceId}, {@code weight}, {@code accuracy}, {@code
 * subjects}, {@code compared}, then {@code agreements}; the fractional numbers as the shortest
 * plain decimals that read back as the same doubles.
 */
final class SourceWeightSerializer extends ModelSerializer<SourceWeight> {
  private static final long serialVersionUID = 1L;
  static final SourceWeightSerializer INSTANCE = new SourceWeightSerializer();

  private SourceWeightSerializer() {
    super(SourceWeight.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(SourceWeight source, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStringField("sourceId", source.sourceId());
    gen.writeFieldName("weight");
    Numbers.write(source.weight(), gen);
    gen.writeFieldName("accuracy");
    Numbers.write(source.accuracy(), gen);
    gen.writeNumberField("subjects", source.subjects());
    gen.writeNumberField("compared", source.compared());
    gen.writeFieldName("agreements");
    Numbers.write(source.agreements(), gen);
  }
}
