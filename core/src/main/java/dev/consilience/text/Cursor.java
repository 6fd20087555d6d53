package dev.consilience.text;

import dev.consilience.text.Token.Kind;
import java.util.List;
import java.util.Map;

/** A position in the tokens of one text, with the helpers both parsers read with. */
final class Cursor {
  /** The closing mark of each opening bracket or quote. */
  private static final Map<String, String> CLOSING = Map.of(
      "(", ")", "[", "]", "\"", "\"", "'", "'", "“", "”", "‘", "’", "«", "»");

  private final String text;
  private final List<Token> tokens;
  private int at;
  /** Where the stated text starts: 0, or after a dropped opening bracket or quote. */
  private int statedStart;
  /** Whether the phrase was in round brackets, now dropped. */
  private boolean roundBrackets;
  /** Where the stated text ends: the text's length, or where dropped punctuation was. */
  private int statedEnd;

  Cursor(String text) {
    this.text = text;
    this.tokens = Lexer.tokenize(text);
    this.statedEnd = text.length();
  }

  /**
   * Drops the punctuation of the sentence a phrase was copied from: one final {@code .}, {@code
   * ,}, {@code ;} or {@code :}, inside or outside a pair of brackets or quotes around the phrase,
   * and that pair. One mark only, so that {@code ".."} still fails, and a pair only when both are
   * there and match.
   */
  Cursor withoutSentencePunctuation() {
    boolean dropped = dropFinalMark();
    int last = tokens.size() - 2;
    if (last > 0 && tokens.get(0).kind() == Kind.SYMBOL && tokens.get(last).kind() == Kind.SYMBOL
        && CLOSING.get(tokens.get(0).text()) != null
        && CLOSING.get(tokens.get(0).text()).equals(tokens.get(last).text())) {
      statedEnd = tokens.remove(last).start();
      Token opening = tokens.remove(0);
      statedStart = opening.end();
      roundBrackets = opening.text().equals("(");
      if (!dropped) {
        dropFinalMark();
      }
    }
    return this;
  }

  /** Whether {@link #withoutSentencePunctuation()} dropped round brackets around the phrase. */
  boolean droppedRoundBrackets() {
    return roundBrackets;
  }

  private boolean dropFinalMark() {
    int last = tokens.size() - 2;
    if (last >= 0 && tokens.get(last).isSymbol(".,;:")) {
      statedEnd = tokens.remove(last).start();
      return true;
    }
    return false;
  }

  /**
   * The text as stated: without surrounding white space and without the punctuation that
   * {@link #withoutSentencePunctuation()} dropped.
   */
  String stated() {
    return Lexer.strip(text.substring(statedStart, statedEnd));
  }

  /** The current token; {@link Kind#END} at the end. */
  Token peek() {
    return peek(0);
  }

  /** The token {@code ahead} places after the current one; {@link Kind#END} past the end. */
  Token peek(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }

  /** Returns the current token and moves past it (never past the end). */
  Token next() {
    Token token = peek();
    if (token.kind() != Kind.END) {
      at++;
    }
    return token;
  }

  /** Moves past the current token if it is the word {@code word}. */
  boolean accept(String word) {
    if (peek().is(word)) {
      at++;
      return true;
    }
    return false;
  }

  /** Moves past the current token if it is a symbol in {@code symbols} attached to the last. */
  boolean acceptAttached(String symbols) {
    if (peek().isSymbol(symbols) && peek().attached()) {
      at++;
      return true;
    }
    return false;
  }

  /** The current position, to {@linkplain #reset(int) return to} after looking ahead. */
  int mark() {
    return at;
  }

  /** Returns to a position that {@link #mark()} gave. */
  void reset(int mark) {
    at = mark;
  }

  /** The text from the start of {@code first} to the end of the token before the current one. */
  String textFrom(Token first) {
    int end = tokens.get(Math.max(at - 1, 0)).end();
    return text.substring(first.start(), Math.max(first.start(), end));
  }

  /** The text from the start of {@code first} to the end of the last token. */
  String textToTheEnd(Token first) {
    int end = tokens.get(Math.max(tokens.size() - 2, 0)).end();
    return text.substring(first.start(), Math.max(first.start(), end));
  }

  /** Moves past every token. */
  void skipToTheEnd() {
    at = tokens.size() - 1;
  }

  /** Moves {@code count} tokens on. */
  void skip(int count) {
    for (int i = 0; i < count; i++) {
      next();
    }
  }

  /** Whether every token has been read. */
  boolean atEnd() {
    return peek().kind() == Kind.END;
  }

  /** The text being read. */
  String text() {
    return text;
  }

  /** Returns a failure at the start of {@code token}. */
  TextParseException fail(String problem, Token token) {
    return new TextParseException(problem, text, token.start());
  }

  /** Returns a failure at the current token for text that should not be there. */
  TextParseException unexpected(String after) {
    Token token = peek();
    return fail("unexpected '" + token.text() + "' after " + after, token);
  }
}
