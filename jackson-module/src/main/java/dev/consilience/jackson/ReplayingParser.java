package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.util.TokenBufferReadContext;

/**
 * A parser replaying tokens that Jackson buffered, seen with a parsing context that gives the
 * right JSON path. When a type id ({@code @JsonTypeInfo}, {@code As.PROPERTY}) comes after other
 * properties of an object, Jackson buffers those properties in a {@code TokenBuffer} and replays
 * them once it has the id. The replayed context links back to the object being read, but Jackson
 * takes a copy of the wrong level when the first buffered value is an object or array: the
 * context of that value, whose parent is the object, so the path would name the object's current
 * property (the type id) as one more step ({@code $.value.type.range.lte} for {@code
 * $.value.range.lte}). {@link Json#where} leaves that step out.
 */
final class ReplayingParser extends JsonParserDelegate {
  /** The context of the object whose properties are replayed, in the parser reading the input. */
  private final JsonStreamContext object;

  private ReplayingParser(JsonParser replay, JsonStreamContext object) {
    super(replay);
    this.object = object;
  }

  /**
   * The parser to read a value from: {@code p} itself, unless it replays buffered properties
   * whose context repeats the object they belong to.
   */
  static JsonParser of(JsonParser p, DeserializationContext ctxt) {
    JsonParser input = ctxt.getParser();
    if (p == input || input == null || p instanceof ReplayingParser) {
      return p;
    }
    JsonStreamContext object = input.getParsingContext();
    for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
      if (c instanceof TokenBufferReadContext && c.getParent() == object) {
        return new ReplayingParser(p, object);
      }
    }
    return p;
  }

  /** Whether the context, reached from its child, is the repeated object: no step of the path. */
  boolean repeats(JsonStreamContext context, JsonStreamContext child) {
    return context == object && child instanceof TokenBufferReadContext;
  }
}
