package dev.consilience.text;

import java.util.Objects;

/**
 * Text that could not be read: a quantity, a time or a range in a form the reader does not know.
 *
 * <p>Carries the {@linkplain #text() text} and the {@linkplain #index() index} at which reading
 * failed, so that a caller can point at the problem. The message shows both.
 */
public final class TextParseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final String text;
  private final int index;

  /**
   * Creates an exception for text that could not be read.
   *
   * @param problem what is wrong, in lower case, without the text; not null
   * @param text the text being read; not null
   * @param index where reading failed, from 0 to {@code text.length()}
   * @throws IllegalArgumentException if the index is outside the text
   */
  public TextParseException(String problem, CharSequence text, int index) {
    super(format(problem, text, index));
    this.problem = problem;
    this.text = text.toString();
    if (index < 0 || index > this.text.length()) {
      throw new IllegalArgumentException(
          "index " + index + " is outside text of length " + this.text.length());
    }
    this.index = index;
  }

  private static String format(String problem, CharSequence text, int index) {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(text, "text");
    return "cannot read '" + text + "' at index " + index + ": " + problem;
  }

  /** What is wrong, without the text and index. */
  String problem() {
    return problem;
  }

  /** The text that could not be read. */
  public String text() {
    return text;
  }

  /** The index in {@link #text()} at which reading failed, from 0 to the text's length. */
  public int index() {
    return index;
  }
}
