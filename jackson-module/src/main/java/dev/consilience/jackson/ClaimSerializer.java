package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Claim;
import dev.consilience.Relay;
import java.io.IOException;

/**
 * Writes a {@link Claim}: {@code id}, {@code subject}, {@code quantity}, {@code source}, {@code
 * relays} (left out when empty), {@code statedOn}, {@code asOf}, {@code credibility}, {@code rank},
 * then {@code quote}. The id is always written, so that a derived id survives a change of
 * content elsewhere; absent optional values are left out, defaults are written.
 */
final class ClaimSerializer extends ModelSerializer<Claim> {
  private static final long serialVersionUID = 1L;
  static final ClaimSerializer INSTANCE = new ClaimSerializer();

  private ClaimSerializer() {
    super(Claim.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Claim claim, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStringField("id", claim.id());
    gen.writeFieldName("subject");
    SubjectSerializer.INSTANCE.serialize(claim.subject(), gen, provider);
    gen.writeFieldName("quantity");
    QuantitySerializer.INSTANCE.serialize(claim.quantity(), gen, provider);
    gen.writeFieldName("source");
    SourceSerializer.INSTANCE.serialize(claim.source(), gen, provider);
    if (!claim.relays().isEmpty()) {
      gen.writeArrayFieldStart("relays");
      for (Relay relay : claim.relays()) {
        RelaySerializer.INSTANCE.serialize(relay, gen, provider);
      }
      gen.writeEndArray();
    }
    if (claim.statedOn().isPresent()) {
      gen.writeStringField("statedOn", claim.statedOn().get().toString());
    }
    if (claim.asOf().isPresent()) {
      gen.writeStringField("asOf", claim.asOf().get().toString());
    }
    gen.writeStringField("credibility", LowerCaseEnumSerializer.nameOf(claim.credibility()));
    gen.writeStringField("rank", LowerCaseEnumSerializer.nameOf(claim.rank()));
    if (claim.quote().isPresent()) {
      gen.writeStringField("quote", claim.quote().get());
    }
  }
}
