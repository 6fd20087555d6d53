package dev.consilience.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SequenceWriter;
import dev.consilience.Claim;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing many claims: a JSON array, or JSON Lines (one claim per line). */
class StreamsTest extends ModuleTestBase {
  private final ObjectMapper mapper = mapperWithModule();

  @Test
  void readsAJsonArrayOfClaimsOneAtATime() throws Exception {
    List<Claim> claims = new ArrayList<>();
    try (MappingIterator<Claim> it =
        mapper.readerFor(Claim.class).readValues(resource("kursk-claims.json"))) {
      while (it.hasNextValue()) {
        claims.add(it.nextValue());
      }
    }

    assertThat(claims).isEqualTo(KurskClaims.claims());
  }

  @Test
  void readsJsonLinesOfClaims() throws Exception {
    try (MappingIterator<Claim> it =
        mapper.readerFor(Claim.class).readValues(resource("kursk-claims.jsonl"))) {
      assertThat(it.readAll()).isEqualTo(KurskClaims.claims());
    }
  }

  @Test
  void writesJsonLinesThatAreTheGoldenFile() throws Exception {
    StringWriter out = new StringWriter();
    try (SequenceWriter writer =
        mapper.writerFor(Claim.class).withRootValueSeparator("\n").writeValues(out)) {
      writer.writeAll(KurskClaims.claims());
    }

    assertThat(out + "\n").isEqualTo(resource("kursk-claims.jsonl"));
  }

  @Test
  void aBadLineFailsWithItsLineAndPath() throws Exception {
    String lines = resource("kursk-claims.jsonl")
        .replace("{\"id\":\"" + KurskClaims.claims().get(1).id() + "\"", "{\"id\":\"  \"");
    ObjectReader reader = mapper.readerFor(Claim.class);

    try (MappingIterator<Claim> it = reader.readValues(lines)) {
      assertThat(it.nextValue()).isEqualTo(KurskClaims.claims().get(0));
      assertThatThrownBy(it::nextValue)
          .isInstanceOf(JsonMappingException.class)
          .hasMessageStartingWith("$.id: claim id is blank: '  '")
          .hasMessageContaining("line: 2");
    }
  }
}
