package dev.consilience.text;

import dev.consilience.text.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into {@link Token}s in one pass, without regular expressions, so that reading time
 * grows linearly with the text, which is at most {@link #MAX_LENGTH} characters.
 */
final class Lexer {
  /** The longest text the parsers read. */
  static final int MAX_LENGTH = 1_000;

  /**
   * Scale suffixes written straight after digits: {@code 12k}, {@code 1.2m}, {@code 3bn}, {@code
   * 3.2tn}, and the wire forms {@code 1.2mln}, {@code 3bln}, {@code 1.5trn}, {@code 2trln}.
   */
  static final Set<String> SUFFIXES =
      Set.of("k", "m", "mn", "mln", "b", "bn", "bln", "tn", "trn", "trln");

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int at;

  private Lexer(String text) {
    this.text = text;
  }

  /**
   * Returns the tokens of a text, ending with one {@link Kind#END} token.
   *
   * @throws TextParseException if the text is longer than {@link #MAX_LENGTH}, at that index
   */
  static List<Token> tokenize(String text) {
    if (text.length() > MAX_LENGTH) {
      throw new TextParseException(
          "text has " + text.length() + " characters, more than the limit of " + MAX_LENGTH,
          text, MAX_LENGTH);
    }
    return new Lexer(text).run();
  }

  private List<Token> run() {
    boolean attached = false;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (isSpace(c)) {
        at++;
        attached = false;
        continue;
      }
      int start = at;
      Kind kind;
      if (isDigit(c)) {
        kind = Kind.NUMBER;
        number();
      } else if (Character.isLetter(c)) {
        kind = Kind.WORD;
        word();
      } else {
        kind = Kind.SYMBOL;
        at++;
      }
      tokens.add(new Token(kind, start, at, text.substring(start, at), attached && start > 0));
      attached = true;
    }
    tokens.add(new Token(Kind.END, text.length(), text.length(), "", attached));
    return tokens;
  }

  private void number() {
    digits();
    // A separator groups thousands only when exactly three digits follow it: "3,800" but "5,6";
    // the first one found is the only one the number may use: "3,800 000" is not 3800000.
    boolean grouped = at < text.length() && isGroupSeparator(text.charAt(at));
    char separator = grouped ? text.charAt(at) : 0;
    while (grouped && at + 3 < text.length() && text.charAt(at) == separator
        && isDigit(text.charAt(at + 1)) && isDigit(text.charAt(at + 2))
        && isDigit(text.charAt(at + 3))
        && (at + 4 == text.length() || !isDigit(text.charAt(at + 4)))) {
      at += 4;
    }
    if (at + 1 < text.length() && text.charAt(at) == '.' && isDigit(text.charAt(at + 1))) {
      at++;
      digits();
    }
    int letters = at;
    while (letters < text.length() && Character.isLetterOrDigit(text.charAt(letters))) {
      letters++;
    }
    if (SUFFIXES.contains(text.substring(at, letters).toLowerCase(Locale.ROOT))) {
      at = letters;
    }
  }

  private void digits() {
    while (at < text.length() && isDigit(text.charAt(at))) {
      at++;
    }
  }

  private void word() {
    at++;
    while (at < text.length()) {
      char c = text.charAt(at);
      boolean apostrophe = (c == '\'' || c == '’')
          && at + 1 < text.length() && Character.isLetter(text.charAt(at + 1));
      // "km²", "m³": a superscript power ends a unit as a digit does ("km2").
      boolean power = c == '²' || c == '³';
      if (!Character.isLetterOrDigit(c) && !apostrophe && !power) {
        return;
      }
      at++;
    }
  }

  /**
   * Whether a character may group the thousands of a number: a comma, a thin space (U+2009), a
   * narrow no-break space (U+202F) or a no-break space (U+00A0). A plain space may not: in "40
   * 500" it separates two numbers as often as it groups one.
   */
  static boolean isGroupSeparator(char c) {
    return c == ',' || c == '\u2009' || c == '\u202f' || c == '\u00a0';
  }

  /** ASCII digits only: other scripts' digits are not read as numbers. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Returns the text without the characters around it that separate tokens: white space of every
   * kind, non-breaking and thin spaces included, which {@link String#strip()} keeps.
   */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
