package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.consilience.Range;
import dev.consilience.reconcile.Conflict;
import dev.consilience.reconcile.Exclusion;
import dev.consilience.reconcile.Reconciliation;
import dev.consilience.reconcile.Voice;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes a {@link Reconciliation}: {@code subject}, {@code asOf}, {@code unit}, {@code verdict},
 * {@code consensus}, {@code robustRange}, {@code hull}, {@code estimate} (each left out when
 * absent), then the arrays {@code voices}, {@code conflicts} and {@code excluded}, always written.
 * The human-readable {@link Reconciliation#explain()} is not part of the document.
 */
final class ReconciliationSerializer extends ModelSerializer<Reconciliation> {
  private static final long serialVersionUID = 1L;
  static final ReconciliationSerializer INSTANCE = new ReconciliationSerializer();

  private ReconciliationSerializer() {
    super(Reconciliation.class, JsonToken.START_OBJECT);
  }

  @Override
  void writeContents(Reconciliation result, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeFieldName("subject");
    SubjectSerializer.INSTANCE.serialize(result.subject(), gen, provider);
    if (result.asOf().isPresent()) {
      gen.writeStringField("asOf", result.asOf().get().toString());
    }
    if (result.unit().isPresent()) {
      gen.writeStringField("unit", result.unit().get().code());
    }
    gen.writeStringField("verdict", LowerCaseEnumSerializer.nameOf(result.verdict()));
    range("consensus", result.consensus(), gen, provider);
    range("robustRange", result.robustRange(), gen, provider);
    range("hull", result.hull(), gen, provider);
    if (result.estimate().isPresent()) {
      gen.writeFieldName("estimate");
      Numbers.write(result.estimate().get(), gen);
    }
    gen.writeArrayFieldStart("voices");
    for (Voice voice : result.voices()) {
      VoiceSerializer.INSTANCE.serialize(voice, gen, provider);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("conflicts");
    for (Conflict conflict : result.conflicts()) {
      ConflictSerializer.INSTANCE.serialize(conflict, gen, provider);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("excluded");
    for (Exclusion exclusion : result.excluded()) {
      ExclusionSerializer.INSTANCE.serialize(exclusion, gen, provider);
    }
    gen.writeEndArray();
  }

  private static void range(String name, Optional<Range> range, JsonGenerator gen,
      SerializerProvider provider) throws IOException {
    if (range.isPresent()) {
      gen.writeFieldName(name);
      RangeSerializer.INSTANCE.serialize(range.get(), gen, provider);
    }
  }
}
