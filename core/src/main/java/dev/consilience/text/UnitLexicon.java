package dev.consilience.text;

import dev.consilience.Unit;
import dev.consilience.text.Token.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Noun phrases and the units they name. Keys are lower-case words with the last one in the
 * singular, so "troops" and "troop" find the same entry. Immutable once built.
 */
final class UnitLexicon {
  /**
   * Participles and adjectives that follow a noun to say what happened to it, which are not its
   * head ("100 people killed", "40 tanks destroyed"), besides those in -ed ({@link
   * #isParticiple}).
   */
  private static final Set<String> AFTER_HEAD = Set.of(
      "dead", "hurt", "missing", "lost", "held", "taken", "stolen", "slain", "caught", "left",
      "struck", "sold", "found", "built", "sent", "sunk", "hit", "shot", "burnt", "blown", "seen",
      "spent", "paid", "bought", "brought", "thrown", "beaten", "hidden", "laid", "shut");
  /** Adverbs that complete a participle before them: "strikes carried out", "drones shot down". */
  private static final Set<String> PARTICLES = Set.of("out", "down", "up", "away", "back");
  /** Words in -ed that are nouns, not participles: "5 flatbed", "1 seed". */
  private static final Set<String> NOUNS_IN_ED = Set.of(
      "bed", "red", "shed", "sled", "seed", "weed", "reed", "deed", "feed", "need", "speed",
      "steed", "creed", "breed", "greed", "tweed", "seaweed", "hundred", "seabed", "riverbed",
      "hotbed", "flatbed", "sickbed", "deathbed", "seedbed", "bloodshed", "watershed",
      "woodshed", "airspeed", "flowerbed", "waterbed", "lakebed", "streambed", "roadbed",
      "testbed", "airbed", "toolshed", "bobsled");
  /** Endings in -ed of nouns and their compounds that no participle has: "oilseed", "tumbleweed". */
  private static final List<String> NOUN_ENDINGS_IN_ED = List.of("seed", "weed", "speed");
  /**
   * The auxiliaries and adverbs that may go before those participles: "civilians were killed",
   * "4 million internally displaced", "5 people critically injured", "12 recently displaced".
   */
  private static final Set<String> AUXILIARIES = Set.of(
      "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "internally",
      "critically", "seriously", "severely", "gravely", "mortally", "fatally", "badly",
      "slightly", "lightly", "moderately", "partially", "partly", "fully", "completely",
      "totally", "temporarily", "newly", "reportedly", "allegedly", "forcibly", "illegally",
      "unlawfully", "wrongfully", "arbitrarily", "still", "also", "not", "now", "already",
      "recently", "previously");
  private final Map<String, Unit> units;
  private final int maxWords;

  UnitLexicon(Map<String, Unit> units) {
    this.units = Map.copyOf(units);
    this.maxWords = units.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
  }

  /** The default English lexicon: see {@link QuantityParser}. */
  static Map<String, Unit> english() {
    Map<String, Unit> units = new HashMap<>();
    Unit person = Unit.of("person");
    for (String word : List.of(
        "troop", "soldier", "person", "worker", "sapper", "civilian", "casualty", "fighter",
        "man", "woman", "child", "personnel", "refugee", "resident", "inhabitant", "migrant",
        "prisoner", "recruit", "volunteer", "mercenary", "engineer", "official", "employee",
        "individual", "capita", "korean", "russian", "ukrainian",
        // Counted alone, these are people: "at least 1,000 killed".
        "killed", "dead", "deceased", "wounded", "injured", "hurt", "missing", "displaced",
        "captured", "detained", "unemployed")) {
      units.put(word, person);
    }
    put(units, QuantityReader.PERCENT, "percent", "pct");
    put(units, Unit.of("year"), "annum");
    // Differences of percentages, which are not percentages of anything.
    put(units, Unit.of("pp"), "percentage point", "pp");
    put(units, Unit.of("bp"), "basis point", "bp");
    put(units, Unit.of("mi2"), "square mile", "square mi", "sq mile", "sq mi", "mi2");
    put(units, Unit.of("km2"), "square kilometre", "square kilometer", "square km",
        "sq kilometre", "sq kilometer", "sq km", "km2");
    put(units, Unit.of("mi"), "mile", "mi");
    put(units, Unit.of("km"), "kilometre", "kilometer", "km");
    put(units, Unit.of("USD"), "dollar", "us dollar", "usd");
    put(units, Unit.of("EUR"), "euro", "eur");
    put(units, Unit.of("GBP"), "pound sterling", "pounds sterling", "gbp");
    return units;
  }

