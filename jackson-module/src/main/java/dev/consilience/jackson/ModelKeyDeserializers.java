package dev.consilience.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;

/**
 * The module's map key deserializers, found for a key type and for any of its subclasses, as
 * {@link ModelDeserializers} finds value deserializers: a map type built from a value's runtime
 * class ({@code ImmutableRange} of {@code Range}) reads its keys as the model type does, where
 * Jackson would otherwise find no key deserializer for the generated class.
 */
final class ModelKeyDeserializers extends SimpleKeyDeserializers {
  private static final long serialVersionUID = 1L;

  @Override
  public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription beanDesc) {
    return ModelDeserializers.nearest(_classMappings, type.getRawClass());
  }

  /** Whether the module reads map keys of the class, as itself or as a subclass of a key type. */
  boolean reads(Class<?> type) {
    return ModelDeserializers.nearest(_classMappings, type) != null;
  }
}
