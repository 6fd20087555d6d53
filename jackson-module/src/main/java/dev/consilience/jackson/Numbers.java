package dev.consilience.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Exact numbers: written in plain notation with their scale, read as decimals and never through
 * {@code double}, and refused before any arithmetic when they are hostile.
 */
final class Numbers {
  /** The most digits a number may have; also Jackson's default maximum number length. */
  static final int MAX_DIGITS = 1_000;

  /** The greatest magnitude of an exponent. */
  static final int MAX_EXPONENT = 9_999;

  private static final int SHOWN = 24;

  private Numbers() {}

  /**
   * Writes a number in plain notation ({@code 6000.50}). A number whose plain notation would have
   * more than {@link #MAX_DIGITS} digits (possible only with an extreme scale, such as {@code
   * 1E-9999}) is written as a string in exact scientific notation instead, because no parser with
   * default limits would read the plain form back. Into a {@link TokenBuffer} (trees, {@code
   * convertValue}) the decimal itself is written: the buffer keeps it as it is, where text would
   * be read back as a {@code double}.
   */
  static void write(BigDecimal value, JsonGenerator gen) throws IOException {
    String plain = value.toPlainString();
    if (digits(plain) <= MAX_DIGITS) {
      if (gen instanceof TokenBuffer) {
        gen.writeNumber(value);
      } else {
        gen.writeNumber(plain);
      }
    } else {
      gen.writeString(value.unscaledValue() + "E" + (-value.scale()));
    }
  }

  /**
   * Writes a finite {@code double} as the shortest decimal that reads back as the same double, in
   * plain notation ({@code 0.8}, {@code 1}, {@code 0.0000001}).
   */
  static void write(double value, JsonGenerator gen) throws IOException {
    // valueOf keeps the trailing zero of Double.toString's "1.0" and "1.0E-7", which is not part
    // of the shortest decimal; stripping makes 1000 into 1E+3, whose plain form is 1000 again.
    BigDecimal shortest = BigDecimal.valueOf(value).stripTrailingZeros();
    write(shortest.scale() < 0 ? shortest.setScale(0) : shortest, gen);
  }

  /**
   * Reads a number token, or a string holding a number. The text is checked before it is
   * converted, so that a thousand-digit or {@code 1e999999999} number costs nothing.
   */
  static BigDecimal read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
        && token != JsonToken.VALUE_STRING) {
      throw Json.wrongType(p, BigDecimal.class, "a number");
    }
    if (token != JsonToken.VALUE_STRING) {
      // A decimal handed over whole, in a tree or a conversion: there is no text to check, and
      // its own text (1.2E+10000 for 12E+9999) would be judged by other limits. Text parsers
      // defer numbers as text, so this costs them nothing.
      Object deferred = p.getNumberValueDeferred();
      if (deferred instanceof BigDecimal) {
        return (BigDecimal) deferred;
      }
    }
    String text = p.getText();
    String problem = check(text);
    if (problem != null) {
      throw Json.invalid(p, BigDecimal.class, problem, shorten(text));
    }
    // The parser's own decimal value for number tokens keeps the scale as written.
    return token == JsonToken.VALUE_STRING ? new BigDecimal(text) : p.getDecimalValue();
  }

  /**
   * Checks that the text is a decimal number within the limits; returns the problem, or null.
   * Accepts {@code [+-]digits[.digits][(e|E)[+-]digits]}.
   */
  static String check(String text) {
    int at = 0;
    int length = text.length();
    if (at < length && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
      at++;
    }
    int digits = 0;
    int integerStart = at;
    while (at < length && isDigit(text.charAt(at))) {
      at++;
      digits++;
    }
    if (at == integerStart) {
      return notANumber(text);
    }
    if (at < length && text.charAt(at) == '.') {
      at++;
      int fractionStart = at;
      while (at < length && isDigit(text.charAt(at))) {
        at++;
        digits++;
      }
      if (at == fractionStart) {
        return notANumber(text);
      }
    }
    if (at < length && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      at++;
      if (at < length && (text.charAt(at) == '-' || text.charAt(at) == '+')) {
        at++;
      }
      while (at < length && text.charAt(at) == '0') {
        at++;
      }
      int exponentStart = at;
      while (at < length && isDigit(text.charAt(at))) {
        at++;
      }
      if (at == exponentStart && text.charAt(at - 1) != '0') {
        return notANumber(text);
      }
      if (at == length && at - exponentStart > 4) {
        return "number " + shorten(text) + " has an exponent beyond ±" + MAX_EXPONENT;
      }
    }
    if (at != length) {
      return notANumber(text);
    }
    if (digits > MAX_DIGITS) {
      return "number " + shorten(text) + " has " + digits + " digits, more than " + MAX_DIGITS;
    }
    return null;
  }

  private static String notANumber(String text) {
    return "'" + shorten(text) + "' is not a decimal number";
  }

  private static int digits(String plain) {
    int count = 0;
    for (int i = 0; i < plain.length(); i++) {
      if (isDigit(plain.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The text, or its start and end around an ellipsis when it is too long to show. */
  private static String shorten(String text) {
    return text.length() <= 2 * SHOWN
        ? text
        : text.substring(0, SHOWN) + "…" + text.substring(text.length() - SHOWN);
  }
}