  private static void put(Map<String, Unit> units, Unit unit, String... phrases) {
    for (String phrase : phrases) {
      units.put(phrase, unit);
    }
  }

  /**
   * Returns the lexicon key of a phrase: its words in lower case, the last in the singular.
   *
   * @throws IllegalArgumentException if the phrase is not words separated by single spaces, or
   *     can never match: a noun phrase ends at any word of {@link QuantityReader#endsNoun}, at a
   *     comparative, "than" or "ago", at words of time ({@link Adjuncts}) that would end it, and at a
   *     preposition, unless {@link QuantityReader#startsNoun} it as the first word, and its first
   *     word is read as part of the number when {@link Numbers#readsAfterNumber}
   */
  static String key(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    String[] words = phrase.split(" ", -1);
    for (String word : words) {
      List<Token> tokens = word.length() > Lexer.MAX_LENGTH ? List.of() : Lexer.tokenize(word);
      if (tokens.size() != 2 || tokens.get(0).kind() != Kind.WORD) {
        throw new IllegalArgumentException("unit phrase '" + phrase
            + "' is not words separated by single spaces (a word is letters, then letters,"
            + " digits or apostrophes)");
      }
    }
    Cursor cursor = new Cursor(phrase);
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      int time = Adjuncts.at(cursor, i);
      if (time > 0 || word.equalsIgnoreCase("ago")) {
        throw new IllegalArgumentException("unit phrase '" + phrase + "' can never match: '"
            + String.join(" ", List.of(words).subList(i, i + Math.max(time, 1)))
            + "' ends a noun phrase, as words of time do");
      }
      if (QuantityReader.COMPARATIVES.contains(word.toLowerCase(Locale.ROOT))
          && !(i == 0 && QuantityReader.describesNoun(cursor, 0))) {
        throw new IllegalArgumentException("unit phrase '" + phrase + "' can never match: '"
            + word + "' ends a noun phrase, as comparatives do");
      }
      if (QuantityReader.PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT)) && !(i == 0
          && QuantityReader.startsNoun(word, words.length > 1 ? words[1] : null))) {
        throw new IllegalArgumentException("unit phrase '" + phrase + "' can never match: '"
            + word + "' ends a noun phrase, as prepositions do");
      }
      if (QuantityReader.endsNoun(word)) {
        List<String> stops = QuantityReader.STOPS;
        throw new IllegalArgumentException("unit phrase '" + phrase + "' can never match: '"
            + word + "' ends a noun phrase, as "
            + String.join(", ", stops.subList(0, stops.size() - 1)) + " and "
            + stops.get(stops.size() - 1) + " do");
      }
    }
    if (Numbers.readsAfterNumber(words[0])) {
      throw new IllegalArgumentException("unit phrase '" + phrase + "' can never match: '"
          + words[0] + "' straight after a number is read as part of the number");
    }
    return key(List.of(words), 0, words.length);
  }

  private static String key(List<String> words, int from, int to) {
    StringBuilder key = new StringBuilder();
    for (int i = from; i < to - 1; i++) {
      key.append(plain(words.get(i)).toLowerCase(Locale.ROOT)).append(' ');
    }
    return key.append(Nouns.singular(plain(words.get(to - 1)))).toString();
  }

  /** A word with its superscript powers as digits: {@code km²} is {@code km2}. */
  private static String plain(String word) {
    return word.replace('²', '2').replace('³', '3');
  }

  /**
   * Returns the unit of a noun phrase, found by its head noun, the last word: the longest entry
   * that ends the phrase, else the last word itself in the singular. "square" ({@code sq}) or
   * "cubic" before an entry is not an adjective to ignore: "square metres" is not metres, so an
   * entry right after one counts only when it includes it, and the last word in the singular
   * keeps it ({@code square metre}). A participle that says what happened to the noun, with the
   * auxiliaries before it, is no head noun when a word precedes them: "people killed" and
   * "civilians were killed" are people, "tanks destroyed" tanks. A participle with no noun
   * before it names no unit unless it is an entry ("killed" is): the result is then empty.
   *
   * @param words the phrase's words, at least one
   * @return the unit, or empty when the phrase is a participle that is no entry ("arrested",
   *     "were reported")
   */
  Optional<Unit> unitOf(List<String> words) {
    int to = headEnd(words);
    for (int length = Math.min(maxWords, to); length >= 1; length--) {
      if (length < to && power(words.get(to - length - 1)) != null) {
        continue;
      }
      Unit unit = units.get(key(words, to - length, to));
      if (unit != null) {
        return Optional.of(unit);
      }
    }
    if (participlesFrom(words.subList(0, to)) < to) {
      return Optional.empty(); // "200 arrested": what was arrested, the phrase does not say
    }
    String head = Nouns.singular(plain(words.get(to - 1)));
    String power = to > 1 ? power(words.get(to - 2)) : null;
    return Optional.of(Unit.of(power == null ? head : power + " " + head));
  }

  /**
   * Whether a word says what happened to a noun rather than naming one: a participle in -ed other
   * than a few nouns and words ending as they do ("arrested", "hospitalized", but not "seabed" or
   * "oilseed"), or one of {@link #AFTER_HEAD} ("missing", "taken").
   */
  static boolean isParticiple(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return AFTER_HEAD.contains(lower)
        || lower.length() > 3 && lower.endsWith("ed") && !NOUNS_IN_ED.contains(lower)
            && NOUN_ENDINGS_IN_ED.stream().noneMatch(lower::endsWith);
  }

  /**
   * Where the participles that end the words start, with a particle after the last ("carried
   * out"); the size of the words when they end in none.
   */
  private static int participlesFrom(List<String> words) {
    int before = words.size();
    if (before > 1 && PARTICLES.contains(words.get(before - 1).toLowerCase(Locale.ROOT))
        && isParticiple(words.get(before - 2))) {
      before--;
    }
    while (before > 0 && isParticiple(words.get(before - 1))) {
      before--;
    }
    return before;
  }

  /**
   * The participle that ends a phrase, with the particle after it: "arrested", "carried out".
   *
   * @param words a phrase that {@link #unitOf} finds no unit of
   */
  static String participle(List<String> words) {
    int last = words.size() - 1;
    boolean particle = last > 0 && PARTICLES.contains(words.get(last).toLowerCase(Locale.ROOT))
        && isParticiple(words.get(last - 1));
    return String.join(" ", words.subList(particle ? last - 1 : last, last + 1));
  }

  /**
   * The end of the words up to the head noun: before the final participles (with a particle
   * after the last) and the auxiliaries and adverbs before them, when a word precedes them
   * ("people were killed", "drones launched", "people critically injured", "strikes carried
   * out"), else the end.
   */
  private static int headEnd(List<String> words) {
    int end = words.size();
    int before = participlesFrom(words);
    if (before == end) {
      return end;
    }
    while (before > 0 && AUXILIARIES.contains(words.get(before - 1).toLowerCase(Locale.ROOT))) {
      before--;
    }
    return before > 0 ? before : end;
  }

  /** "square" for {@code square} and {@code sq}, "cubic" for {@code cubic}, else null. */
  private static @Nullable String power(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("square") || lower.equals("sq")) {
      return "square";
    }
    return lower.equals("cubic") ? "cubic" : null;
  }
}
