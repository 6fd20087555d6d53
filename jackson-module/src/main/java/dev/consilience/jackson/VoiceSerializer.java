package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Claim;
import dev.consilience.reconcile.Voice;
import java.io.IOException;

/**
 * Writes a {@link Voice}: {@code origin}, {@code range}, {@code weight} (a plain decimal), {@code
 * supportsConsensus}, then {@code claims}, the voice's claims in full.
 */
final class VoiceSerializer extends ModelSerializer<Voice> {
  private static final long serialVersionUID = 1L;
  static final VoiceSerializer INSTANCE = new VoiceSerializer();

  private VoiceSerializer() {
    super(Voice.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Voice voice, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStringField("origin", voice.origin());
    gen.writeFieldName("range");
    RangeSerializer.INSTANCE.serialize(voice.range(), gen, provider);
    gen.writeFieldName("weight");
    Numbers.write(voice.weight(), gen);
    gen.writeBooleanField("supportsConsensus", voice.supportsConsensus());
    gen.writeArrayFieldStart("claims");
    for (Claim claim : voice.claims()) {
      ClaimSerializer.INSTANCE.serialize(claim, gen, provider);
    }
    gen.writeEndArray();
  }
}
