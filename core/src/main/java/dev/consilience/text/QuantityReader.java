package dev.consilience.text;

import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Unit;
import dev.consilience.text.Numbers.Amount;
import dev.consilience.text.Phrases.Match;
import dev.consilience.text.Token.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Reads one quantity phrase; one instance per call of {@link QuantityParser#parse}. */
final class QuantityReader {
  /**
   * The reference date a time after a quantity is read as of: only whether it is a time matters,
   * and every "since" starts before this one.
   */
  private static final LocalDate LATEST_REFERENCE = LocalDate.of(9999, 12, 31);
  private static final Unit USD = Unit.of("USD");
  private static final Unit EUR = Unit.of("EUR");
  private static final Unit GBP = Unit.of("GBP");
  /** Currency symbols written before a number: "$5". */
  private static final Map<String, Unit> CURRENCIES = Map.of("$", USD, "€", EUR, "£", GBP);
  /** Letters written straight before "$" that name its dollar: "US$5m", "C$2bn". */
  private static final Map<String, Unit> DOLLARS = Map.of(
      "us", USD, "c", Unit.of("CAD"), "a", Unit.of("AUD"), "hk", Unit.of("HKD"),
      "nz", Unit.of("NZD"));
  /** ISO codes written before a number, as reports do: "USD 5 million". */
  private static final Map<String, Unit> CODES = Map.of("usd", USD, "eur", EUR, "gbp", GBP);
  /** The unit of "40%", "40 percent" and "40 per cent". */
  static final Unit PERCENT = Unit.of("%");
  /** What "each" with no noun after it is per: "$2,000 each" is {@code USD/item}. */
  static final Unit ITEM = Unit.of("item");
  /** Hyphen, en dash, em dash and figure dash: "3,800-4,000", "3,800–4,000", "3,800—4,000". */
  private static final String MINUS = "-−";
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final Set<String> DETERMINERS = Set.of(
      "the", "his", "her", "its", "their", "our", "your", "my", "these", "those", "them");
  /** Determiners that stand for a noun: "of them" names no unit. */
  private static final Set<String> PRONOUNS = Set.of("them", "those", "these");
  /** Words that end a noun phrase: they join phrases or start a rate. */
  static final List<String> STOPS = List.of(
      "and", "or", "but", "of", "per", "each", "every", "a", "an");
  /**
   * Prepositions, which end a noun phrase and start a phrase that says where, when or for what
   * ("from the border", "in Russia's Kursk region"): the unit is the noun before them.
   */
  static final Set<String> PREPOSITIONS = Set.of(
      "in", "inside", "into", "within", "from", "near", "at", "on", "across", "along", "outside",
      "off", "around", "over", "under", "since", "during", "after", "before", "behind", "beyond",
      "through", "throughout", "toward", "towards", "with", "without", "against", "by", "to",
      "for", "among", "amid");

  /** Words straight after the number that add to a count told before: "10 more", "5 extra". */
  private static final Set<String> ADDITIONAL = Set.of("more", "additional", "extra", "further");
  /**
   * Comparatives and "than", which end a noun phrase: after it, they say the quantity is a
   * difference ("5 percent higher", "40 troops more") or compare it with something else ("10 more
   * people than last year"), which the parser does not read.
   */
  static final Set<String> COMPARATIVES = Set.of(
      "more", "less", "fewer", "higher", "lower", "than");
  /** Words straight after the number that make it a difference: "10 fewer", "5 less". */
  private static final Set<String> FEWER = Set.of("fewer", "less");
  /**
   * How many words that continue the noun phrase a comparative straight after the number needs
   * after it to describe the noun rather than end the phrase: "10 lower courts", "5 less
   * developed countries" (but "5 less people" is a difference).
   */
  private static final Map<String, Integer> DESCRIBING = Map.of("higher", 1, "lower", 1, "less", 2);
  /** Pronouns after the number that stand for a noun the phrase does not name: "10 others". */
  private static final Set<String> STAND_INS = Set.of("others");

  /** Prepositions of two words: "some 70 as of Friday", "50 according to officials". */
  static final Phrases<Boolean> TWO_WORD_PREPOSITIONS = Phrases.of(add -> add.add(true,
      "as of", "according to", "prior to", "ahead of"));

  /**
   * Prepositions that, straight after the number and before a noun, are that noun's adjective:
   * "5 outside experts", "10 under secretaries", "5 near misses".
   */
  private static final Set<String> ADJECTIVES = Set.of(
      "outside", "inside", "near", "under", "off", "over", "after");

  /** Prepositions that may end a phrase after its noun as adverbs: "3 days off". */
  private static final Set<String> PARTICLES = Set.of("off", "on", "over", "behind");
  /**
   * Scale abbreviations that, written after a space, are as often units: battalions ("3 Bn") and
   * tons ("500 tn").
   */
  private static final Map<String, String> AMBIGUOUS_SCALES = Map.of(
      "bn", "billions or battalions", "tn", "trillions or tons");

  private final Cursor cursor;
  private final UnitLexicon lexicon;
  private @Nullable Lead hedge;
  private String hedgeText = "";
  private @Nullable Lead lead;
  private String leadText = "";
  private @Nullable Token leadAt;
  private @Nullable Unit currency;
  private String currencyText = "";
  /** Whether a number so far had a "%" straight after it: "5% to 10%". */
  private boolean percent;
  /** The phrase's number, while it has only one, and its text. */
  private @Nullable Amount single;
  private String singleText = "";
  /** Where the phrase's first number starts, with its sign or currency. */
  private @Nullable Token numberAt;

  QuantityReader(String text, UnitLexicon lexicon) {
    this.cursor = new Cursor(text).withoutSentencePunctuation();
    this.lexicon = lexicon;
    Token first = cursor.peek();
    if (cursor.droppedRoundBrackets() && (first.kind() == Kind.NUMBER || first.isSymbol(MINUS)
        || currency(0).isPresent())) {
      // Accounts write a loss of 1,200 as "(1,200)".
      throw cursor.fail("a number in round brackets may be a negative amount, as accounts write"
          + " it; write it without the brackets, with a minus sign if it is one", first);
    }
  }

  Quantity read() {
    leads();
    Amount first = amount();
    numberAt = first.token();
    Range range = range(first);
    Unit unit = rates(noun());
    range = afterNoun(range);
    if (!cursor.atEnd()) {
      throw cursor.unexpected("the quantity");
    }
    return Quantity.builder()
        .range(range)
        .unit(unit)
        .hedge(hedge == null ? Hedge.NONE : hedge.hedge().orElseThrow())
        .stated(cursor.stated())
        .build();
  }

  /** Reads the hedge and bound words before the first number, one of each at most. */
  private void leads() {
    while (true) {
      Token at = cursor.peek();
      if (circa()) {
        take(Lead.APPROXIMATELY, at);
        continue;
      }
      Optional<Match<Lead>> match = Lead.PHRASES.match(cursor);
      if (match.isEmpty()) {
        return;
      }
      cursor.skip(match.get().words());
      if (at.is("approx")) {
        cursor.acceptAttached("."); // the abbreviation's full stop: "approx. 40"
      }
      take(match.get().value(), at);
    }
  }

  /**
   * Moves past "~" written straight before a number or money ("~40", "~$5", "~-5"), or "c." or
   * "ca." (circa; the full stop is needed, as a lone "c" is too often something else).
   */
  private boolean circa() {
    Token at = cursor.peek();
    Token next = cursor.peek(1);
    if (at.isSymbol("~") && next.attached() && (next.kind() == Kind.NUMBER
        || currency(1).isPresent() || next.isSymbol(MINUS))) {
      cursor.next();
      return true;
    }
    if ((at.is("c") || at.is("ca")) && next.isSymbol(".") && next.attached()) {
      cursor.skip(2);
      return true;
    }
    return false;
  }

  private void take(Lead word, Token at) {
    if (word.hedge().isPresent()) {
      if (hedge != null) {
        throw cursor.fail(
            "hedge '" + cursor.textFrom(at) + "' follows hedge '" + hedgeText + "'", at);
      }
      hedge = word;
      hedgeText = cursor.textFrom(at);
    } else if (word != Lead.FILLER) {
      if (lead != null) {
        throw cursor.fail(
            "bound '" + cursor.textFrom(at) + "' follows bound '" + leadText + "'", at);
      }
      lead = word;
      leadText = cursor.textFrom(at);
      leadAt = at;
    }
  }

  private Range range(Amount first) {
    single = first;
    singleText = cursor.textFrom(first.token());
    if (first.isVague()) {
      return vague();
    }
    if (lead == Lead.BETWEEN || lead == Lead.FROM) {
      Token separator = cursor.peek();
      boolean found = lead == Lead.BETWEEN ? cursor.accept("and") : separator();
      if (!found) {
        throw cursor.fail("expected " + (lead == Lead.BETWEEN ? "'and'" : "'to'") + " after '"
            + cursor.textFrom(leadAt) + "'", separator);
      }
      return closed(first, secondOrSo());
    }
    if (lead == null && (separator() || alternative())) {
      return closed(first, secondOrSo());
    }
    if (lead == null) {
      trailing();
    }
    if (lead != null && lead.isLower()) {
      Optional<Range> bounded = upperAfter(first);
      if (bounded.isPresent()) {
        return bounded.get();
      }
    }
    return one();
  }

  /**
   * Returns the span of a vague count ("hundreds", "40-odd"), which may be hedged but takes no
   * bound and is no end of a range: "more than hundreds" and "hundreds to thousands" are too
   * vague to read.
   */
  private Range vague() {
    trailing();
    Token at = cursor.peek();
    if (separator() || alternative()) {
      throw cursor.fail("the vague count '" + singleText + "' cannot start a range", at);
    }
    return one();
  }

  /** The range of the phrase's only number, {@link #single}, with its bound, if any. */
  private Range one() {
    Amount number = single;
    if (number.isVague()) {
      if (lead != null) {
        throw cursor.fail(
            "'" + leadText + "' cannot go with the vague count '" + singleText + "'", leadAt);
      }
      return Range.closedOpen(number.value(), number.upper());
    }
    Lead bound = lead;
    return build(
        () -> bound == null ? Range.singleton(number.value()) : bound.range(number.value()),
        number.token());
  }

  /**
   * Reads "or more", "or fewer" or "or so" after the noun of a phrase with one number ("6,000
   * troops or more") and returns the range they make of it; else returns {@code range}.
   */
  private Range afterNoun(Range range) {
    if (single == null || Lead.TRAILING.match(cursor).isEmpty()) {
      return range;
    }
    Lead before = lead;
    trailing();
    return lead == before ? range : one();
  }

  /** Reads the second number of a range, which may not be a vague count. */
  private Amount second() {
    Amount second = amount();
    if (second.isVague()) {
      throw cursor.fail("the vague count '" + cursor.textFrom(second.token())
          + "' cannot end a range", second.token());
    }
    return second;
  }

  /**
   * Reads the second number of a range and "or so" after it, which hedges the range as it does a
   * single number ("5 to 10 or so"); "or more" and "or fewer" would bound only one end.
   */
  private Amount secondOrSo() {
    Amount second = second();
    Token at = cursor.peek();
    Optional<Match<Lead>> match = Lead.TRAILING.match(cursor);
    if (match.isPresent() && match.get().value() == Lead.APPROXIMATELY) {
      cursor.skip(match.get().words());
      take(Lead.APPROXIMATELY, at);
    }
    return second;
  }

  /**
   * Reads "or more", "or fewer", "or so", an attached "+" or "-plus" after a number with no
   * bound.
   */
  private void trailing() {
    Token at = cursor.peek();
    if (cursor.acceptAttached("+")) {
      take(Lead.AT_LEAST, at);
      return;
    }
    if (at.isSymbol("-") && at.attached() && cursor.peek(1).is("plus")
        && cursor.peek(1).attached()) {
      cursor.skip(2);
      take(Lead.AT_LEAST, at);
      return;
    }
    Optional<Match<Lead>> match = Lead.TRAILING.match(cursor);
    if (match.isPresent()) {
      cursor.skip(match.get().words());
      take(match.get().value(), at);
    }
  }

  /** Reads "... and fewer than y" after "more than x", if it is there. */
  private Optional<Range> upperAfter(Amount first) {
    int mark = cursor.mark();
    if (!cursor.accept("and")) {
      cursor.accept("but");
    }
    Optional<Match<Lead>> match = Lead.PHRASES.match(cursor);
    if (match.isEmpty() || !match.get().value().isBound() || match.get().value().isLower()) {
      cursor.reset(mark);
      return Optional.empty();
    }
    cursor.skip(match.get().words());
    Lead upper = match.get().value();
    Amount second = second();
    single = null;
    Lead lower = lead;
    // "more than 1.5 but fewer than 2 million" shares the scale as "1.5 to 2 million" does.
    BigDecimal from = lowerEnd(first, second, lower == Lead.AT_LEAST && upper == Lead.AT_MOST);
    return Optional.of(build(
        () -> Range.of(Optional.of(lower.bound(from)), Optional.of(upper.bound(second.value()))),
        second.token()));
  }

  /**
   * Moves past "or" before a second number, which with the first spans what is said: "two or
   * three days" is {@code [2, 3]}.
   */
  private boolean alternative() {
    if (!cursor.peek().is("or")) {
      return false;
    }
    int mark = cursor.mark();
    cursor.next();
    if (Numbers.startsAt(cursor) || currency(0).isPresent()) {
      return true;
    }
    cursor.reset(mark);
    return false;
  }

  /** Moves past "to" or a dash between two numbers. */
  private boolean separator() {
    if (Adjuncts.at(cursor, 0) == 0 && cursor.accept("to")) { // not "20 to date"
      return true;
    }
    Token next = cursor.peek(1);
    if (cursor.peek().isDash()
        && (next.kind() == Kind.NUMBER || next.isSymbol(MINUS)
            || currency(1).isPresent())) {
      cursor.next();
      return true;
    }
    return false;
  }

  /**
   * Returns {@code [first, second]}, the first sharing the second's scale (see lowerEnd).
   *
   * @throws TextParseException if the first may be short for thousands ("40-50,000"), at it
   */
  private Range closed(Amount first, Amount second) {
    if (mayBeThousands(first, second)) {
      throw cursor.fail("'" + cursor.textFrom(first.token())
          + "' may be short for thousands; write both numbers in full", first.token());
    }
    single = null;
    BigDecimal from = lowerEnd(first, second, true);
    return build(() -> Range.closed(from, second.value()), second.token());
  }

  /**
   * Whether the lower end of a range, a whole number from 2 to 999 without a scale, may be short
   * for thousands of an upper end without a scale that is more than a thousand times it: news
   * writes 40,000 to 50,000 as "40-50,000" far more often than it means 40 to 50,000.
   */
  private static boolean mayBeThousands(Amount first, Amount second) {
    return first.lastScale().compareTo(BigDecimal.ONE) == 0
        && second.lastScale().compareTo(BigDecimal.ONE) == 0
        && mayBeThousands(first.value(), second.value());
  }

  /** Whether {@code lower}, written "x" before "y" for {@code upper}, may be short for x,000. */
  static boolean mayBeThousands(BigDecimal lower, BigDecimal upper) {
    return lower.compareTo(BigDecimal.ONE) > 0 && lower.compareTo(THOUSAND) < 0
        && lower.stripTrailingZeros().scale() <= 0
        && lower.multiply(THOUSAND).compareTo(upper) < 0;
  }

  /**
   * Returns the value of {@code first}, the lower end of a range or a pair of bounds whose upper
   * end is {@code second}. A first number without a scale takes the second's trailing scale ("two
   * to three hundred thousand"), else its last scale word ("fifty to a hundred thousand"),
   * whichever first keeps the ends in order: below the second, or equal to it when {@code
   * equalEnds} (both ends included) allows.
   */
  private static BigDecimal lowerEnd(Amount first, Amount second, boolean equalEnds) {
    BigDecimal lower = first.value();
    if (first.lastScale().compareTo(BigDecimal.ONE) == 0) {
      for (BigDecimal scale : List.of(second.trailingScale(), second.lastScale())) {
        int order = lower.multiply(scale).compareTo(second.value());
        if (scale.compareTo(BigDecimal.ONE) > 0 && (order < 0 || (order == 0 && equalEnds))) {
          return Numbers.normalized(lower.multiply(scale));
        }
      }
    }
    return lower;
  }

  /** Builds a range, reporting an empty range or an oversized number at {@code at}. */
  private Range build(Supplier<Range> range, Token at) {
    try {
      return range.get();
    } catch (TextParseException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw cursor.fail(e.getMessage(), at);
    }
  }

  /**
   * Reads a number with its sign, currency symbol and percent sign: "3,800", "-5", "$2,000",
   * "-$5", "5%".
   */
  private Amount amount() {
    Token start = cursor.peek();
    boolean negative = sign();
    Token symbol = cursor.peek();
    Optional<Match<Unit>> written = currency(0);
    if (written.isPresent()) {
      cursor.skip(written.get().words());
      String text = cursor.textFrom(symbol);
      Unit unit = written.get().value();
      if (percent) {
        throw cursor.fail("currency '" + text + "' does not match '%'", symbol);
      }
      if (currency != null && !currency.equals(unit)) {
        throw cursor.fail(
            "currency '" + text + "' does not match '" + currencyText + "'", symbol);
      }
      currency = unit;
      currencyText = text;
      negative = negative || sign();
    }
    Token number = cursor.peek();
    Amount amount = Numbers.read(cursor)
        .orElseThrow(() -> cursor.fail("expected a number", number));
    if (negative && amount.isVague()) {
      throw cursor.fail(
          "the vague count '" + cursor.textFrom(number) + "' cannot be negative", start);
    }
    if (amount.approximate()) {
      take(Lead.APPROXIMATELY, number); // "a few hundred", "a couple of hundred"
    }
    percent |= currency == null && cursor.acceptAttached("%");
    return amount.with(negative ? amount.value().negate() : amount.value(), start);
  }

  /**
   * The currency written {@code ahead} tokens from the cursor, with the number of tokens it takes:
   * a symbol ("$5"), letters straight before "$" ("US$5m") or an ISO code before a number ("USD
   * 5m").
   */
  private Optional<Match<Unit>> currency(int ahead) {
    Token token = cursor.peek(ahead);
    Token next = cursor.peek(ahead + 1);
    if (token.kind() == Kind.SYMBOL && CURRENCIES.containsKey(token.text())) {
      return Optional.of(new Match<>(CURRENCIES.get(token.text()), 1));
    }
    if (token.kind() == Kind.WORD && DOLLARS.containsKey(token.lower()) && next.isSymbol("$")
        && next.attached()) {
      return Optional.of(new Match<>(DOLLARS.get(token.lower()), 2));
    }
    if (token.kind() == Kind.WORD && CODES.containsKey(token.lower())
        && next.kind() == Kind.NUMBER && !next.attached()) {
      return Optional.of(new Match<>(CODES.get(token.lower()), 1));
    }
    return Optional.empty();
  }

  /** Moves past a minus sign written straight before a number or currency symbol. */
  private boolean sign() {
    Token next = cursor.peek(1);
    if (cursor.peek().isSymbol(MINUS) && next.attached()
        && (next.kind() == Kind.NUMBER || currency(1).isPresent())) {
      cursor.next();
      return true;
    }
    return false;
  }

  /**
   * Reads the noun phrase after the number and returns its unit.
   *
   * @throws TextParseException if an "s" is written straight after the number ("1980s", "30s"),
   *     which names a decade or an age: reading it as a unit would count years as something else
   */
  private Unit noun() {
    Token start = cursor.peek();
    if (start.is("s") && start.attached()) {
      throw cursor.fail("'" + cursor.textFrom(single == null ? start : single.token()) + "s"
          + "' names a decade or an age, not a quantity", single == null ? start : single.token());
    }
    String ambiguous = start.kind() == Kind.WORD ? AMBIGUOUS_SCALES.get(start.lower()) : null;
    if (ambiguous != null && !start.attached()) {
      throw cursor.fail("'" + start.text() + "' after a space may be " + ambiguous + "; for the"
          + " scale, write it straight after the number: " + singleText + start.lower(), start);
    }
    if (currency == null && (percent || cursor.acceptAttached("%") || perCent())) {
      complements(true);
      return PERCENT;
    }
    notACount(start);
    if (ADDITIONAL.contains(start.lower()) && start.kind() == Kind.WORD
        && !describesNoun(cursor, 0)) {
      cursor.next(); // "10 more", "20 more people": as "another 10" does, it changes nothing
    }
    Token wordsAt = cursor.peek();
    List<String> words;
    boolean pronoun = false;
    if (start.is("of") && cursor.peek(1).kind() == Kind.WORD) {
      // "6,000 of his people": a partitive names the unit after its determiners.
      cursor.next();
      Token determiner = start;
      while (DETERMINERS.contains(cursor.peek().lower())) {
        determiner = cursor.next();
      }
      words = words();
      // "100,000 of them": a pronoun stands for the noun, which the phrase does not name.
      pronoun = words.isEmpty() && PRONOUNS.contains(determiner.lower());
      if (words.isEmpty() && !pronoun) {
        throw cursor.fail("expected a noun after '" + cursor.textFrom(start) + "'", cursor.peek());
      }
    } else {
      words = words();
      // "10 others" stands for a noun, as "10 of them" does, and "10 others killed" is read as
      // "10 of them killed".
      pronoun = !words.isEmpty() && STAND_INS.contains(words.get(0).toLowerCase(Locale.ROOT));
      words = pronoun ? words.subList(1, words.size()) : words;
    }
    if (cursor.peek().is("ago")) {
      Token ago = cursor.next();
      throw cursor.fail("'" + cursor.textFrom(numberAt) + "' is a time, not a quantity: read"
          + " it with TimeSpanParser", ago);
    }
    complements(!words.isEmpty() || pronoun);
    if (currency != null) {
      if (!words.isEmpty() || pronoun) {
        throw cursor.fail("unexpected '" + start.text() + "' after a money amount", start);
      }
      return currency;
    }
    return words.isEmpty() ? Unit.DIMENSIONLESS : unitOf(words, wordsAt);
  }

  /**
   * Refuses the first word after the number when it makes the phrase something other than a
   * count: a date ("20 June"), a comparison ("10 more than"), a difference ("10 fewer").
   */
  private void notACount(Token word) {
    if (word.kind() != Kind.WORD) {
      return;
    }
    Token next = cursor.peek(1);
    String number = cursor.textFrom(numberAt);
    if ((ADDITIONAL.contains(word.lower()) || FEWER.contains(word.lower())) && next.is("than")) {
      throw cursor.fail("'" + word.text() + " than' after the number compares it with something"
          + " the phrase does not hold; write '" + word.text() + " than " + number
          + "' for a bound, or the count alone", word);
    }
    if (FEWER.contains(word.lower()) && !describesNoun(cursor, 0)) {
      throw cursor.fail("'" + number + " " + word.text() + "' is a difference, not a count;"
          + " write the count itself", word);
    }
    if (currency == null && Character.isUpperCase(word.text().charAt(0))
        && TimeReader.namesMonth(word.text())) {
      throw cursor.fail("'" + number + " " + word.text() + "' is a date, not a quantity: read"
          + " it with TimeSpanParser", word);
    }
  }

  /**
   * The unit of a noun phrase that starts at {@code at}.
   *
   * @throws TextParseException if it is a participle that names no noun ("200 arrested"), at it
   */
  private Unit unitOf(List<String> words, Token at) {
    return lexicon.unitOf(words).orElseThrow(() -> {
      String participle = UnitLexicon.participle(words);
      return cursor.fail("'" + participle + "' says what happened, not what was counted:"
          + " write the noun before it", at);
    });
  }

  /** Moves past "per cent". */
  private boolean perCent() {
    if (cursor.peek().is("per") && cursor.peek(1).is("cent")) {
      cursor.skip(2);
      return true;
    }
    return false;
  }

  /**
   * Reads and ignores the phrases after a noun that say of what, where or when: "of Russian soil"
   * or "of a region" after "500 square miles", "from the border" after "30 km", "in Russia's
   * Kursk region" after "6,000 troops". They are not the unit, and an article in them is no rate:
   * "of a region" is not per region.
   *
   * @param afterNoun whether a noun or unit was read: "to" starts a complement only after one,
   *     as straight after a number it would start a range ("at least 2.5 to 3 million")
   * @throws TextParseException if a phrase after a preposition holds a number, as "one in five"
   *     (a ratio) and "in 2024" (a time) do, or has no words
   */
  private void complements(boolean afterNoun) {
    while (!rateStarts()) {
      if (cursor.peek().is("than")) {
        throw cursor.fail("'than' after the quantity compares it with something the phrase does"
            + " not hold", cursor.peek());
      }
      int time = Adjuncts.at(cursor, 0);
      if (time > 0) {
        cursor.skip(time); // "today", "this week", "so far"
        continue;
      }
      Token word = cursor.peek();
      boolean of = word.is("of") && cursor.peek(1).kind() == Kind.WORD;
      int preposition = TWO_WORD_PREPOSITIONS.match(cursor).map(Match::words)
          .orElse(prepositionAt(0) && (afterNoun || !word.is("to")) ? 1 : 0);
      if (!of && preposition == 0) {
        return;
      }
      cursor.skip(of ? 1 : preposition);
      String written = cursor.textFrom(word);
      if (afterNoun && PARTICLES.contains(word.lower()) && cursor.peek().kind() == Kind.END) {
        return; // an adverb that ends the phrase: "3 days off"
      }
      if (timeToTheEnd(word, afterNoun)) {
        return;
      }
      if ((cursor.peek().is("a") || cursor.peek().is("an"))
          && cursor.peek(1).kind() == Kind.WORD) {
        cursor.next();
      }
      // "as of last week": words of time may be all the phrase holds.
      if (Adjuncts.at(cursor, 0) == 0 && words().isEmpty() && !of) {
        throw cursor.fail("expected words after '" + written + "'", cursor.peek());
      }
      if (timeToTheEnd(word, afterNoun)) { // "over the past 24 hours"
        return;
      }
    }
  }

  /**
   * Refuses a number at the cursor, in a complement that starts at {@code start}, unless the
   * complement is a time that ends the phrase ("in 2024", "since June 2022", "on June 5", "over
   * the past 24 hours"): then moves past it, as past any other complement. Whether it is a time is
   * whether {@link TimeSpanParser} reads it, as of a reference date late enough for any "since".
   * Straight after a number, "in" and a number is a ratio, not a time: "one in 1500".
   *
   * @param afterNoun whether a noun or unit was read before the complement
   * @return whether the complement was a time, now read to the end of the phrase
   * @throws TextParseException if a number or money is at the cursor in a complement that is not
   *     such a time, at the number
   */
  private boolean timeToTheEnd(Token start, boolean afterNoun) {
    if (!Numbers.startsAt(cursor) && !cursor.peek().isSymbol(MINUS)
        && currency(0).isEmpty()) {
      return false;
    }
    if (afterNoun || !start.is("in")) {
      try {
        new TimeReader(cursor.textToTheEnd(start), LATEST_REFERENCE).read();
        cursor.skipToTheEnd();
        return true;
      } catch (IllegalArgumentException notATime) {
        // refused below, as any other number in a complement
      }
    }
    throw cursor.fail("unexpected '" + cursor.peek().text() + "' after '"
        + cursor.textFrom(start) + "': a phrase after the quantity holds no number unless it is"
        + " a time that ends the phrase (one in five, in 12 villages)", cursor.peek());
  }

  /**
   * Reads words up to a stop word, a preposition, words of time ({@link Adjuncts}), "ago", a
   * comparative, a symbol or the end; hyphens inside compounds are skipped.
   */
  private List<String> words() {
    List<String> words = new ArrayList<>();
    boolean joined = false;
    while (true) {
      Token token = cursor.peek();
      // A word after a hyphen is part of a compound: "5 higher-than-expected readings".
      if (token.kind() == Kind.WORD && joined) {
        words.add(token.text());
        cursor.next();
        joined = false;
      } else if (token.kind() == Kind.WORD && !endsNoun(token.text()) && !rateStarts()
          && (!prepositionAt(0) || words.isEmpty() && nounStartsWith(token))
          && TWO_WORD_PREPOSITIONS.match(cursor).isEmpty() && Adjuncts.at(cursor, 0) == 0
          && !token.is("ago") && (!COMPARATIVES.contains(token.lower())
              || words.isEmpty() && describesNoun(cursor, 0))) {
        words.add(token.text());
        cursor.next();
      } else if (token.isSymbol("-") && token.attached() && !words.isEmpty()
          && cursor.peek(1).kind() == Kind.WORD && cursor.peek(1).attached()) {
        cursor.next();
        joined = true;
      } else {
        return words;
      }
    }
  }

  /**
   * Whether the word {@code ahead} tokens on is a preposition, which ends a noun phrase, and not
   * the first part of a compound: "off-duty officers", "in-laws", "over-the-counter drugs".
   */
  private boolean prepositionAt(int ahead) {
    Token token = cursor.peek(ahead);
    Token hyphen = cursor.peek(ahead + 1);
    Token after = cursor.peek(ahead + 2);
    return token.kind() == Kind.WORD && PREPOSITIONS.contains(token.lower())
        && !(hyphen.isSymbol("-") && hyphen.attached() && after.kind() == Kind.WORD
            && after.attached());
  }

  /** Whether the preposition at the cursor, straight after the number, starts the noun. */
  private boolean nounStartsWith(Token preposition) {
    Token next = cursor.peek(1);
    return (next.kind() == Kind.END || next.kind() == Kind.WORD)
        && startsNoun(preposition.text(), next.kind() == Kind.END ? null : next.text());
  }

  /**
   * Whether a preposition that is the first word of a noun phrase starts it rather than ending
   * it: as an adjective before a plain noun in lower case ("5 outside experts", not "40 inside
   * Russia"), or as the abbreviation "in" for inches alone ("12 in"). The reader and the lexicon
   * ({@link QuantityParser.Builder#unit}) ask the same.
   *
   * @param next the word after it, or null when it ends the phrase
   */
  static boolean startsNoun(String preposition, @Nullable String next) {
    String lower = preposition.toLowerCase(Locale.ROOT);
    if (next == null) {
      return lower.equals("in");
    }
    String nextLower = next.toLowerCase(Locale.ROOT);
    // A capital after it is a name, and the preposition says where: "40 inside Russia".
    return ADJECTIVES.contains(lower) && Character.isLowerCase(next.charAt(0))
        && !endsNoun(next) && !PREPOSITIONS.contains(nextLower)
        && !DETERMINERS.contains(nextLower) && !Numbers.startsAt(new Cursor(next));
  }

  /** Whether a word ends a noun phrase wherever it is: "and", "of", "per", "a". */
  /**
   * Whether the comparative {@code ahead} tokens from the cursor, as the first word of a noun
   * phrase, describes the noun after it rather than ending the phrase: one that starts a hyphenated
   * compound ("3 lower-income families", "12 more-expensive models"), "higher" or "lower" before a
   * word of the phrase ("10 lower courts"), "less" before two ("5 less developed countries").
   */
  static boolean describesNoun(Cursor cursor, int ahead) {
    Token word = cursor.peek(ahead);
    Token next = cursor.peek(ahead + 1);
    if (word.kind() != Kind.WORD || !COMPARATIVES.contains(word.lower())) {
      return false;
    }
    if (next.isSymbol("-") && next.attached() && cursor.peek(ahead + 2).attached()
        && cursor.peek(ahead + 2).kind() == Kind.WORD) {
      return true;
    }
    int needed = DESCRIBING.getOrDefault(word.lower(), 0);
    for (int i = 1; i <= needed; i++) {
      Token after = cursor.peek(ahead + i);
      if (after.kind() != Kind.WORD || endsNoun(after.text())
          || PREPOSITIONS.contains(after.lower()) || COMPARATIVES.contains(after.lower())
          || after.is("than") || after.is("ago") || Adjuncts.at(cursor, ahead + i) > 0
          || TWO_WORD_PREPOSITIONS.match(cursor, ahead + i).isPresent()) {
        return false;
      }
    }
    return needed > 0;
  }

  static boolean endsNoun(String word) {
    return STOPS.contains(word.toLowerCase(Locale.ROOT));
  }

  private boolean rateStarts() {
    Token token = cursor.peek();
    Token next = cursor.peek(1);
    if (Adjuncts.at(cursor, 0) > 0) {
      return false; // "a year earlier" is a time, not a rate
    }
    return token.is("per") || token.is("a") || token.is("an") || token.is("each")
        || token.is("apiece")
        || token.is("every") || token.isSymbol("/")
        || (token.is("for") && (next.is("each") || next.is("every")
            // "$80 for a barrel": after money, a price per one.
            || currency != null && (next.is("a") || next.is("an"))));
  }

  /** Reads "per soldier", "a month", "each", "for each soldier" and "/day" after the unit. */
  private Unit rates(Unit unit) {
    Unit result = unit;
    while (rateStarts()) {
      Token marker = cursor.next();
      if (marker.is("for")) {
        cursor.next();
      }
      Token wordsAt = cursor.peek();
      // "apiece" is "each" and takes no noun: "$90 apiece".
      List<String> words = marker.is("apiece") ? List.of() : words();
      if (words.isEmpty()) {
        if (!marker.is("each") && !marker.is("apiece")) {
          throw cursor.fail("expected a unit after '" + cursor.textFrom(marker) + "'",
              cursor.peek());
        }
        result = result.per(ITEM);
      } else {
        result = result.per(unitOf(words, wordsAt));
      }
      complements(true);
    }
    return result;
  }
}
