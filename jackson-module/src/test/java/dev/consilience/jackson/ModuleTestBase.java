package dev.consilience.jackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** What every test of the module shares: a mapper with the module, and test resources. */
abstract class ModuleTestBase {
  /** Returns a fresh mapper with {@link ConsilienceModule} registered and nothing else. */
  static ObjectMapper mapperWithModule() {
    return new ObjectMapper().registerModule(new ConsilienceModule());
  }

  /** Returns a mapper that writes indented JSON, as the golden files are. */
  static ObjectMapper prettyMapperWithModule() {
    return mapperWithModule().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** Returns a test resource of this package as UTF-8 text. */
  static String resource(String name) {
    try (InputStream in = ModuleTestBase.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
