package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;
import java.util.List;

/**
 * Jackson's deserializer of an array, collection or map of model values, reporting a broken stream
 * read constraint as the module's own deserializers do: as a {@link MismatchedInputException}
 * whose message starts with the JSON path. Jackson's container deserializers read the token
 * before each element themselves, and let the parser's {@link StreamConstraintsException} (a
 * number too long, a document too deep or too long) escape bare, or wrap it in a {@link
 * JsonMappingException} that keeps the parser's message. While a map is read, its parser is also
 * the one at which {@link MapKeyDeserializer} reports a bad key.
 */
final class ContainerDeserializer extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  /** One way of reading the container. */
  private interface Read {
    Object read() throws IOException;
  }

  ContainerDeserializer(JsonDeserializer<?> deserializer) {
    super(deserializer);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> deserializer) {
    return new ContainerDeserializer(deserializer);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return reporting(p, ctxt, () -> super.deserialize(p, ctxt));
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue)
      throws IOException {
    return reporting(p, ctxt, () -> super.deserialize(p, ctxt, intoValue));
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext ctxt,
      TypeDeserializer typeDeserializer) throws IOException {
    return reporting(p, ctxt, () -> super.deserializeWithType(p, ctxt, typeDeserializer));
  }

  private Object reporting(JsonParser p, DeserializationContext ctxt, Read read)
      throws IOException {
    JsonStreamContext container = p.getParsingContext();
    Object outer = ctxt.getAttribute(MapKeyDeserializer.PARSER);
    // Jackson gives a key deserializer no parser, and its own may be elsewhere (on a type id
    // after the buffered map): the keys of a map of model keys are reported at this one.
    ctxt.setAttribute(MapKeyDeserializer.PARSER, ReplayingParser.of(p, ctxt));
    try {
      return read.read();
    } catch (StreamConstraintsException e) {
      MismatchedInputException reported = Json.brokenConstraint(p, e);
      JsonStreamContext at = p.getParsingContext();
      // Broken where the container reads its next element: the element belongs in the path.
      if (at == container && at.inArray()) {
        throw JsonMappingException.wrapWithPath(reported, handledType(), at.getCurrentIndex());
      }
      if (at == container && at.inObject() && at.getCurrentName() != null) {
        throw JsonMappingException.wrapWithPath(reported, handledType(), at.getCurrentName());
      }
      throw reported;
    } catch (JsonMappingException e) {
      if (e.getClass() != JsonMappingException.class
          || !(e.getCause() instanceof StreamConstraintsException)) {
        throw e;
      }
      // Jackson's wrapping, which says neither what in the module's words nor where: the parser
      // is still where the constraint broke, and the references Jackson added are kept.
      MismatchedInputException reported =
          Json.brokenConstraint(p, (StreamConstraintsException) e.getCause());
      List<JsonMappingException.Reference> path = e.getPath();
      for (int i = path.size() - 1; i >= 0; i--) {
        reported.prependPath(path.get(i));
      }
      throw reported;
    } finally {
      ctxt.setAttribute(MapKeyDeserializer.PARSER, outer);
    }
  }
}
