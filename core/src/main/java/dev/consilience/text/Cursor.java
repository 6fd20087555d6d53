package dev.consilience.text;

import dev.consilience.text.Token.Kind;
import java.util.List;

/** A position in the tokens of one text, with the helpers both parsers read with. */
final class Cursor {
  private final String text;
  private final List<Token> tokens;
  private int at;
  /** Where the stated text ends: the text's length, or where a dropped final full stop was. */
  private int statedEnd;

  Cursor(String text) {
    this.text = text;
    this.tokens = Lexer.tokenize(text);
    this.statedEnd = text.length();
  }

  /**
   * Drops a final {@code .} or {@code ,} from the tokens, so that a phrase copied with the
   * punctuation of its sentence reads as without it; one only, so that {@code ".."} still fails.
   */
  Cursor withoutFinalPunctuation() {
    int last = tokens.size() - 2;
    if (last >= 0 && tokens.get(last).isSymbol(".,")) {
      statedEnd = tokens.remove(last).start();
    }
    return this;
  }

  /**
   * The text as stated: without surrounding white space and without the final punctuation that
   * {@link #withoutFinalPunctuation()} dropped.
   */
  String stated() {
    return Lexer.strip(text.substring(0, statedEnd));
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
