package dev.consilience.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.type.ClassKey;
import java.util.Map;

/**
 * The module's deserializers, found for a model type and for any of its subclasses: a value's
 * runtime class is a generated implementation of the model type ({@code ImmutableClaim} of {@code
 * Claim}), and Jackson asks for that class when told to read {@code value.getClass()} or to
 * update a value. The deserializer of the nearest registered superclass reads it.
 */
final class ModelDeserializers extends SimpleDeserializers {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
      BeanDescription beanDesc) {
    return nearest(_classMappings, type.getRawClass());
  }

  /** Whether the module reads values of the class, as itself or as a subclass of a model type. */
  boolean reads(Class<?> type) {
    return nearest(_classMappings, type) != null;
  }

  /**
   * The mapping of the class or of its nearest superclass, or null. The model types are abstract
   * classes, so the superclasses are all there is to search; {@code Object} is never one of them.
   */
  static <V> V nearest(Map<ClassKey, V> mappings, Class<?> type) {
    if (mappings == null) {
      return null;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      V found = mappings.get(new ClassKey(c));
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
