package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class PrefixKeysTest {

  /**
   * Strings that often share a start (all of them, from none to more characters than a key
   * holds, and some of them), of any length, from a few characters on either side of 255.
   */
  private static Gen<String[]> strings() {
    Gen<Character> chars = Generate.pick(List.of('\0', '0', '1', 'a', 'b', '\u00ff', '\u0100',
        '\uffff'));
    Gen<String> tail = SourceDSL.lists().of(chars).ofSizeBetween(0, 12).map(cs -> {
      StringBuilder text = new StringBuilder();
      cs.forEach(text::append);
      return text.toString();
    });
    Gen<String> one = Generate.pick(List.of("", "source-", "source-1", "s"))
        .zip(tail, (start, end) -> start + end);
    Gen<String> shared = Generate.pick(List.of("", "s", "source-1", "https://example.org/"));
    return SourceDSL.lists().of(one).ofSizeBetween(1, 20)
        .zip(shared, (list, start) -> list.stream().map(s -> start + s).toArray(String[]::new));
  }

  @Test
  void keysThatDifferOrderStringsAsCompareToDoes() {
    qt().withExamples(500).forAll(strings()).checkAssert(strings -> {
      long[] keys = PrefixKeys.of(strings, strings.length);
      for (int a = 0; a < strings.length; a++) {
        for (int b = 0; b < strings.length; b++) {
          int byKey = Long.compare(keys[a], keys[b]);
          int byText = Integer.signum(strings[a].compareTo(strings[b]));
          if (byKey != 0) {
            assertThat(byKey).as("%s vs %s", strings[a], strings[b]).isEqualTo(byText);
          }
          if (byText == 0) {
            assertThat(byKey).isZero();
          }
        }
      }
    });
  }

  @Test
  void keysTellApartStringsThatDifferSoonAfterTheirSharedStart() {
    long[] keys = PrefixKeys.of(new String[] {"source-9", "source-10", "source-1"}, 3);

    assertThat(keys[1]).isLessThan(keys[0]);
    assertThat(keys[2]).isLessThan(keys[1]);
  }

  @Test
  void keysTellApartStringsThatShareAsManyCharactersAsAKeyHolds() {
    // The shared start fills the first key's worth of characters; the key is the next ones.
    long[] keys = PrefixKeys.of(new String[] {"source-1 ", "source-1\u001e", "source-1"}, 3);

    assertThat(keys[2]).isLessThan(keys[1]);
    assertThat(keys[1]).isLessThan(keys[0]);
  }

  @Test
  void keysOfWideCharactersStillOrderTheStrings() {
    long[] keys = PrefixKeys.of(new String[] {"x\u0101", "x\u0100\uffff", "x\u0100"}, 3);

    assertThat(keys[2]).isLessThan(keys[1]);
    assertThat(keys[1]).isLessThan(keys[0]);
  }
}
