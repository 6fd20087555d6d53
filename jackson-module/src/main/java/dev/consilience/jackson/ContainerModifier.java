package dev.consilience.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionLikeType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapLikeType;
import com.fasterxml.jackson.databind.type.MapType;

/**
 * Gives Jackson's deserializers of arrays, collections and maps that hold model values (a {@code
 * List<Claim>}, a {@code Claim[]}, a {@code Map<String, Claim>}, a {@code Map<Range, V>}, and any
 * container of these) a {@link ContainerDeserializer}, so that a broken stream read constraint
 * between their elements is reported as within an element is. Containers of other types are left
 * as Jackson makes them.
 */
final class ContainerModifier extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  private final ModelDeserializers values;
  private final ModelKeyDeserializers keys;

  /**
   * @param values the module's deserializers
   * @param keys the module's map key deserializers
   */
  ContainerModifier(ModelDeserializers values, ModelKeyDeserializers keys) {
    this.values = values;
    this.keys = keys;
  }

  @Override
  public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config,
      ArrayType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return reporting(type, deserializer);
  }

  @Override
  public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config,
      CollectionType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return reporting(type, deserializer);
  }

  @Override
  public JsonDeserializer<?> modifyCollectionLikeDeserializer(DeserializationConfig config,
      CollectionLikeType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return reporting(type, deserializer);
  }

  @Override
  public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
      BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return reporting(type, deserializer);
  }

  @Override
  public JsonDeserializer<?> modifyMapLikeDeserializer(DeserializationConfig config,
      MapLikeType type, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return reporting(type, deserializer);
  }

  private JsonDeserializer<?> reporting(JavaType type, JsonDeserializer<?> deserializer) {
    return holdsModelValues(type) ? new ContainerDeserializer(deserializer) : deserializer;
  }

  /** Whether the type's elements, values or keys, at any depth, are read by the module. */
  private boolean holdsModelValues(JavaType type) {
    if (type == null) {
      return false;
    }
    if (values.reads(type.getRawClass())) {
      return true;
    }
    JavaType key = type.getKeyType();
    return key != null && (keys.reads(key.getRawClass()) || holdsModelValues(key))
        || holdsModelValues(type.getContentType());
  }
}
