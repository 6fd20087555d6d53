package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A serializer of the module: writes a value as a JSON object or a JSON string, with or without a
 * type id. A property of the user's own type annotated with {@code @JsonTypeInfo} asks for the
 * type id, which names the public type handled ({@code dev.consilience.Claim}), not the generated
 * implementation class, so that it reads back through the model type's deserializer.
 *
 * @param <T> the type written
 */
abstract class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** {@link JsonToken#START_OBJECT} or {@link JsonToken#VALUE_STRING}. */
  private final JsonToken shape;

  /**
   * @param type the type written
   * @param shape how a value starts: {@link JsonToken#START_OBJECT} for an object, {@link
   *     JsonToken#VALUE_STRING} for a string
   */
  ModelSerializer(Class<T> type, JsonToken shape) {
    super(type);
    this.shape = shape;
  }

  /** Writes an object's properties (the braces are written around them), or the string. */
  abstract void writeContents(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException;

  @Override
  public final void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (shape == JsonToken.START_OBJECT) {
      gen.writeStartObject(value);
      writeContents(value, gen, provider);
      gen.writeEndObject();
    } else {
      writeContents(value, gen, provider);
    }
  }

  @Override
  public final void serializeWithType(T value, JsonGenerator gen, SerializerProvider provider,
      TypeSerializer typeSer) throws IOException {
    // The prefix opens the object (with the id as a property, or in a wrapper) or the wrapper of
    // a string; the suffix closes what the prefix opened.
    WritableTypeId typeId = typeSer.typeId(value, handledType(), shape);
    // Resolvers of type names look at the value's class, the generated implementation, when
    // given a value; given none, they name the type handled, as class-name resolvers do anyway.
    typeId.id = typeSer.getTypeIdResolver().idFromValueAndType(null, handledType());
    typeId = typeSer.writeTypePrefix(gen, typeId);
    writeContents(value, gen, provider);
    typeSer.writeTypeSuffix(gen, typeId);
  }
}
