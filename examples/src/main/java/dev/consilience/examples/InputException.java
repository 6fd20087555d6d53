package dev.consilience.examples;

/**
 * A user's input that cannot be used: a missing file, malformed JSON, an invalid claim. The
 * message says where (file, line and column, JSON path) and what is wrong; the command prints it
 * without a stack trace.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
