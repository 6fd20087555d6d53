package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.consilience.Claim;
import dev.consilience.Credibility;
import dev.consilience.Rank;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@link Claim}; {@code subject}, {@code quantity} and {@code source} are required. A
 * claim without an {@code id} gets the one derived from its content.
 */
final class ClaimDeserializer extends ObjectDeserializer<Claim, Claim.Builder> {
  private static final long serialVersionUID = 1L;
  static final ClaimDeserializer INSTANCE = new ClaimDeserializer();
  private static final LowerCaseEnumDeserializer<Credibility> CREDIBILITY =
      new LowerCaseEnumDeserializer<>(Credibility.class);
  private static final LowerCaseEnumDeserializer<Rank> RANK =
      new LowerCaseEnumDeserializer<>(Rank.class);

  private ClaimDeserializer() {
    super(Claim.class, "claim",
        List.of("id", "subject", "quantity", "source", "relays", "statedOn", "asOf",
            "credibility", "rank", "quote"),
        Set.of("subject", "quantity", "source"));
  }

  @Override
  Claim.Builder start() {
    return Claim.builder();
  }

  @Override
  void read(Claim.Builder claim, String property, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    switch (property) {
      case "id":
        claim.id(Json.text(p, "claim id"));
        break;
      case "subject":
        claim.subject(SubjectDeserializer.INSTANCE.deserialize(p, ctxt));
        break;
      case "quantity":
        claim.quantity(QuantityDeserializer.INSTANCE.deserialize(p, ctxt));
        break;
      case "source":
        claim.source(SourceDeserializer.INSTANCE.deserialize(p, ctxt));
        break;
      case "relays":
        readRelays(claim, p, ctxt);
        break;
      case "statedOn":
        claim.statedOn(Json.timeSpan(p));
        break;
      case "asOf":
        claim.asOf(Json.timeSpan(p));
        break;
      case "credibility":
        claim.credibility(CREDIBILITY.deserialize(p, ctxt));
        break;
      case "rank":
        claim.rank(RANK.deserialize(p, ctxt));
        break;
      default:
        claim.quote(Json.text(p, "claim quote"));
    }
  }

  private static void readRelays(Claim.Builder claim, JsonParser p, DeserializationContext ctxt)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw Json.wrongType(p, List.class, "an array of relays");
    }
    int index = 0;
    while (Json.next(p) != JsonToken.END_ARRAY) {
      try {
        claim.addRelay(RelayDeserializer.INSTANCE.deserialize(p, ctxt));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, List.class, index);
      }
      index++;
    }
  }

  @Override
  Claim build(Claim.Builder claim, JsonParser p, DeserializationContext ctxt) {
    return claim.build();
  }
}
