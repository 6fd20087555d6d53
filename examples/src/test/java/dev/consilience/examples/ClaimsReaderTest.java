package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consilience.Claim;
import dev.consilience.Range;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsReaderTest {
  private static final ClaimsReader READER = new ClaimsReader(Json.mapper());

  /** A claim with only the required properties; {@code N} is its lower bound. */
  private static final String CLAIM = "{\"subject\": {\"id\": \"s\"}, \"quantity\": {\"range\":"
      + " {\"gte\": N}, \"unit\": \"person\"}, \"source\": {\"id\": \"a\", \"name\": \"A\"}}";

  private static String claim(int lowerBound) {
    return CLAIM.replace("N", Integer.toString(lowerBound));
  }

  @Test
  void readsAnArray() {
    List<Claim> claims = READER.read("[" + claim(1) + ",\n" + claim(2) + "]", "in");

    assertThat(claims).extracting(claim -> claim.quantity().range())
        .containsExactly(Range.atLeast(1), Range.atLeast(2));
  }

  @Test
  void readsJsonLines() {
    List<Claim> claims = READER.read(claim(1) + "\n" + claim(2) + "\n", "in");

    assertThat(claims).extracting(claim -> claim.quantity().range())
        .containsExactly(Range.atLeast(1), Range.atLeast(2));
  }

  @Test
  void readsAnArrayAfterLeadingWhiteSpace() {
    assertThat(READER.read(" \n\t[" + claim(1) + "]", "in")).hasSize(1);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(value = {"''", "'  \n '", "'[]'", "' [ ] '"})
  void readsNoClaimsFromNothingOrAnEmptyArray(String text) {
    assertThat(READER.read(text, "in")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "a number | 42 | in:1:1: $: expected a claim object, found a number",
      "null | null | in:1:1: $: expected a claim, found null",
      "a number in the array | [1] | in:1:2: $[0]: expected a claim object, found a number",
      "an unclosed array | [ | in:1:2: unexpected end of input: expected ']' to close the array"
          + " of claims",
      "an unclosed object | [{\"subject\": {\"id\": \"s\" | in:1:24: unexpected end of input:"
          + " expected '}' to close the object at $[0].subject",
      "text after the array | [] x | in:1:4: unrecognized token 'x': was expecting (JSON String,"
          + " Number, Array, Object or token 'null', 'true' or 'false')",
      "a second array | [] [] | in:1:4: unexpected '[' after the closing ']' of the array of"
          + " claims",
      "a missing property | [{}] | in:1:3: $[0]: missing required property 'subject' of the"
          + " claim",
      "NaN | [{\"subject\": NaN}] | in:1:17: $[0].subject: non-standard token 'NaN': JSON has no"
          + " such number",
      "a comment | // claims | in:1:1: unexpected character ('/' (code 47)): JSON has no"
          + " comments"})
  void refusesWhatIsNotClaims(String what, String text, String message) {
    assertThatThrownBy(() -> READER.read(text, "in"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @Test
  void aNumberTooLongIsRefusedInTheInputsTermsNotTheParsers() {
    assertThatThrownBy(() -> READER.read("[{\"subject\": 1" + "0".repeat(1000) + "}]", "in"))
        .hasMessageEndingWith("$[0].subject: number value length (1001) exceeds the maximum"
            + " allowed (1000)");
  }

  @Test
  void namesTheLineOfAClaimInJsonLines() {
    String text = claim(1) + "\n" + claim(2) + "\n" + claim(3).replace("person", " person") + "\n";

    assertThatThrownBy(() -> READER.read(text, "in"))
        .hasMessageStartingWith("in:3:")
        .hasMessageContaining("$.quantity.unit: unit code ' person' has leading or trailing"
            + " white space");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "another trend | {\"id\": \"s\", \"trend\": \"cumulative\"} | in:2:1: $.subject:"
          + " subject 's' has trend cumulative here but trend fixed at line 1; give every claim"
          + " about a subject the same trend and description",
      "a description | {\"id\": \"s\", \"description\": \"Troops\"} | in:2:1: $.subject:"
          + " subject 's' has description \"Troops\" here but no description at line 1; give every"
          + " claim about a subject the same trend and description"})
  void refusesASubjectIdGivenTwoWays(String what, String subject, String message) {
    String text = claim(1) + "\n" + claim(2).replace("{\"id\": \"s\"}", subject) + "\n";

    assertThatThrownBy(() -> READER.read(text, "in"))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @Test
  void namesTheArrayIndexOfASubjectGivenTwoWays() {
    String text = "[\n" + claim(1) + ",\n" + claim(2) + ",\n"
        + claim(3).replace("{\"id\": \"s\"}", "{\"id\": \"s\", \"trend\": \"varying\"}") + "\n]";

    assertThatThrownBy(() -> READER.read(text, "in"))
        .hasMessageStartingWith("in:4:1: $[2].subject: subject 's' has trend varying here but"
            + " trend fixed at line 2;");
  }

  @Test
  void namesTheColumnOfAnEarlierClaimOnTheSameLine() {
    String first = claim(1);
    String text = "[" + first + ", " + claim(2).replace("{\"id\": \"s\"}",
        "{\"id\": \"s\", \"trend\": \"varying\"}") + "]";

    assertThatThrownBy(() -> READER.read(text, "in"))
        .hasMessageStartingWith("in:1:" + (first.length() + 4) + ": $[1].subject: subject 's'"
            + " has trend varying here but trend fixed at line 1, column 2;");
  }

  @Test
  void readsOneSubjectGivenAlikeByManyClaims() {
    assertThat(READER.read(claim(1) + "\n" + claim(2) + "\n" + claim(3), "in"))
        .extracting(Claim::subject).containsOnly(READER.read(claim(1), "in").get(0).subject());
  }

  @Test
  void refusesTwoClaimsOfOneId() {
    String text = claim(1).replace("{\"subject\"", "{\"id\": \"x\", \"subject\"") + "\n"
        + claim(2).replace("{\"subject\"", "{\"id\": \"x\", \"subject\"") + "\n";

    assertThatThrownBy(() -> READER.read(text, "in"))
        .isInstanceOf(InputException.class)
        .hasMessage("in:2:1: $.id: claim id 'x' is also the id of another claim, at line 1;"
            + " give each claim its own id, or none to have it derived from the content");
  }

  @Test
  void readsTheSameClaimTwice() {
    assertThat(READER.read(claim(1) + "\n" + claim(1), "in")).hasSize(2);
  }

  @Test
  void readsClaimsWithoutIdsThatDifferOnlyInWhatTheirIdLeavesOut() {
    // Wording, the source's name, credibility, rank and quote do not enter a derived id.
    String worded = claim(1).replace("\"unit\"", "\"stated\": \"more than one\", \"unit\"");
    String deprecated = claim(1).replace("{\"subject\"", "{\"rank\": \"deprecated\", \"subject\"");

    List<Claim> claims = READER.read(claim(1) + "\n" + worded + "\n" + deprecated, "in");

    assertThat(claims).hasSize(3).extracting(Claim::id).containsOnly(claims.get(0).id());
    assertThat(claims.get(1).quantity().stated()).contains("more than one");
  }
}
