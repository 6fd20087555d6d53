package dev.consilience.text;

import java.util.Locale;

/**
 * One token of English text: a word, a number, a single symbol or the end of the text.
 *
 * @param kind what the token is
 * @param start the index of its first character
 * @param end the index after its last character
 * @param text the characters, verbatim
 * @param attached whether it follows the previous token with no white space between
 */
record Token(Kind kind, int start, int end, String text, boolean attached) {

  enum Kind {
    /**
     * Letters, then letters, digits, apostrophes or the superscripts ² and ³: {@code troops},
     * {@code km2}, {@code km²}.
     */
    WORD,
    /**
     * Digits, optional thousands separators, decimals and scale suffix: {@code 3,800}, {@code
     * 12k}; see {@link Lexer#isGroupSeparator(char)}.
     */
    NUMBER,
    /** Any other single character that is not white space: {@code $}, {@code -}, {@code –}. */
    SYMBOL,
    /** The end of the text; {@link #start()} is the text's length. */
    END
  }

  /** The text in lower case, for matching words. */
  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Whether this is the word {@code word}, in any case. */
  boolean is(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** Whether this is one of the symbols in {@code symbols}. */
  boolean isSymbol(String symbols) {
    return kind == Kind.SYMBOL && symbols.contains(text);
  }

  /** Whether this is a dash that can join a range: hyphen, en dash, em dash or figure dash. */
  boolean isDash() {
    return isSymbol("-–—‒");
  }

  /** Whether this is a number written with digits only: no commas, point or suffix. */
  boolean isPlainDigits(int minLength, int maxLength) {
    return kind == Kind.NUMBER
        && text.length() >= minLength
        && text.length() <= maxLength
        && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
