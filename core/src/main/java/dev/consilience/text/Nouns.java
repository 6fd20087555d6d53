package dev.consilience.text;

import java.util.Locale;
import java.util.Map;

/** English nouns to the singular, by a few plain rules and a short list of irregular plurals. */
final class Nouns {
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("people", "person"),
      Map.entry("persons", "person"),
      Map.entry("men", "man"),
      Map.entry("women", "woman"),
      Map.entry("children", "child"),
      Map.entry("feet", "foot"),
      Map.entry("teeth", "tooth"),
      Map.entry("geese", "goose"),
      Map.entry("mice", "mouse"),
      Map.entry("lives", "life"),
      Map.entry("wives", "wife"),
      Map.entry("knives", "knife"),
      Map.entry("halves", "half"));

  private Nouns() {}

  /**
   * Returns a word in lower case and in the singular: {@code tanks} → {@code tank}, {@code
   * casualties} → {@code casualty}, {@code churches} → {@code church}, {@code men} → {@code man}.
   * Words ending in {@code ss}, {@code us} or {@code is} and words without a final {@code s} are
   * kept as they are.
   */
  static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(lower);
    if (irregular != null) {
      return irregular;
    }
    int length = lower.length();
    if (length > 4 && lower.endsWith("ies")) {
      return lower.substring(0, length - 3) + "y";
    }
    if (length > 4 && (lower.endsWith("sses") || lower.endsWith("shes")
        || lower.endsWith("ches") || lower.endsWith("xes") || lower.endsWith("zes"))) {
      return lower.substring(0, length - 2);
    }
    if (length > 1 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("’s")) {
      return lower.substring(0, length - 1);
    }
    return lower;
  }
}
