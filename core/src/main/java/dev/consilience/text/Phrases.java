package dev.consilience.text;

import dev.consilience.text.Token.Kind;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A table of fixed word sequences ("more than", "just over"), matched longest first at the
 * cursor, in any case. Immutable once built.
 */
final class Phrases<T> {
  private final Map<String, T> values;
  private final int maxWords;

  private Phrases(Map<String, T> values) {
    this.values = Map.copyOf(values);
    this.maxWords = values.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(0);
  }

  /** Returns the table that {@code entries} fill through an {@link Adder}. */
  static <T> Phrases<T> of(Consumer<Adder<T>> entries) {
    Map<String, T> values = new HashMap<>();
    entries.accept((value, phrases) -> {
      for (String phrase : phrases) {
        values.put(phrase, value);
      }
    });
    return new Phrases<>(values);
  }

  /** Adds phrases, each lower-case words separated by single spaces, that mean one value. */
  @FunctionalInterface
  interface Adder<T> {
    void add(T value, String... phrases);
  }

  /** A phrase found at the cursor: what it means and how many words it has. */
  record Match<T>(T value, int words) {}

  /** Returns the longest phrase of the table that starts at the cursor, without moving it. */
  Optional<Match<T>> match(Cursor cursor) {
    return match(cursor, 0);
  }

  /**
   * Returns the longest phrase of the table that starts {@code ahead} tokens from the cursor,
   * without moving it.
   */
  Optional<Match<T>> match(Cursor cursor, int ahead) {
    StringBuilder phrase = new StringBuilder();
    Match<T> longest = null;
    for (int i = 0; i < maxWords && cursor.peek(ahead + i).kind() == Kind.WORD; i++) {
      if (i > 0) {
        phrase.append(' ');
      }
      phrase.append(cursor.peek(ahead + i).lower());
      T value = values.get(phrase.toString());
      if (value != null) {
        longest = new Match<>(value, i + 1);
      }
    }
    return Optional.ofNullable(longest);
  }
}
