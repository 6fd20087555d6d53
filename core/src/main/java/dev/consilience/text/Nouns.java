package dev.consilience.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English nouns to the singular, by a few plain rules and short lists of the words they would
 * get wrong.
 */
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
      Map.entry("halves", "half"),
      Map.entry("quizzes", "quiz"));
  /** Nouns ending in s that are the same in the singular. */
  private static final Set<String> INVARIANT = Set.of(
      "news", "means", "series", "species", "headquarters", "barracks", "crossroads", "corps",
      "gallows", "chaos", "ethos", "cosmos", "kudos", "diabetes", "measles", "mumps", "innings",
      "whereabouts");
  /** Singulars in -ie, whose plurals in -ies are not from -y. */
  private static final Set<String> IE = Set.of(
      "sortie", "movie", "cookie", "calorie", "zombie", "rookie", "goalie", "selfie", "genie",
      "prairie", "brownie", "pixie", "auntie", "hippie", "necktie", "hoodie", "freebie");
  /** Singulars in a single s that take -es, other than those in -us. */
  private static final Set<String> ES_AFTER_S = Set.of(
      "gas", "atlas", "canvas", "alias", "bias", "lens", "iris");
  /** Singulars in -use, whose plurals in -uses are not from -us. */
  private static final Set<String> USE = Set.of(
      "use", "abuse", "misuse", "reuse", "overuse", "excuse", "fuse", "muse", "ruse", "refuse",
      "recluse");
  /**
   * Singulars in -che, whose plurals in -ches are not from -ch, other than those in -ache after a
   * consonant, which a rule covers ("headache", "cache", "mustache").
   */
  private static final Set<String> CHE = Set.of(
      "niche", "avalanche", "cliche", "quiche", "psyche", "creche", "microfiche", "douche");
  /** Singulars in -oe, whose plurals in -oes are not from -o. */
  private static final Set<String> OE = Set.of(
      "shoe", "horseshoe", "snowshoe", "toe", "tiptoe", "canoe", "hoe", "foe", "oboe", "floe",
      "roe", "doe", "sloe");

  private Nouns() {}

  /**
   * Returns a word in lower case and in the singular: {@code tanks} → {@code tank}, {@code
   * casualties} → {@code casualty}, {@code sorties} → {@code sortie}, {@code churches} → {@code
   * church}, {@code headaches} → {@code headache}, {@code buses} → {@code bus}, {@code heroes} →
   * {@code hero}, {@code men} → {@code man}. Invariant nouns ({@code news}, {@code series}, {@code
   * species}), words ending in {@code ss}, {@code us} or {@code is}, and words without a final
   * {@code s} are kept as they are.
   */
  static String singular(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    String irregular = IRREGULAR.get(lower);
    if (irregular != null) {
      return irregular;
    }
    if (INVARIANT.contains(lower) || ES_AFTER_S.contains(lower)) {
      return lower;
    }
    int length = lower.length();
    String withoutS = lower.substring(0, Math.max(length - 1, 0));
    if (length > 4 && lower.endsWith("ies")) {
      return IE.contains(withoutS) ? withoutS : lower.substring(0, length - 3) + "y";
    }
    if (length > 3 && lower.endsWith("es") && takesEs(lower.substring(0, length - 2))) {
      return lower.substring(0, length - 2);
    }
    if (length > 1 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("’s")) {
      return withoutS;
    }
    return lower;
  }

  /** Whether a plural in -es has {@code stem} as its singular: "bus", "box", "buzz", "hero". */
  private static boolean takesEs(String stem) {
    if (stem.endsWith("us")) {
      // "buses", "viruses", but "houses", "causes", "uses".
      return !stem.endsWith("ous") && !stem.endsWith("aus") && !USE.contains(stem + "e");
    }
    if (stem.endsWith("o")) {
      return !OE.contains(stem + "e");
    }
    if (stem.endsWith("ch")) {
      return !CHE.contains(stem + "e") && !inAche(stem);
    }
    return stem.endsWith("ss") || stem.endsWith("x") || stem.endsWith("zz")
        || stem.endsWith("tz") || stem.endsWith("sh") || ES_AFTER_S.contains(stem);
  }

  /**
   * Whether {@code stem} + "es" is the plural of a word in -ache: "aches", or -aches after a
   * consonant ("headaches", "caches"), where a word in -ach has a vowel there ("coaches",
   * "beaches").
   */
  private static boolean inAche(String stem) {
    int at = stem.length() - 3;
    return stem.endsWith("ach") && (at == 0 || "aeiou".indexOf(stem.charAt(at - 1)) < 0);
  }
}
