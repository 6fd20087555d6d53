package dev.consilience.text;

import dev.consilience.text.Token.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one unsigned number: digits ({@code 3,800}, {@code 3 800} with a thin or no-break space,
 * {@code 1.5}, {@code 12k}, {@code 1.2m}) or
 * number words ({@code eight}, {@code twenty-five}, {@code a dozen}), each optionally followed by
 * scale words ({@code 1.5 million}, {@code two hundred thousand}), or a fraction of scale words
 * ({@code half a million}, {@code a quarter of a million}).
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
  private static final Map<String, Integer> POWERS = Map.of(
      "thousand", 3, "million", 6, "billion", 9, "trillion", 12);
  private static final Map<String, Integer> SUFFIX_POWERS = Map.of(
      "k", 3, "m", 6, "mn", 6, "b", 9, "bn", 9);
  /** The fractions written before "a" and a scale word: "half a million", "a quarter of a". */
  private static final Phrases<BigDecimal> FRACTIONS = Phrases.of(add -> {
    add.add(new BigDecimal("0.5"), "half a", "half an", "a half");
    add.add(new BigDecimal("0.25"), "a quarter of a", "a quarter of an", "a quarter");
  });
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Numbers() {}

  /**
   * A number read from the text.
   *
   * @param value the exact value
   * @param trailingScale the multiplier of the scale words or suffix after its last number
   *     ({@code 1000000} for {@code 2 million}, {@code 100000} for {@code three hundred thousand},
   *     {@code 12} for {@code three dozen}), or one when there is none; a range shares it ("1.5
   *     to 2 million", "two to three hundred thousand")
   * @param lastScale the multiplier of its last scale word or suffix alone ({@code 1000} for
   *     {@code a hundred thousand}), or one; a range shares it when it cannot share the trailing
   *     scale ("fifty to a hundred thousand")
   * @param token the number's first token
   */
  record Amount(BigDecimal value, BigDecimal trailingScale, BigDecimal lastScale, Token token) {
    /** This amount with another value and first token: its sign or currency read. */
    Amount with(BigDecimal otherValue, Token otherToken) {
      return new Amount(otherValue, trailingScale, lastScale, otherToken);
    }
  }

  /**
   * Whether the cursor is at a number word or digits, "a"/"an" before a scale word, or a fraction
   * of one ("half a million").
   */
  static boolean startsAt(Cursor cursor) {
    Token token = cursor.peek();
    return token.kind() == Kind.NUMBER
        || small(token) >= 0
        || tens(token) >= 0
        || ((token.is("a") || token.is("an")) && isScaleWord(cursor.peek(1)))
        || fraction(cursor).isPresent();
  }

  /** The fraction at the cursor, if a scale word follows it: "half a" in "half a million". */
  private static Optional<Phrases.Match<BigDecimal>> fraction(Cursor cursor) {
    return FRACTIONS.match(cursor).filter(f -> isScaleWord(cursor.peek(f.words())));
  }

  /**
   * Reads the number at the cursor, if there is one.
   *
   * @throws TextParseException if scale words are out of order ("thousand million")
   */
  static Optional<Amount> read(Cursor cursor) {
    if (!startsAt(cursor)) {
      return Optional.empty();
    }
    Optional<Phrases.Match<BigDecimal>> fraction = fraction(cursor);
    Token first = cursor.next();
    BigDecimal current;
    // The scale of the words after the last number ("hundred thousand"), and of the last alone.
    BigDecimal trailing = BigDecimal.ONE;
    BigDecimal last = BigDecimal.ONE;
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
        last = trailing;
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
    BigDecimal total = BigDecimal.ZERO;
    boolean dozen = false;
    while (true) {
      Token word = cursor.peek();
      Integer power = POWERS.get(word.lower());
      if (word.is("hundred") && current.signum() > 0 && current.compareTo(HUNDRED) < 0) {
        current = current.multiply(HUNDRED);
        last = HUNDRED;
        trailing = trailing.multiply(HUNDRED);
      } else if (word.is("dozen") && !dozen) {
        current = current.multiply(TWELVE);
        dozen = true;
        last = TWELVE;
        trailing = trailing.multiply(TWELVE);
      } else if (word.kind() == Kind.WORD && power != null) {
        if (power >= lastPower) {
          throw cursor.fail(
              "scale word '" + word.text() + "' cannot follow a scale at least as large", word);
        }
        lastPower = power;
        last = BigDecimal.TEN.pow(power);
        total = total.add(current.multiply(last));
        trailing = trailing.multiply(last);
        current = BigDecimal.ZERO;
        cursor.next();
        // "one million two hundred thousand": number words may go on after a scale word.
        if (small(cursor.peek()) > 0 || tens(cursor.peek()) > 0) {
          current = BigDecimal.valueOf(smallOrTens(cursor, cursor.next()));
          trailing = BigDecimal.ONE;
        }
        continue;
      } else {
        break;
      }
      cursor.next();
    }
    BigDecimal value = total.add(current);
    boolean scaled = total.signum() != 0 || last.compareTo(BigDecimal.ONE) != 0;
    return Optional.of(new Amount(scaled ? normalized(value) : value, trailing, last, first));
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
    return token.is("hundred") || token.is("dozen") || POWERS.containsKey(token.lower());
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
