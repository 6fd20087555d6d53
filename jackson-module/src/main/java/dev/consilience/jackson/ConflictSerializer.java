package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.reconcile.Conflict;
import java.io.IOException;

/**
 * Writes a {@link Conflict}: {@code kind}, {@code first} (the claim's id), {@code firstRange},
 * {@code second}, {@code secondRange}, {@code acrossTime}, then {@code reason}. Both claims are
 * among the voices' claims of the same reconciliation, so the ids are enough to find them.
 */
final class ConflictSerializer extends ModelSerializer<Conflict> {
  private static final long serialVersionUID = 1L;
  static final ConflictSerializer INSTANCE = new ConflictSerializer();

  private ConflictSerializer() {
    super(Conflict.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Conflict conflict, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStringField("kind", LowerCaseEnumSerializer.nameOf(conflict.kind()));
    gen.writeStringField("first", conflict.first().id());
    gen.writeFieldName("firstRange");
    RangeSerializer.INSTANCE.serialize(conflict.firstRange(), gen, provider);
    gen.writeStringField("second", conflict.second().id());
    gen.writeFieldName("secondRange");
    RangeSerializer.INSTANCE.serialize(conflict.secondRange(), gen, provider);
    gen.writeBooleanField("acrossTime", conflict.acrossTime());
    gen.writeStringField("reason", conflict.reason());
  }
}
