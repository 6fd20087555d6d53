package dev.consilience.text;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.consilience.Bound;
import dev.consilience.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the properties of the text parsers. */
final class TextGenerators {
  private TextGenerators() {}

  /** Every kind of range English states: closed, open and unbounded ends, equal ends. */
  static Gen<Range> ranges() {
    Gen<Optional<Bound>> ends = Generate.booleans().zip(decimals(), Generate.range(0, 4),
        (inclusive, value, absent) -> absent == 0
            ? Optional.<Bound>empty()
            : Optional.of(Bound.of(value, inclusive)));
    Gen<Range> ordered = ends.zip(ends, (a, b) -> {
      if (a.isEmpty() && b.isEmpty()) {
        return Range.atLeast(BigDecimal.ZERO);
      }
      if (a.isPresent() && b.isPresent()) {
        int order = a.get().value().compareTo(b.get().value());
        if (order == 0) {
          return Range.singleton(a.get().value());
        }
        return order < 0 ? Range.of(a, b) : Range.of(b, a);
      }
      return Range.of(a, b);
    });
    return ordered.mix(decimals().map(Range::singleton), 20);
  }

  /**
   * The spans that vague counts name: {@code [2m, 10m)} for "dozens" to "billions", and
   * {@code [n, n + 10)} and {@code [n, n + 100)} for "40-odd" and "300-odd".
   */
  static Gen<Range> spans() {
    Gen<Range> counts = Generate.pick(List.of(12L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
            10_000_000L, 100_000_000L, 1_000_000_000L))
        .map(m -> Range.closedOpen(2 * m, 10 * m));
    Gen<Range> odd = integers().between(1, 999).zip(integers().between(1, 2), (k, zeros) -> {
      long step = zeros == 1 ? 10 : 100;
      long n = (k % 10 == 0 ? k + 1 : k) * step;
      return Range.closedOpen(n, n + step);
    });
    return counts.mix(odd);
  }

  /** Numbers from zero to huge, negative too, with scales from -3 to 4. */
  static Gen<BigDecimal> decimals() {
    Gen<Long> unscaled = Generate.oneOf(
        longs().between(-10, 10),
        longs().between(-1_000_000, 1_000_000),
        longs().all());
    return unscaled.zip(integers().between(-3, 4), BigDecimal::valueOf);
  }

  /** Digits, punctuation, words the parsers know, and random characters, mixed. */
  static Gen<String> garbage() {
    Gen<String> pieces = Generate.oneOf(
        Generate.pick(List.of("more", "than", "between", "and", "to", "of", "per", "a", "an",
            "each", "for", "about", "just", "over", "under", "up", "million", "thousand",
            "hundred", "dozen", "twenty", "five", "troops", "square", "miles", "his", "or",
            "so", "early", "mid", "late", "June", "winter", "the", "first", "half", "last",
            "since", "Q3", "15th", "Tuesday", "this", "past", "days", "k", "m", "c", "ca",
            "quarter", "few", "several", "couple", "tens", "dozens", "hundreds", "thousands",
            "millions", "odd", "them", "those")),
        Generate.pick(List.of(",", ".", "-", "–", "—", "‒", "$", "€", "£", "+", "/", "−", "~",
            "'", "’", " ", " ", " ", "  ", "\t", "\u2009", "\u202f", "\u00a0")),
        strings().numericBetween(0, 100_000),
        strings().numericBetween(1000, 2100),
        strings().basicLatinAlphabet().ofLengthBetween(0, 4),
        strings().allPossible().ofLengthBetween(0, 3));
    Gen<String> mixed = lists().of(pieces).ofSizeBetween(0, 40).map(TextGenerators::join);
    Gen<String> overLimit = strings().basicLatinAlphabet().ofLengthBetween(990, 1010);
    return mixed.mix(overLimit, 5);
  }

  /** Joins pieces, with no space between some of them. */
  private static String join(List<String> pieces) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      text.append(pieces.get(i));
      if (i % 3 == 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  /**
   * Whether reading a text either succeeds or fails with a {@link TextParseException} about that
   * text at an index inside it; any other exception escapes and fails the property.
   */
  static boolean readsOrFailsInside(String text, java.util.function.Consumer<String> read) {
    try {
      read.accept(text);
      return true;
    } catch (TextParseException e) {
      return e.index() >= 0 && e.index() <= text.length() && e.text().equals(text);
    }
  }
}
