package dev.consilience.text;

import dev.consilience.text.Token.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads one unsigned number: digits ({@code 3,800}, {@code 3 800} with a thin or no-break space,
 * {@code 1.5}, {@code 12k}, {@code 1.2m}) or
 * number words ({@code eight}, {@code twenty-five}, {@code a dozen}), each optionally followed by
 * scale words ({@code 1.5 million}, {@code two hundred thousand}) and number words after those
 * ({@code three hundred fifty thousand}), or a fraction of scale words ({@code half a million},
 * {@code a quarter of a million}).
 *
 * <p>Values are exact. A number that was scaled keeps no spurious decimals: {@code 1.5 million}
 * is {@code 1500000}, not {@code 1500000.0}; an unscaled number keeps the scale it was written
 * with ({@code 1.50}).
 */
final class Numbers {
  private static final List<String> SMALL = List.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen");
  private static final List<String> TENS = List.of(
      "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
  /**
   * Scale words to their powers of ten: the English ones, the abbreviations that wire and
   * financial copy write after a space ({@code 1.2 mln}, {@code 5 mn}; not the one-letter ones,
   * as {@code 5 m} is five metres, nor {@code bn} and {@code tn}, which are also battalions and
   * tons, so {@code 3 Bn} is refused after money and a unit otherwise), and the Indian lakh and
   * crore, which would otherwise be read as nouns ({@code 2 lakh people} as two people).
   */
  private static final Map<String, Integer> POWERS = Map.ofEntries(
      Map.entry("thousand", 3), Map.entry("million", 6), Map.entry("billion", 9),
      Map.entry("trillion", 12), Map.entry("mn", 6), Map.entry("mln", 6), Map.entry("bln", 9),
      Map.entry("trn", 12), Map.entry("trln", 12),
      Map.entry("lakh", 5), Map.entry("lakhs", 5), Map.entry("crore", 7),
      Map.entry("crores", 7));
  /** The powers of ten of {@link Lexer#SUFFIXES}. */
  private static final Map<String, Integer> SUFFIX_POWERS = Map.of(
      "k", 3, "m", 6, "mn", 6, "mln", 6, "b", 9, "bn", 9, "bln", 9, "tn", 12, "trn", 12,
      "trln", 12);
  /** The fractions written before "a" and a scale word: "half a million", "a quarter of a". */
  private static final Phrases<BigDecimal> FRACTIONS = Phrases.of(add -> {
    add.add(new BigDecimal("0.5"), "half a", "half an", "a half");
    add.add(new BigDecimal("0.25"), "a quarter of a", "a quarter of an", "a quarter");
  });
  /** Words for a few, before scale words: "a few hundred", "a couple of hundred". */
  private enum Some {
    /** "a few", "several": from two to under ten times the scale. */
    FEW,
    /** "a couple (of)": two times the scale. */
    COUPLE
  }

  private static final Phrases<Some> SOME = Phrases.of(add -> {
    add.add(Some.FEW, "a few", "several");
    add.add(Some.COUPLE, "a couple of", "a couple");
  });
  /** Plural scale words, which name vague counts ("hundreds"), to their powers of ten. */
  private static final Map<String, BigDecimal> PLURALS = Map.of(
      "tens", BigDecimal.TEN, "dozens", BigDecimal.valueOf(12), "hundreds", BigDecimal.valueOf(100),
      "thousands", BigDecimal.valueOf(1000), "millions", BigDecimal.TEN.pow(6),
      "billions", BigDecimal.TEN.pow(9), "trillions", BigDecimal.TEN.pow(12));
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Numbers() {}

  /**
   * A number read from the text, or a vague count: a span of numbers that words such as
   * "hundreds", "a few thousand" or "40-odd" name.
   *
   * @param value the exact value; for a vague count, its lowest value
   * @param upper for a vague count, the excluded upper end of its span {@code [value, upper)};
   *     else null
   * @param approximate whether the words hedge the number: "a couple of hundred", "a few hundred"
   * @param trailingScale the multiplier of the scale words or suffix after its last number
   *     ({@code 1000000} for {@code 2 million}, {@code 100000} for {@code three hundred thousand},
   *     {@code 12} for {@code three dozen}), or one when there is none; a range shares it ("1.5
   *     to 2 million", "two to three hundred thousand")
   * @param lastScale the multiplier of its last scale word or suffix alone ({@code 1000} for
   *     {@code a hundred thousand}), or one; a range shares it when it cannot share the trailing
   *     scale ("fifty to a hundred thousand")
   * @param token the number's first token
   */
  record Amount(BigDecimal value, @Nullable BigDecimal upper, boolean approximate,
      BigDecimal trailingScale, BigDecimal lastScale, Token token) {
    /** This amount with another value and first token: its sign or currency read. */
    Amount with(BigDecimal otherValue, Token otherToken) {
      return new Amount(otherValue, upper, approximate, trailingScale, lastScale, otherToken);
    }

    /** Whether this is a vague count, a span rather than one number. */
    boolean isVague() {
      return upper != null;
    }
  }

  /**
   * Whether the cursor is at a number word or digits, "a"/"an" before a scale word, a fraction
   * of one ("half a million"), a vague count ("hundreds", "a few thousand").
   */
  static boolean startsAt(Cursor cursor) {
    Token token = cursor.peek();
    return token.kind() == Kind.NUMBER
        || small(token) >= 0
        || tens(token) >= 0
        || ((token.is("a") || token.is("an")) && isScaleWord(cursor.peek(1)))
        || beforeScale(FRACTIONS, cursor).isPresent()
        || beforeScale(SOME, cursor).isPresent()
        || plural(cursor).isPresent();
  }

  /** The phrase of {@code table} at the cursor, if scale words follow it: "half a" million. */
  private static <T> Optional<Phrases.Match<T>> beforeScale(Phrases<T> table, Cursor cursor) {
    return table.match(cursor).filter(f -> isScaleWord(cursor.peek(f.words())));
  }

  /**
   * The multiplier of the plural scale word at the cursor, and of a larger one of at least a
   * thousand after it and "of" ("hundreds of thousands" is 100000), with the number of words they
   * take; "tens" is one only before such a larger one.
   */
  private static Optional<Phrases.Match<BigDecimal>> plural(Cursor cursor) {
    BigDecimal multiplier = pluralAt(cursor, 0);
    if (multiplier == null) {
      return Optional.empty();
    }
    BigDecimal larger = pluralAt(cursor, 2);
    if (cursor.peek(1).is("of") && larger != null
        && larger.compareTo(THOUSAND) >= 0 && larger.compareTo(multiplier) > 0) {
      return Optional.of(new Phrases.Match<>(multiplier.multiply(larger), 3));
    }
    return cursor.peek().is("tens")
        ? Optional.empty()
        : Optional.of(new Phrases.Match<>(multiplier, 1));
  }

  private static @Nullable BigDecimal pluralAt(Cursor cursor, int ahead) {
    Token token = cursor.peek(ahead);
    return token.kind() == Kind.WORD ? PLURALS.get(token.lower()) : null;
  }

  /**
   * Reads the number at the cursor, if there is one.
   *
   * @throws TextParseException if scale words are out of order ("thousand million"), one has
   *     no number before it ("two million thousand"), a plural one follows a number ("five
   *     thousands"), or "-odd" follows a number that does not end in one or two zeros
   */
  static Optional<Amount> read(Cursor cursor) {
    if (!startsAt(cursor)) {
      return Optional.empty();
    }
    Token first = cursor.peek();
    Optional<Phrases.Match<BigDecimal>> plural = plural(cursor);
    if (plural.isPresent()) {
      cursor.skip(plural.get().words());
      return Optional.of(vague(plural.get().value(), false, first));
    }
    Optional<Phrases.Match<Some>> some = beforeScale(SOME, cursor);
    if (some.isPresent()) {
      cursor.skip(some.get().words());
      Amount scale =
          scaled(cursor, first, BigDecimal.ONE, BigDecimal.ONE, Integer.MAX_VALUE, false);
      return Optional.of(some.get().value() == Some.FEW
          ? vague(scale.value(), true, first)
          : new Amount(Numbers.normalized(scale.value().multiply(TWO)), null, true,
              scale.trailingScale(), scale.lastScale(), first));
    }
    Optional<Phrases.Match<BigDecimal>> fraction = beforeScale(FRACTIONS, cursor);
    cursor.next();
    BigDecimal current;
    // The scale of the suffix after the digits, if any.
    BigDecimal trailing = BigDecimal.ONE;
    int lastPower = Integer.MAX_VALUE;
    if (first.kind() == Kind.NUMBER) {
      StringBuilder text = new StringBuilder();
      for (char c : first.text().toCharArray()) {
        if (!Lexer.isGroupSeparator(c)) {
          text.append(c);
        }
      }
      int letters = text.length();
      while (!Lexer.isDigit(text.charAt(letters - 1))) {
        letters--;
      }
      current = new BigDecimal(text.substring(0, letters));
      if (letters < text.length()) {
        lastPower = SUFFIX_POWERS.get(text.substring(letters).toLowerCase(Locale.ROOT));
        trailing = BigDecimal.TEN.pow(lastPower);
        current = normalized(current.multiply(trailing));
      }
    } else if (fraction.isPresent()) {
      cursor.skip(fraction.get().words() - 1);
      current = fraction.get().value();
    } else if (first.is("a") || first.is("an")) {
      current = BigDecimal.ONE;
    } else {
      current = BigDecimal.valueOf(smallOrTens(cursor, first));
    }
    return Optional.of(odd(cursor, scaled(cursor, first, current, trailing, lastPower, true)));
  }

  /**
   * Reads the scale words after {@code current} and returns the number they make.
   *
   * @param trailing the scale of a suffix already read ({@code 12k}), or one
   * @param lastPower the power of ten of that suffix, or {@link Integer#MAX_VALUE}
   * @param goOn whether number words may follow a scale word ("one million two hundred", "three
   *     hundred fifty")
   * @throws TextParseException if a larger scale word follows a smaller one, a scale word follows
   *     "thousand" or a larger one, or the same scale word, with no number between ("two million
   *     thousand", "three hundred hundred"), or a plural scale word follows ("five thousands"),
   *     at that word
   */
  private static Amount scaled(Cursor cursor, Token first, BigDecimal current,
      BigDecimal trailing, int lastPower, boolean goOn) {
    // The scale of the words after the last number ("hundred thousand"), and of the last alone.
    BigDecimal last = trailing;
    BigDecimal total = BigDecimal.ZERO;
    boolean dozen = false;
    // The scale word just read, while no number has followed it.
    @Nullable Token scale = null;
    while (true) {
      Token word = cursor.peek();
      Integer power = word.kind() == Kind.WORD ? POWERS.get(word.lower()) : null;
      if (power != null && power >= lastPower) {
        throw cursor.fail(
            "scale word '" + word.text() + "' cannot follow a scale at least as large", word);
      }
      if (scale != null && isScaleWord(word)
          && (POWERS.containsKey(scale.lower()) || scale.lower().equals(word.lower()))) {
        // Nothing can multiply the second: "two million thousand" would lose a word.
        throw cursor.fail("scale word '" + word.text() + "' follows '" + scale.text()
            + "' with no number between", word);
      }
      // Whether number words after this scale word add to it: "three hundred fifty".
      boolean adds = false;
      if (word.is("hundred") && current.signum() > 0 && current.compareTo(HUNDRED) < 0) {
        adds = isWhole(current);
        current = current.multiply(HUNDRED);
        last = HUNDRED;
        trailing = trailing.multiply(HUNDRED);
      } else if (word.is("dozen") && !dozen) {
        current = current.multiply(TWELVE);
        dozen = true;
        last = TWELVE;
        trailing = trailing.multiply(TWELVE);
      } else if (power != null) {
        lastPower = power;
        last = BigDecimal.TEN.pow(power);
        total = total.add(current.multiply(last));
        trailing = trailing.multiply(last);
        current = BigDecimal.ZERO;
      } else {
        break;
      }
      scale = cursor.next();
      // Number words go on after "hundred" or a larger scale word: "one million two hundred
      // thirty thousand", "three hundred fifty"; "hundred" then adds them, the others start
      // a new group. Nothing goes on after a dozen or "1.5 hundred".
      if (goOn && (power != null || adds)
          && (small(cursor.peek()) > 0 || tens(cursor.peek()) > 0)) {
        int mark = cursor.mark();
        BigDecimal words = BigDecimal.valueOf(smallOrTens(cursor, cursor.next()));
        if (compound(cursor)) {
          cursor.reset(mark); // "a hundred one-way tickets": the word is the noun's
          break;
        }
        current = power != null ? words : current.add(words);
        trailing = BigDecimal.ONE;
        scale = null;
      }
    }
    BigDecimal plural = pluralAt(cursor, 0);
    if (plural != null) {
      String word = cursor.peek().text();
      String singular = word.substring(0, word.length() - 1);
      // "five thousands" means five thousand; "five tens" has no such reading.
      throw cursor.fail("plural scale word '" + word + "' cannot follow a number"
          + (isScaleWord(singular.toLowerCase(Locale.ROOT)) ? "; write '" + singular + "'" : ""),
          cursor.peek());
    }
    BigDecimal value = total.add(current);
    boolean scaled = total.signum() != 0 || last.compareTo(BigDecimal.ONE) != 0;
    return new Amount(scaled ? normalized(value) : value, null, false, trailing, last, first);
  }

  /** Whether a hyphen joins a word other than "odd" to what was read: "one-way", "five-star". */
  private static boolean compound(Cursor cursor) {
    Token next = cursor.peek(1);
    return cursor.peek().isSymbol("-") && cursor.peek().attached() && next.attached()
        && next.kind() == Kind.WORD && !next.is("odd");
  }

  /**
   * Whether a word straight after a number is read as part of it: a scale word, singular or
   * plural, or "odd".
   */
  static boolean readsAfterNumber(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return isScaleWord(lower) || PLURALS.containsKey(lower) || lower.equals("odd");
  }

  private static boolean isWhole(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0;
  }

  /** The vague count {@code [2 × multiplier, 10 × multiplier)}: "hundreds", "a few hundred". */
  private static Amount vague(BigDecimal multiplier, boolean approximate, Token first) {
    return new Amount(normalized(multiplier.multiply(TWO)),
        normalized(multiplier.multiply(BigDecimal.TEN)), approximate,
        BigDecimal.ONE, BigDecimal.ONE, first);
  }

  /**
   * Reads "-odd" or " odd" after a number that ends in one or two zeros: "40-odd" is {@code [40,
   * 50)}, "300-odd" {@code [300, 400)}, and a larger scale word after it scales both ends:
   * "40-odd thousand" is {@code [40000, 50000)}; else returns the number as it is.
   *
   * @throws TextParseException if the number is not a positive whole number ending in one or two
   *     zeros, at the number, or a scale word after "odd" is not larger than the number's own
   *     ("40-odd hundred"), at that word
   */
  private static Amount odd(Cursor cursor, Amount number) {
    boolean hyphen = cursor.peek().isSymbol("-") && cursor.peek().attached()
        && cursor.peek(1).attached();
    if (!cursor.peek(hyphen ? 1 : 0).is("odd")) {
      return number;
    }
    BigDecimal value = number.value();
    int zeros = value.signum() > 0 && value.scale() <= 0 ? -value.stripTrailingZeros().scale() : 0;
    if (zeros != 1 && zeros != 2) {
      throw cursor.fail("'odd' follows a whole number ending in one or two zeros (40-odd,"
          + " 300-odd), not " + value.toPlainString(), number.token());
    }
    cursor.skip(hyphen ? 2 : 1);
    BigDecimal upper = value.add(BigDecimal.TEN.pow(zeros));
    // "40-odd thousand": a larger scale word after "odd" scales both ends.
    Token next = cursor.peek();
    if (isScaleWord(next)) {
      Integer power = POWERS.get(next.lower());
      BigDecimal scale = power == null ? null : BigDecimal.TEN.pow(power);
      if (scale == null || scale.compareTo(number.lastScale()) <= 0) {
        throw cursor.fail("scale word '" + next.text() + "' cannot follow '"
            + cursor.textFrom(number.token()) + "'", next);
      }
      cursor.next();
      value = value.multiply(scale);
      upper = upper.multiply(scale);
      if (isScaleWord(cursor.peek())) {
        throw cursor.fail("scale word '" + cursor.peek().text() + "' cannot follow '"
            + cursor.textFrom(number.token()) + "'", cursor.peek());
      }
    }
    return new Amount(normalized(value), normalized(upper), false,
        BigDecimal.ONE, BigDecimal.ONE, number.token());
  }

  /** Reads "twenty", "twenty-five", "twenty five" or "seven", whose first word is {@code first}. */
  private static int smallOrTens(Cursor cursor, Token first) {
    int small = small(first);
    if (small >= 0) {
      return small;
    }
    int value = tens(first) * 10;
    boolean hyphen = cursor.peek().isSymbol("-") && cursor.peek().attached()
        && cursor.peek(1).attached();
    Token unit = cursor.peek(hyphen ? 1 : 0);
    int digit = small(unit);
    if (digit >= 1 && digit <= 9) {
      cursor.skip(hyphen ? 2 : 1);
      value += digit;
    }
    return value;
  }

  private static boolean isScaleWord(Token token) {
    return token.kind() == Kind.WORD && isScaleWord(token.lower());
  }

  private static boolean isScaleWord(String lower) {
    return lower.equals("hundred") || lower.equals("dozen") || POWERS.containsKey(lower);
  }

  private static int small(Token token) {
    return token.kind() == Kind.WORD ? SMALL.indexOf(token.lower()) : -1;
  }

  private static int tens(Token token) {
    int index = token.kind() == Kind.WORD ? TENS.indexOf(token.lower()) : -1;
    return index >= 2 ? index : -1;
  }

  /** Drops trailing zeros after the point, never writing an integer with a negative scale. */
  static BigDecimal normalized(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
