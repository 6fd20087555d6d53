package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.reconcile.Exclusion;
import java.io.IOException;

/**
 * Writes an {@link Exclusion}: {@code claim} (in full: an excluded claim is in no voice), {@code
 * reason}, then {@code detail}.
 */
final class ExclusionSerializer extends ModelSerializer<Exclusion> {
  private static final long serialVersionUID = 1L;
  static final ExclusionSerializer INSTANCE = new ExclusionSerializer();

  private ExclusionSerializer() {
    super(Exclusion.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Exclusion exclusion, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeFieldName("claim");
    ClaimSerializer.INSTANCE.serialize(exclusion.claim(), gen, provider);
    gen.writeStringField("reason", LowerCaseEnumSerializer.nameOf(exclusion.reason()));
    gen.writeStringField("detail", exclusion.detail());
  }
}
