package dev.consilience.text;

import dev.consilience.text.Token.Kind;
import java.util.Set;

/**
 * Words after a quantity that say when it was counted, or how much of it a count covers, rather
 * than what was counted: "10 today", "40 this week", "5 last year", "3 so far", "20 Tuesday
 * night", "12 on Tuesday alone", "40 a year earlier", "5% year-on-year". They end the noun phrase,
 * so the count is not a count of weeks, and are read and ignored, as a phrase after a preposition
 * is. {@link QuantityParser} documents the list.
 *
 * <p>A word that may also describe a noun ("5 Sunday papers", "10 later models") is such a word
 * only where the noun phrase could end: before the end, a symbol, a word that ends noun phrases,
 * "than", a preposition, or another of these words.
 */
final class Adjuncts {
  /** Adverbs of one or two words: "today", "so far", "to date", "alone", "in total". */
  private static final Phrases<Boolean> ADVERBS = Phrases.of(add -> add.add(true,
      "today", "tonight", "yesterday", "tomorrow", "overnight", "now", "already", "recently",
      "earlier", "later", "early", "late", "previously", "so far", "thus far", "to date",
      "alone", "altogether", "total", "combined", "overall", "respectively"));
  /** The adverbs that a part of the day may follow: "yesterday morning". */
  private static final Set<String> DAYS = Set.of("today", "yesterday", "tomorrow");
  private static final Set<String> PARTS_OF_DAY = Set.of(
      "morning", "afternoon", "evening", "night");
  /** Words that make a time of a period after them: "this week", "the previous day". */
  private static final Set<String> DEICTICS = Set.of(
      "this", "last", "next", "past", "previous", "coming", "same", "that");
  /** Periods that those words make a time of, besides parts of the day, days and months. */
  private static final Set<String> PERIODS = Set.of(
      "day", "week", "weekend", "fortnight", "month", "quarter", "year", "season", "decade",
      "century", "spring", "summer", "fall", "autumn", "winter", "time");
  /** Words after "a" and a period that make a time of them, not a rate: "a year earlier". */
  private static final Set<String> SHIFTS = Set.of("earlier", "later", "ago", "before");
  /** Words that compare a period with the one before, as in "year on year", "month over month". */
  private static final Set<String> ON = Set.of("on", "over");

  private Adjuncts() {}

  /**
   * The number of tokens of the words of time that start {@code ahead} tokens from the cursor,
   * or 0 when none do there.
   */
  static int at(Cursor cursor, int ahead) {
    int length = unchecked(cursor, ahead);
    return length > 0 && endsNoun(cursor, ahead + length) ? length : 0;
  }

  /** The length of the words of time at {@code ahead}, whatever follows them; else 0. */
  private static int unchecked(Cursor cursor, int ahead) {
    Token first = cursor.peek(ahead);
    if (first.kind() != Kind.WORD) {
      return 0;
    }
    int length = ADVERBS.match(cursor, ahead).map(Phrases.Match::words).orElse(0);
    if (length > 0) {
      return DAYS.contains(first.lower()) ? withPartOfDay(cursor, ahead, length) : length;
    }
    if (PERIODS.contains(first.lower())) {
      // "year on year", "year-on-year", "year to date": a period compared or counted to today.
      int middle = joined(cursor, ahead + 1);
      int last = middle == 0 ? 0 : middle + joined(cursor, ahead + middle + 1);
      Token word = cursor.peek(ahead + middle);
      Token end = cursor.peek(ahead + last);
      if (last > middle && (ON.contains(word.lower()) && end.is(first.text())
          || word.is("to") && end.is("date"))) {
        return last + 1;
      }
    }
    if ((first.is("a") || first.is("an")) && PERIODS.contains(cursor.peek(ahead + 1).lower())
        && SHIFTS.contains(cursor.peek(ahead + 2).lower())
        && unchecked(cursor, ahead + 3) == 0) {
      // "a year earlier", "a week ago": a time, not "a year" as a rate; but "20 a day earlier
      // this month" is a rate, then a time.
      return 3;
    }
    int deictic = first.is("the") ? 1 : 0;
    // "this past week" is "the past week".
    if (cursor.peek(ahead + deictic).is("this") && cursor.peek(ahead + deictic + 1).is("past")) {
      deictic++;
    }
    Token period = cursor.peek(ahead + deictic + 1);
    if (DEICTICS.contains(cursor.peek(ahead + deictic).lower()) && period.kind() == Kind.WORD
        && (PERIODS.contains(period.lower()) || PARTS_OF_DAY.contains(period.lower())
            || TimeReader.namesMonth(period.text()) || isDay(period))) {
      return withPartOfDay(cursor, ahead, deictic + 2);
    }
    // "20 Tuesday", as wire copy writes "on Tuesday"; "Tue" or "Sun" alone is too often a word.
    return isDay(first) && first.text().length() > 3 ? withPartOfDay(cursor, ahead, 1) : 0;
  }

  /**
   * How many tokens on from the word before the token {@code ahead} tokens on the next word is:
   * 1 when that token is the word ("year on"), 2 when it is an attached hyphen before an attached
   * word ("year-on"), else 0.
   */
  private static int joined(Cursor cursor, int ahead) {
    Token next = cursor.peek(ahead);
    if (next.kind() == Kind.WORD) {
      return 1;
    }
    return next.isSymbol("-") && next.attached() && cursor.peek(ahead + 1).attached()
        && cursor.peek(ahead + 1).kind() == Kind.WORD ? 2 : 0;
  }

  private static boolean isDay(Token word) {
    return word.kind() == Kind.WORD && TimeReader.namesDay(word.text());
  }

  /** Adds a part of the day after a day: "yesterday morning", "Tuesday night". */
  private static int withPartOfDay(Cursor cursor, int ahead, int length) {
    Token day = cursor.peek(ahead + length - 1);
    boolean isDay = DAYS.contains(day.lower()) || isDay(day);
    return isDay && PARTS_OF_DAY.contains(cursor.peek(ahead + length).lower())
        ? length + 1 : length;
  }

  /** Whether a noun phrase may end before the token {@code ahead} tokens from the cursor. */
  private static boolean endsNoun(Cursor cursor, int ahead) {
    Token next = cursor.peek(ahead);
    // An attached hyphen makes a compound of the word before it: "20 now-closed shops".
    return next.kind() == Kind.END
        || next.kind() == Kind.SYMBOL && !(next.isSymbol("-") && next.attached())
        || next.kind() == Kind.WORD && (QuantityReader.endsNoun(next.text()) || next.is("than")
            || QuantityReader.PREPOSITIONS.contains(next.lower())
            || QuantityReader.TWO_WORD_PREPOSITIONS.match(cursor, ahead).isPresent()
            || at(cursor, ahead) > 0);
  }
}
