package dev.consilience.examples;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.consilience.jackson.ConsilienceModule;

/** The JSON set-up shared by the command and the examples. */
final class Json {
  private Json() {}

  /** Returns a mapper with the Consilience module that leaves the streams it writes open. */
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new ConsilienceModule())
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** Returns a writer that indents, one value per line: the form of the bundled claims. */
  static ObjectWriter prettyWriter(ObjectMapper mapper) {
    return mapper.writerWithDefaultPrettyPrinter();
  }
}
