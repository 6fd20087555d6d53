package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.discovery.SourceWeight;
import dev.consilience.discovery.SourceWeights;
import java.io.IOException;

/**
 * Writes {@link SourceWeights}: {@code iterations}, {@code converged}, {@code unseenWeight}, then
 * {@code sources}, every source in id order. What the weights keep to weigh a claim on a subject
 * it was learned on (the weight without that subject) is not written: the document is a report of
 * what was learned, not a way to restore the weighting.
 */
final class SourceWeightsSerializer extends ModelSerializer<SourceWeights> {
  private static final long serialVersionUID = 1L;
  static final SourceWeightsSerializer INSTANCE = new SourceWeightsSerializer();

  private SourceWeightsSerializer() {
    super(SourceWeights.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(SourceWeights weights, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeNumberField("iterations", weights.iterations());
    gen.writeBooleanField("converged", weights.converged());
    gen.writeFieldName("unseenWeight");
    Numbers.write(weights.unseenWeight(), gen);
    gen.writeArrayFieldStart("sources");
    for (SourceWeight source : weights.sources()) {
      SourceWeightSerializer.INSTANCE.serialize(source, gen, provider);
    }
    gen.writeEndArray();
  }
}
