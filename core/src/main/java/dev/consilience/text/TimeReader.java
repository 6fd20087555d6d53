package dev.consilience.text;

import dev.consilience.TimeSpan;
import dev.consilience.text.Token.Kind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Reads one time phrase; one instance per call of {@link TimeSpanParser#parse}. */
final class TimeReader {
  private static final Map<String, Month> MONTHS = months();
  private static final Map<String, DayOfWeek> DAYS = days();
  private static final Map<String, Integer> SEASONS = Map.of(
      "spring", 3, "summer", 6, "fall", 9, "autumn", 9, "winter", 12);
  private static final List<String> PARTS = List.of("early", "mid", "late");
  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");
  private static final Map<String, ChronoUnit> UNITS = Map.of(
      "day", ChronoUnit.DAYS, "week", ChronoUnit.WEEKS, "month", ChronoUnit.MONTHS,
      "year", ChronoUnit.YEARS);
  private static final Set<String> PREPOSITIONS = Set.of(
      "in", "on", "by", "during", "at", "over", "within", "throughout", "for");
  private static final int HOURS_A_DAY = 24;
  /** How many years on two digits after a dash may name a year of the next century: 1998–02. */
  private static final int ACROSS_A_CENTURY = 10;
  /** The words that join the two ends of a range of times, besides dashes and "and". */
  private static final Set<String> THROUGH = Set.of("to", "through", "until", "till");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final String EXPECTED = "expected a date, month, season or year";
  /** The most days, weeks, months or years a time phrase may count. */
  private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(10_000);

  /** Whether a word, in any case, names a month or abbreviates one: "June", "Sept". */
  static boolean namesMonth(String word) {
    return MONTHS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word, in any case, names a day of the week or abbreviates one: "Tuesday", "Tue". */
  static boolean namesDay(String word) {
    return DAYS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Month names and their abbreviations, in lower case. */
  private static Map<String, Month> months() {
    Map<String, Month> months = byName(Month.values());
    months.put("sept", Month.SEPTEMBER);
    return Map.copyOf(months);
  }

  /** Day names and their abbreviations, in lower case. */
  private static Map<String, DayOfWeek> days() {
    Map<String, DayOfWeek> days = byName(DayOfWeek.values());
    days.put("tues", DayOfWeek.TUESDAY);
    days.put("thur", DayOfWeek.THURSDAY);
    days.put("thurs", DayOfWeek.THURSDAY);
    return Map.copyOf(days);
  }

  /** Maps each constant's name and its first three letters, in lower case, to the constant. */
  private static <E extends Enum<E>> Map<String, E> byName(E[] constants) {
    Map<String, E> names = new HashMap<>();
    for (E constant : constants) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      names.put(name, constant);
      names.put(name.substring(0, 3), constant);
    }
    return names;
  }

  /**
   * A time that may lack its year: the span it is in a given year, and the year when the text
   * names one.
   */
  private record Form(IntFunction<TimeSpan> inYear, @Nullable Integer year) {
    Form narrowed(UnaryOperator<TimeSpan> part) {
      return new Form(y -> part.apply(inYear.apply(y)), year);
    }
  }

  private final Cursor cursor;
  private final LocalDate reference;
  /** Whether the time read is a range of two. */
  private boolean ranged;

  TimeReader(String text, LocalDate reference) {
    this.cursor = new Cursor(text).withoutSentencePunctuation();
    this.reference = reference;
  }

  TimeSpan read() {
    boolean since = cursor.accept("since");
    if (!since && cursor.peek().is("as") && cursor.peek(1).is("of")) {
      cursor.skip(2);
    } else if (!since && PREPOSITIONS.contains(cursor.peek().lower())
        && cursor.peek().kind() == Kind.WORD) {
      cursor.next();
    }
    Token start = cursor.peek();
    TimeSpan span = expression();
    if (!cursor.atEnd()) {
      throw cursor.unexpected("the time");
    }
    if (since && ranged) {
      throw cursor.fail("'since' needs one time, not a range", start);
    }
    if (since) {
      if (span.start().isAfter(reference)) {
        throw cursor.fail("'since' needs a time that starts on or before the reference date "
            + reference + ", not " + span, start);
      }
      return guarded(() -> TimeSpan.between(span.start(), reference), start);
    }
    return span;
  }

  private TimeSpan expression() {
    Token opening = cursor.peek();
    if (opening.is("from") || opening.is("between")) {
      cursor.next();
      cursor.accept("the");
      return range(cursor.peek(), opening.is("between") ? "and" : "to");
    }
    cursor.accept("the");
    Token token = cursor.peek();
    String word = token.kind() == Kind.WORD ? token.lower() : "";
    int ago = agoAhead();
    if (ago >= 0) {
      return ago(ago);
    }
    if (token.kind() == Kind.NUMBER) {
      return range(token, null);
    }
    if (word.equals("today") || word.equals("yesterday")) {
      cursor.next();
      return guarded(() -> TimeSpan.of(reference.minusDays(word.equals("today") ? 0 : 1)), token);
    }
    if (word.equals("last") || word.equals("past") || word.equals("previous")
        || word.equals("prior")) {
      return last();
    }
    if (word.equals("this")) {
      return current();
    }
    boolean soFar = word.equals("so") && cursor.peek(1).is("far");
    if (soFar || word.equals("earlier") && cursor.peek(1).is("this")) {
      // "earlier this year", "so far this year": what has passed of it, to the reference date.
      cursor.skip(soFar ? 2 : 1);
      if (!cursor.peek().is("this")) {
        throw cursor.fail("expected 'this' after 'so far'", cursor.peek());
      }
      TimeSpan period = current();
      return guarded(() -> TimeSpan.between(period.start(), reference), token);
    }
    ChronoUnit toDate = UNITS.get(word);
    if (toDate != null && toDate != ChronoUnit.DAYS && cursor.peek(1).is("to")
        && cursor.peek(2).is("date")) {
      // "year to date": the same, as financial copy writes it.
      cursor.skip(3);
      return guarded(() -> TimeSpan.between(calendarPeriod(toDate, reference).start(), reference),
          token);
    }
    if (DAYS.containsKey(word)) {
      cursor.next();
      abbreviationDot();
      Optional<TimeSpan> dated = dateAfterDay(token, DAYS.get(word));
      return dated.orElseGet(() -> guarded(() -> TimeSpan.of(
          reference.with(TemporalAdjusters.previousOrSame(DAYS.get(word)))), token));
    }
    return range(token, null);
  }

  /**
   * Reads the date after a day of the week and an optional comma, as datelines write them ("on
   * Tuesday, June 10"), if one follows: the date is the time, and must fall on that day.
   *
   * @throws TextParseException if what follows names more than one day, or a day that is another
   *     day of the week
   */
  private Optional<TimeSpan> dateAfterDay(Token dayAt, DayOfWeek day) {
    boolean comma = cursor.peek().isSymbol(",");
    Token dateAt = cursor.peek(comma ? 1 : 0);
    if (!dateAt.isPlainDigits(1, 2)
        && !(dateAt.kind() == Kind.WORD && MONTHS.containsKey(dateAt.lower()))) {
      return Optional.empty();
    }
    cursor.skip(comma ? 1 : 0);
    TimeSpan span = range(dateAt, null);
    if (!span.start().equals(span.end())) {
      throw cursor.fail("expected one day after '" + dayAt.text() + "', not " + span, dateAt);
    }
    DayOfWeek actual = span.start().getDayOfWeek();
    if (actual != day) {
      throw cursor.fail(span + " is a " + actual.name().toLowerCase(Locale.ROOT) + ", not a "
          + day.name().toLowerCase(Locale.ROOT), dateAt);
    }
    return Optional.of(span);
  }

  /**
   * Reads a form that may lack its year, or two joined into a range: "June to August 2025",
   * "June–August 2025", "December 2024 through March", "2024–2025", "2024–25".
   *
   * @param start where the first form starts
   * @param required the joining word the text must use ("to", which also accepts the others
   *     and dashes, after "from"; "and" after "between"), or null when a range is optional
   */
  private TimeSpan range(Token start, @Nullable String required) {
    if (start.isPlainDigits(1, 2) && !startsADay(start)) {
      return daysOfAMonth(start, required);
    }
    Form first = end();
    boolean bareYear = start.isPlainDigits(4, 4) && cursor.textFrom(start).equals(start.text());
    Token joint = cursor.peek();
    // "2024/25": a slash joins a year to the next by its last two digits, as seasons and fiscal
    // years are written; only the next year, as "2024/12" is December 2024 in some date styles.
    boolean slashYears = bareYear && joint.isSymbol("/") && joint.attached()
        && nextYearsDigits(start, cursor.peek(1));
    if (!slashYears && !isJoint(joint, required)) {
      if (required != null) {
        throw cursor.fail("expected '" + required + "' after '" + cursor.textFrom(start) + "'",
            joint);
      }
      return resolve(first, start);
    }
    String firstText = cursor.textFrom(start);
    passJoint();
    Token secondAt = cursor.peek();
    Form second;
    if (bareYear && (joint.isDash() || slashYears) && secondAt.isPlainDigits(2, 2)
        && !startsADay(secondAt)) {
      // "2024–25": the second year by its last two digits, a later year of the first's century.
      cursor.next();
      int year = first.year();
      int digits = Integer.parseInt(secondAt.text());
      if (!slashYears && !namesLaterYear(year, digits)) {
        throw notAPairOfYears(cursor.textFrom(start), year, digits, joint.text(), start);
      }
      second = new Form(y -> TimeSpan.of(Year.of(y)), yearEnding(year, digits));
    } else if (secondAt.isPlainDigits(1, 2) && !startsADay(secondAt) && isOneDay(first)) {
      second = laterDay(first, secondAt);
    } else {
      second = end();
      // "Q3-2024" and "June–2025" name one time: as a range, Q3 would take 2024 and run on to
      // its end, a span nobody means.
      if (first.year() == null && secondAt.isPlainDigits(4, 4)
          && cursor.textFrom(secondAt).equals(secondAt.text())) {
        throw cursor.fail("'" + firstText + "' without a year is joined to the year "
            + secondAt.text() + ": write '" + firstText + " " + secondAt.text()
            + "' for one time, or a year at both ends of a range", secondAt);
      }
    }
    return join(first, second, start, secondAt);
  }

  /** Moves past the word or dash joining two ends, and a "the" after it: "to the 20th". */
  private void passJoint() {
    ranged = true;
    cursor.next();
    cursor.accept("the");
  }

  /** Whether a token joins two ends: "and" after "between", else a joining word or a dash. */
  private static boolean isJoint(Token joint, @Nullable String required) {
    return "and".equals(required)
        ? joint.is("and")
        : joint.isDash() || joint.kind() == Kind.WORD && THROUGH.contains(joint.lower());
  }

  /** The first year from {@code from} on whose last two digits are {@code lastTwo}: 2024, 25. */
  private static int yearEnding(int from, int lastTwo) {
    int year = from - Math.floorMod(from, 100) + lastTwo;
    return year < from ? year + 100 : year;
  }

  /**
   * Whether two digits after {@code year} and a dash name a later year by its last two digits: one
   * of the same century ("2019–22"), or, across a century, one at most ten years on ("1998–02",
   * "1999–00"). Any other reading would be a guess: "2024–12" is more likely December 2024 than
   * 2112.
   */
  private static boolean namesLaterYear(int year, int digits) {
    int to = yearEnding(year, digits);
    return to > year && (to / 100 == year / 100 || to - year <= ACROSS_A_CENTURY);
  }

  /**
   * The error for a year and two digits that name no later year ({@link #namesLaterYear}, or only
   * the next one after a slash), saying what to write: the month they may mean, the years in
   * full.
   *
   * @param written the text of the pair, "2024–12" or "2024/12"
   * @param joint the dash or slash between them
   */
  private TextParseException notAPairOfYears(
      String written, int year, int digits, String joint, Token at) {
    boolean slash = joint.equals("/");
    String rule = slash
        ? "after a slash, two digits name the next year (" + year + "/" + lastTwo(year + 1) + ")"
        : "after a dash, two digits name a later year of the same century (" + year + joint
            + lastTwo(year + 1) + "), or across a century one at most " + ACROSS_A_CENTURY
            + " years on";
    List<String> writes = new ArrayList<>();
    if (digits >= 1 && digits <= 12) {
      writes.add(year + "-" + lastTwo(digits) + " for a month");
    }
    int to = yearEnding(year, digits);
    if (!slash) {
      writes.add(to == year ? year + " for one year"
          : year + joint + to + " for the years " + year + " to " + to);
    }
    return cursor.fail("'" + written + "' is not a pair of years: " + rule
        + (writes.isEmpty() ? "" : "; write " + String.join(", or ", writes)), at);
  }

  /** The last two digits of a year, as two digits: 2000 is "00". */
  private static String lastTwo(int year) {
    return String.format(Locale.ROOT, "%02d", Math.floorMod(year, 100));
  }

  /**
   * The span of two ends, inferring missing years (see {@link #joined}); a second end whose
   * stated year cannot hold it ("9999–00") is reported there, else errors at the first.
   */
  private TimeSpan join(Form first, Form second, Token start, Token secondAt) {
    if (first.year() == null && second.year() == null) {
      return latest(year -> joined(first, year, second, null, start, secondAt), start);
    }
    checkLeapDay(second, secondAt);
    checkLeapDay(first, start);
    Token at = second.year() != null && inYearOrNull(second, second.year()) == null
        ? secondAt : start;
    return guarded(
        () -> joined(first, first.year(), second, second.year(), start, secondAt), at);
  }

  /** Reads "15–20 June 2025" or "15 to 20 June": a day, joined to a later day of its month. */
  private TimeSpan daysOfAMonth(Token number, @Nullable String required) {
    cursor.next();
    ordinalSuffix();
    Token joint = cursor.peek();
    if (!isJoint(joint, required)) {
      throw cursor.fail(required == null
          ? "expected a month after day " + number.text()
          : "expected '" + required + "' after '" + cursor.textFrom(number) + "'", joint);
    }
    passJoint();
    Token secondAt = cursor.peek();
    Form second = end();
    if (!isOneDay(second)) {
      throw cursor.fail("expected a day and its month after '" + joint.text() + "'", secondAt);
    }
    LocalDate lastDay = second.inYear().apply(2000).start();
    Month month = lastDay.getMonth();
    int day = dayOf(month, number);
    if (day > lastDay.getDayOfMonth()) {
      throw cursor.fail("the range runs backwards: day " + lastDay.getDayOfMonth()
          + " is before day " + day, secondAt);
    }
    Form first = new Form(y -> TimeSpan.of(LocalDate.of(y, month, day)), second.year());
    return join(first, second, number, secondAt);
  }

  /** Whether a form is one day, whatever its year. */
  private static boolean isOneDay(Form form) {
    TimeSpan span = inYearOrNull(form, 2000); // a leap year, which has every day
    return span != null && span.start().equals(span.end());
  }

  /**
   * Reads the second end of "June 15–20" or "June 15 to 20, 2025": a later day of the first
   * end's month, in the same year.
   */
  private Form laterDay(Form first, Token number) {
    cursor.next();
    ordinalSuffix();
    LocalDate firstDay = first.inYear().apply(2000).start();
    Month month = firstDay.getMonth();
    int day = dayOf(month, number);
    if (day < firstDay.getDayOfMonth()) {
      throw cursor.fail("the range runs backwards: day " + day + " is before day "
          + firstDay.getDayOfMonth(), number);
    }
    commaBeforeYear();
    Form later = withYear(new Form(y -> TimeSpan.of(LocalDate.of(y, month, day)), null), false);
    // The first end names the year the second lacks: June 15, 2025 to 20 is in 2025.
    return later.year() == null && first.year() != null
        ? new Form(later.inYear(), first.year()) : later;
  }

  /** Whether the number of one or two digits at the cursor starts a day: a month follows it. */
  private boolean startsADay(Token number) {
    Token after = cursor.peek(1);
    if (after.attached() && after.kind() == Kind.WORD && ORDINAL_SUFFIXES.contains(after.lower())) {
      after = cursor.peek(2);
    }
    return cursor.peek() == number
        && (after.is("of") || after.kind() == Kind.WORD && MONTHS.containsKey(after.lower()));
  }

  /** Reads one end of a range: an ISO date or interval, which names its year, or a form. */
  private Form end() {
    Token token = cursor.peek();
    if (token.isPlainDigits(4, 4) && isIso()) {
      TimeSpan span = iso(token);
      return new Form(y -> span, span.start().getYear());
    }
    return dated();
  }

  /**
   * The span from the start of the first time to the end of the second, which must not end before
   * the first does. An end without a year takes the other's, unless it would then lie wholly on
   * the wrong side of it, or fall on a day that year lacks (February 29): the first end then
   * takes the year before, the second the year after ("December to February 2025" is {@code
   * 2024-12/2025-02}, "November 2024 through February" {@code 2024-11/2025-02}).
   */
  private TimeSpan joined(
      Form first, @Nullable Integer firstYear, Form second, @Nullable Integer secondYear,
      Token firstAt, Token secondAt) {
    TimeSpan from;
    TimeSpan to;
    if (firstYear == null) {
      to = second.inYear().apply(secondYear);
      from = otherYear(first, secondYear, -1, firstAt);
      if (from.start().isAfter(to.end())) {
        from = orSame(inYearOrNull(first, secondYear - 1), from);
      }
    } else {
      from = first.inYear().apply(firstYear);
      if (secondYear != null) {
        to = second.inYear().apply(secondYear);
      } else {
        to = otherYear(second, firstYear, 1, secondAt);
        if (to.end().isBefore(from.start())) {
          to = orSame(inYearOrNull(second, firstYear + 1), to);
        }
      }
    }
    if (to.end().isBefore(from.end())) {
      throw cursor.fail("the range runs backwards: " + to + " ends before " + from, secondAt);
    }
    return TimeSpan.between(from.start(), to.end());
  }

  /**
   * An end without a year in the other end's {@code year}, else in the year {@code step} from it
   * when {@code year} lacks its day (February 29).
   *
   * @throws TextParseException at {@code at} if both years lack its day, naming both
   */
  private TimeSpan otherYear(Form form, int year, int step, Token at) {
    TimeSpan span = inYearOrNull(form, year);
    if (span == null) {
      span = inYearOrNull(form, year + step);
    }
    if (span == null) {
      throw cursor.fail(dayName(form) + " is a day of neither " + Math.min(year, year + step)
          + " nor " + Math.max(year, year + step), at);
    }
    return span;
  }

  /**
   * Fails at {@code at} when a form's stated year lacks its day: "february 29 is not a day of
   * 2025".
   */
  private void checkLeapDay(Form form, Token at) {
    Integer year = form.year();
    if (year != null && !Year.isLeap(year) && isOneDay(form)
        && form.inYear().apply(2000).start().equals(LocalDate.of(2000, 2, 29))) {
      throw cursor.fail(dayName(form) + " is not a day of " + year, at);
    }
  }

  /** The day a one-day form names, as "february 29". */
  private static String dayName(Form form) {
    LocalDate day = form.inYear().apply(2000).start(); // a leap year, which has every day
    return day.getMonth().name().toLowerCase(Locale.ROOT) + " " + day.getDayOfMonth();
  }

  private static TimeSpan orSame(@Nullable TimeSpan other, TimeSpan same) {
    return other == null ? same : other;
  }

  /** The form in a year, or null when the year lacks its day (February 29) or is out of range. */
  private static @Nullable TimeSpan inYearOrNull(Form form, int year) {
    try {
      return form.inYear().apply(year);
    } catch (TextParseException e) {
      throw e;
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Reads a form that may lack its year: a year, season, month, day, part or portion. */
  private Form dated() {
    Token token = cursor.peek();
    String word = token.kind() == Kind.WORD ? token.lower() : "";
    if (token.isPlainDigits(4, 4)) {
      return year();
    }
    if (token.isPlainDigits(1, 2)) {
      Token day = cursor.next();
      ordinalSuffix();
      cursor.accept("of");
      if (!MONTHS.containsKey(cursor.peek().lower()) || cursor.peek().kind() != Kind.WORD) {
        throw cursor.fail("expected a month after day " + day.text(), cursor.peek());
      }
      return month(day);
    }
    if (MONTHS.containsKey(word)) {
      return month(null);
    }
    if (SEASONS.containsKey(word)) {
      return season();
    }
    if (PARTS.contains(word)) {
      return part();
    }
    if (ORDINALS.contains(word) || isPortionCode(word)) {
      return portion();
    }
    throw cursor.fail(EXPECTED, token);
  }

  private Form year() {
    int year = Integer.parseInt(cursor.next().text());
    return new Form(y -> TimeSpan.of(Year.of(y)), year);
  }

  /** Reads "June", "June 15", "June 15, 2025", "June of 2025", or, after a day, "June 2025". */
  private Form month(@Nullable Token dayBefore) {
    Token name = cursor.next();
    Month month = MONTHS.get(name.lower());
    abbreviationDot();
    Token day = dayBefore;
    if (day == null && cursor.peek().isPlainDigits(1, 2)) {
      day = cursor.next();
      ordinalSuffix();
    }
    Form form;
    if (day == null) {
      form = new Form(y -> TimeSpan.of(YearMonth.of(y, month)), null);
    } else {
      int number = dayOf(month, day);
      form = new Form(y -> TimeSpan.of(LocalDate.of(y, month, number)), null);
      commaBeforeYear();
    }
    return withYear(form, day == null);
  }

  /** Reads "spring", "the fall of 2024", "winter 2024", "winter 2024-25". */
  private Form season() {
    int first = SEASONS.get(cursor.next().lower());
    Form form = withYear(new Form(y -> {
      YearMonth start = YearMonth.of(y, first);
      return TimeSpan.between(start.atDay(1), start.plusMonths(2).atEndOfMonth());
    }, null), true);
    Token dash = cursor.peek();
    Token next = cursor.peek(1);
    if (first == 12 && form.year() != null && (dash.isDash() || dash.isSymbol("/"))
        && dash.attached() == next.attached()
        && (next.isPlainDigits(2, 2) || next.isPlainDigits(4, 4))) {
      int end = form.year() + 1;
      int written = Integer.parseInt(next.text());
      if (written != (next.text().length() == 2 ? end % 100 : end)) {
        throw cursor.fail("winter " + form.year() + " ends in " + end + ", not "
            + next.text(), next);
      }
      cursor.skip(2);
    }
    return form;
  }

  /** Adds the year that follows ("2025", ", 2025", "of 2025"), if there is one. */
  private Form withYear(Form form, boolean allowOf) {
    Token of = cursor.peek();
    boolean hasOf = allowOf && cursor.accept("of");
    if (cursor.peek().isPlainDigits(4, 4)) {
      return new Form(form.inYear(), Integer.parseInt(cursor.next().text()));
    }
    if (hasOf) {
      throw cursor.fail("expected a year after '" + of.text() + "'", cursor.peek());
    }
    return form;
  }

  /** Reads "early 2025", "mid-June", "late spring": the first, middle or last third. */
  private Form part() {
    Token word = cursor.next();
    int third = PARTS.indexOf(word.lower());
    cursor.acceptAttached("-");
    Token next = cursor.peek();
    if (next.isPlainDigits(4, 4)) {
      return year().narrowed(span -> months(span, third * 4, 4));
    }
    if (SEASONS.containsKey(next.lower()) && next.kind() == Kind.WORD) {
      return season().narrowed(span -> months(span, third, 1));
    }
    if (MONTHS.containsKey(next.lower()) && next.kind() == Kind.WORD) {
      Form month = month(null);
      return month.narrowed(span -> {
        if (span.start().getDayOfMonth() != 1
            || span.end().getDayOfMonth() != span.end().lengthOfMonth()) {
          throw cursor.fail("'" + word.text() + "' needs a month, not a day", next);
        }
        return daysOf(span, third);
      });
    }
    Token unitWord = cursor.peek(1);
    ChronoUnit unit = unitWord.kind() == Kind.WORD ? UNITS.get(unitWord.lower()) : null;
    if ((next.is("last") || next.is("previous") || next.is("prior") || next.is("this"))
        && (unit == ChronoUnit.YEARS || unit == ChronoUnit.MONTHS)) {
      // "late last year", "early this month": a part of a calendar year or month.
      cursor.skip(2);
      LocalDate day = next.is("this") ? reference : reference.minus(1, unit);
      return unit == ChronoUnit.YEARS
          ? new Form(y -> months(TimeSpan.of(Year.of(y)), third * 4, 4), day.getYear())
          : new Form(y -> daysOf(TimeSpan.of(YearMonth.of(y, day.getMonth())), third),
              day.getYear());
    }
    throw cursor.fail("expected a year, season or month after '" + word.text() + "'", next);
  }

  /** The first ten days of a month, the next ten, or the rest, for {@code third} 0, 1 or 2. */
  private static TimeSpan daysOf(TimeSpan month, int third) {
    LocalDate start = month.start().plusDays(third * 10L);
    return TimeSpan.between(start, third == 2 ? month.end() : start.plusDays(9));
  }

  /** Reads "the first half of 2025", "the third quarter", "Q1 2025", "H2 2024". */
  private Form portion() {
    Token word = cursor.next();
    String lower = word.lower();
    int index;
    int months;
    if (isPortionCode(lower)) {
      index = lower.charAt(1) - '1';
      months = lower.charAt(0) == 'q' ? 3 : 6;
    } else {
      index = ORDINALS.indexOf(lower);
      Token kind = cursor.peek();
      months = kind.is("half") ? 6 : kind.is("quarter") ? 3 : 0;
      if (months == 0) {
        throw cursor.fail("expected 'half' or 'quarter' after '" + word.text() + "'", kind);
      }
      cursor.next();
    }
    if (index * months >= 12) {
      throw cursor.fail("a year has no " + word.text() + " " + (months == 6 ? "half" : "quarter"),
          word);
    }
    return withYear(new Form(y -> TimeSpan.of(Year.of(y)), null), true)
        .narrowed(span -> months(span, index * months, months));
  }

  /** Whether a word is {@code q1} to {@code q4} or {@code h1} to {@code h4}. */
  private static boolean isPortionCode(String word) {
    return word.length() == 2 && (word.charAt(0) == 'q' || word.charAt(0) == 'h')
        && word.charAt(1) >= '1' && word.charAt(1) <= '4';
  }

  private static TimeSpan months(TimeSpan span, int skip, int count) {
    YearMonth first = YearMonth.from(span.start()).plusMonths(skip);
    return TimeSpan.between(first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
  }

  /** Reads "last month", "the past year", "last Tuesday", "the last three months". */
  private TimeSpan last() {
    Token word = cursor.next();
    boolean calendar = !word.is("past");
    Token next = cursor.peek();
    ChronoUnit unit = UNITS.get(next.lower());
    if (unit != null && next.kind() == Kind.WORD) {
      cursor.next();
      if (!calendar) {
        return guarded(() -> TimeSpan.between(reference.minus(1, unit).plusDays(1), reference),
            next);
      }
      return guarded(() -> calendarPeriod(unit, reference.minus(1, unit)), next);
    }
    if (DAYS.containsKey(next.lower()) && next.kind() == Kind.WORD && calendar) {
      cursor.next();
      abbreviationDot();
      DayOfWeek day = DAYS.get(next.lower());
      return guarded(() -> TimeSpan.of(
          reference.minusDays(1).with(TemporalAdjusters.previousOrSame(day))), next);
    }
    Numbers.Amount amount = Numbers.read(cursor).orElseThrow(() -> cursor.fail(
        "expected week, month, year, a day of the week or a number of days, weeks, months or"
            + " years after '" + word.text() + "'", next));
    if (!isWholeCount(amount)) {
      throw cursor.fail(notAWholeCount(cursor.textFrom(next)), next);
    }
    long count = amount.value().longValue();
    if (cursor.peek().is("hours") || cursor.peek().is("hour")) {
      // The hours run back from an hour of the reference date: to the days they reach into.
      cursor.next();
      long days = (count + HOURS_A_DAY - 1) / HOURS_A_DAY;
      return guarded(() -> TimeSpan.between(reference.minusDays(days), reference), next);
    }
    ChronoUnit counted = countedUnit();
    return guarded(() -> TimeSpan.between(
        reference.minus(count, counted).plusDays(1), reference), next);
  }

  /** Whether an amount is a whole number of periods that a time phrase may count: 1 to 10000. */
  private static boolean isWholeCount(Numbers.Amount amount) {
    BigDecimal count = amount.value();
    return !amount.isVague() && count.signum() > 0 && count.stripTrailingZeros().scale() <= 0
        && count.compareTo(MAX_COUNT) <= 0;
  }

  private static String notAWholeCount(String text) {
    return "expected a whole number from 1 to " + MAX_COUNT + ", not " + text;
  }

  /** Reads "days", "weeks", "months" or "years" (or one of them in the singular). */
  private ChronoUnit countedUnit() {
    Token word = cursor.peek();
    ChronoUnit unit = unitOf(word);
    if (unit == null) {
      throw cursor.fail("expected days, weeks, months or years", word);
    }
    cursor.next();
    return unit;
  }

  private static @Nullable ChronoUnit unitOf(Token word) {
    return word.kind() == Kind.WORD ? UNITS.get(Nouns.singular(word.lower())) : null;
  }

  /** How many tokens ahead the word "ago" is, or -1 when the phrase has none. */
  private int agoAhead() {
    for (int ahead = 0; cursor.peek(ahead).kind() != Kind.END; ahead++) {
      if (cursor.peek(ahead).is("ago")) {
        return ahead;
      }
    }
    return -1;
  }

  /**
   * Reads "three days ago", "a week ago", "two months ago", "five years ago": the day, or the
   * calendar week (Monday to Sunday), month or year, that many before the reference date's; "a
   * week ago" is "last week".
   *
   * @param agoAt how many tokens ahead the word "ago" is
   */
  private TimeSpan ago(int agoAt) {
    Token first = cursor.peek();
    if (agoAt < 2) {
      throw cursor.fail("expected a number of days, weeks, months or years before 'ago'", first);
    }
    Token unitWord = cursor.peek(agoAt - 1);
    ChronoUnit unit = unitOf(unitWord);
    if (unit == null) {
      throw cursor.fail("expected days, weeks, months or years before 'ago'", unitWord);
    }
    String counted = cursor.text().substring(first.start(), cursor.peek(agoAt - 2).end());
    long count;
    if (agoAt == 2 && (first.is("a") || first.is("an"))) {
      cursor.next();
      count = 1;
    } else {
      Numbers.Amount amount = Numbers.read(cursor).orElse(null);
      if (amount == null || cursor.peek().start() != unitWord.start() || !isWholeCount(amount)) {
        throw cursor.fail(notAWholeCount(counted), first);
      }
      count = amount.value().longValue();
    }
    cursor.skip(2);
    return guarded(() -> calendarPeriod(unit, reference.minus(count, unit)), first);
  }

  /** Reads "this week", "this month", "this year". */
  private TimeSpan current() {
    cursor.next();
    Token next = cursor.peek();
    ChronoUnit unit = UNITS.get(next.lower());
    if (unit == null || unit == ChronoUnit.DAYS || next.kind() != Kind.WORD) {
      throw cursor.fail("expected week, month or year after 'this'", next);
    }
    cursor.next();
    return guarded(() -> calendarPeriod(unit, reference), next);
  }

  /** The calendar week (Monday to Sunday), month or year that contains a day. */
  private static TimeSpan calendarPeriod(ChronoUnit unit, LocalDate day) {
    switch (unit) {
      case WEEKS:
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return TimeSpan.between(monday, monday.plusDays(6));
      case MONTHS:
        return TimeSpan.of(YearMonth.from(day));
      case YEARS:
        return TimeSpan.of(Year.from(day));
      default:
        return TimeSpan.of(day);
    }
  }

  /** Returns the form in its year, or, without one, the latest that starts by the reference. */
  private TimeSpan resolve(Form form, Token at) {
    if (form.year() != null) {
      int year = form.year();
      checkLeapDay(form, at);
      return guarded(() -> form.inYear().apply(year), at);
    }
    return latest(form.inYear(), at);
  }

  /** The latest of a time's spans by year that starts on or before the reference date. */
  private TimeSpan latest(IntFunction<TimeSpan> inYear, Token at) {
    for (int year = reference.getYear(); year >= reference.getYear() - 8; year--) {
      TimeSpan span;
      try {
        span = inYear.apply(year);
      } catch (TextParseException e) {
        throw e;
      } catch (DateTimeException | IllegalArgumentException e) {
        continue; // February 29 outside a leap year, or a year outside 0000 to 9999
      }
      if (!span.start().isAfter(reference)) {
        return span;
      }
    }
    throw cursor.fail("'" + cursor.textFrom(at) + "' has no time on or before the reference date "
        + reference, at);
  }

  /** Builds a span, reporting a date outside the years 0000 to 9999 at {@code at}. */
  private TimeSpan guarded(Supplier<TimeSpan> span, Token at) {
    try {
      return span.get();
    } catch (TextParseException e) {
      throw e;
    } catch (DateTimeException | IllegalArgumentException e) {
      String message = e.getMessage();
      throw cursor.fail(Character.toLowerCase(message.charAt(0)) + message.substring(1), at);
    }
  }

  /** Whether the cursor is at an ISO date or interval: four digits and an attached - or /. */
  private boolean isIso() {
    Token after = cursor.peek(1);
    Token next = cursor.peek(2);
    return after.isSymbol("-/") && after.attached()
        && next.kind() == Kind.NUMBER && next.attached()
        // "2024-2025" is a range of years, not an ISO form, and so is "2024/25".
        && !(after.isSymbol("-") && next.isPlainDigits(4, 4))
        && !(after.isSymbol("/") && nextYearsDigits(cursor.peek(), next));
  }

  /** Whether {@code digits}, attached, are the last two of the year after {@code year}. */
  private static boolean nextYearsDigits(Token year, Token digits) {
    return year.isPlainDigits(4, 4) && digits.isPlainDigits(2, 2) && digits.attached()
        && Integer.parseInt(digits.text()) == (Integer.parseInt(year.text()) + 1) % 100;
  }

  /** Reads an ISO date or interval with {@link TimeSpan#parse}, reporting errors in this text. */
  private TimeSpan iso(Token first) {
    String text = cursor.text();
    int end = first.start();
    while (end < text.length() && ("0123456789-/".indexOf(text.charAt(end)) >= 0)) {
      end++;
    }
    String iso = text.substring(first.start(), end);
    if (iso.length() == 7 && iso.charAt(4) == '-') {
      notAMonth(iso, first);
    }
    if (iso.length() == 7 && iso.charAt(4) == '/') {
      // Not the next year's digits (see isIso), and no ISO form either.
      throw notAPairOfYears(iso, Integer.parseInt(iso.substring(0, 4)),
          Integer.parseInt(iso.substring(5)), "/", first);
    }
    TimeSpan span;
    try {
      span = TimeSpan.parse(iso);
    } catch (TextParseException e) {
      throw new TextParseException(e.problem(), text, first.start() + e.index());
    }
    while (cursor.peek().kind() != Kind.END && cursor.peek().end() <= end) {
      cursor.next();
    }
    return span;
  }

  /**
   * Refuses "2024-25", a year and a month that is none, saying how to write the years it may
   * mean: with a hyphen and two digits, the form is ISO's year and month.
   */
  private void notAMonth(String iso, Token at) {
    int year = Integer.parseInt(iso.substring(0, 4));
    int month = Integer.parseInt(iso.substring(5));
    if (month >= 1 && month <= 12) {
      return;
    }
    int to = yearEnding(year, month);
    String years = namesLaterYear(year, month)
        ? "; for the years " + year + " to " + to + " write " + year + "–" + iso.substring(5)
            + " with an en dash, or " + year + " to " + to
        : "";
    throw cursor.fail("'" + iso + "' is not a month" + years, at);
  }

  /** The day a number names in a month, which must have it (any year's February has 29). */
  private int dayOf(Month month, Token number) {
    int day = Integer.parseInt(number.text());
    if (day < 1 || day > month.maxLength()) {
      throw cursor.fail(month.name().toLowerCase(Locale.ROOT) + " has no day " + day, number);
    }
    return day;
  }

  /** Skips the comma of "June 15, 2025" when a year follows it. */
  private void commaBeforeYear() {
    if (cursor.peek().isSymbol(",") && cursor.peek(1).isPlainDigits(4, 4)) {
      cursor.next();
    }
  }

  private void ordinalSuffix() {
    Token next = cursor.peek();
    if (next.kind() == Kind.WORD && next.attached() && ORDINAL_SUFFIXES.contains(next.lower())) {
      cursor.next();
    }
  }

  private void abbreviationDot() {
    cursor.acceptAttached(".");
  }
}
