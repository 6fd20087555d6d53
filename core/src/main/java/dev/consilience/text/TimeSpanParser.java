package dev.consilience.text;

import dev.consilience.TimeSpan;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads a {@link TimeSpan} from an English time phrase, as news writes them: {@code "early
 * 2025"} is {@code 2025-01/2025-04}; {@code "June 15"}, read on 2025-06-17, is {@code 2025-06-15}.
 *
 * <table>
 *   <caption>Time phrases (reference date 2025-06-17)</caption>
 *   <tr><th>phrase</th><th>span</th></tr>
 *   <tr><td>ISO dates and intervals, read by {@link TimeSpan#parse}: {@code 2025-06-15},
 *       {@code 2025-01/2025-04}</td><td>as written</td></tr>
 *   <tr><td>{@code 2025}</td><td>{@code 2025}</td></tr>
 *   <tr><td>{@code June 2025}, {@code June of 2025}, {@code Jun. 2025}</td>
 *       <td>{@code 2025-06}</td></tr>
 *   <tr><td>{@code June 15, 2025}, {@code 15 June 2025}, {@code June 15th 2025}, {@code the 15th
 *       of June 2025}</td><td>{@code 2025-06-15}</td></tr>
 *   <tr><td>{@code early 2025} / {@code mid-2025} / {@code late 2025}</td><td>January–April /
 *       May–August / September–December</td></tr>
 *   <tr><td>{@code early June} / {@code mid-June} / {@code late June}</td><td>days 1–10 / 11–20
 *       / 21 to the end</td></tr>
 *   <tr><td>{@code early spring} / {@code mid spring} / {@code late spring}</td><td>the first /
 *       second / third month of the season</td></tr>
 *   <tr><td>{@code early last year}, {@code late this year}, {@code mid-previous year} (or prior);
 *       {@code early last month}, {@code late this month}</td><td>those parts of the calendar
 *       year or month: {@code late last year} is {@code 2024-09/2024-12}</td></tr>
 *   <tr><td>{@code earlier this year} / {@code month} / {@code week}; {@code so far this year};
 *       {@code year to date}, {@code month to date}</td><td>from the start of that calendar
 *       period to the reference date</td></tr>
 *   <tr><td>{@code the first half of 2025}, {@code H1 2025}; second half</td><td>January–June;
 *       July–December</td></tr>
 *   <tr><td>{@code the first quarter of 2025}, {@code Q1 2025} … fourth, {@code Q4}</td>
 *       <td>January–March … October–December</td></tr>
 *   <tr><td>{@code spring 2025}, {@code summer}, {@code fall} or {@code autumn}</td>
 *       <td>March–May, June–August, September–November</td></tr>
 *   <tr><td>{@code winter 2024}, {@code winter 2024-25}, {@code winter 2024/2025}</td>
 *       <td>{@code 2024-12/2025-02}</td></tr>
 *   <tr><td>{@code the fall of 2024}</td><td>{@code 2024-09/2024-11}</td></tr>
 *   <tr><td>{@code today}, {@code yesterday}</td><td>the reference date, the day before</td></tr>
 *   <tr><td>{@code Tuesday}</td><td>the latest Tuesday on or before the reference date</td></tr>
 *   <tr><td>{@code Tuesday, June 10}, {@code Tue. 10 June 2025}: a day of the week, an optional
 *       comma and a date</td><td>the date, which must be that day of the week, else an
 *       error</td></tr>
 *   <tr><td>{@code last Tuesday}</td><td>the latest Tuesday before the reference date</td></tr>
 *   <tr><td>{@code this week} / {@code month} / {@code year}</td><td>the calendar week (Monday to
 *       Sunday), month or year of the reference date</td></tr>
 *   <tr><td>{@code last week} / {@code month} / {@code year} (or previous, or prior)</td><td>the
 *       calendar week, month or year before that of the reference date</td></tr>
 *   <tr><td>{@code the past week} / {@code month} / {@code year}; {@code the last three months},
 *       {@code the past 10 days}</td><td>that long, ending on the reference date</td></tr>
 *   <tr><td>{@code the past 24 hours}, {@code the last 48 hours}</td><td>the days those hours
 *       reach into, counted back from an hour of the reference date: 1 to 24 hours are the
 *       reference date and the day before, 25 to 48 the two days before, and so on</td></tr>
 *   <tr><td>{@code three days ago}; {@code two weeks ago}, {@code six months ago}, {@code five
 *       years ago}, {@code a week ago}, {@code a hundred days ago}</td><td>the day that many days
 *       before the reference date; the calendar week, month or year that many before the
 *       reference date's ({@code a week ago} is {@code last week}: a time said to lie so long ago
 *       is known to that period, not to the day). The count is a whole number from 1 to 10000;
 *       a vague one ({@code a few days ago}) is an error. After {@code since}, the span starts
 *       where that period starts: {@code since two weeks ago} runs from that week's
 *       Monday.</td></tr>
 *   <tr><td>two times joined by {@code to}, {@code through}, {@code until}, {@code till} or a
 *       dash, or by {@code and} after {@code between}; after {@code from}, any of the first:
 *       {@code June to August 2025}, {@code June–August 2025}, {@code from June to August}, {@code
 *       between June and August 2025}, {@code 2024–2025}, {@code 2024–25}, {@code 2025-06-01 to
 *       2025-08-31}; days of one month: {@code June 15–20, 2025}, {@code 15–20 June 2025}</td>
 *       <td>from the start of the first to the end of the second: {@code 2025-06/2025-08},
 *       {@code 2024/2025}, {@code 2025-06-15/2025-06-20}</td></tr>
 * </table>
 *
 * <p>The ends of a range are dates, months, seasons, years, early/mid/late parts, halves, quarters
 * and ISO forms; not days of the week, {@code today}, {@code yesterday} or relative times. A day
 * number alone is a day of the other end's month and year, when the other end is a day ({@code
 * "June 15–20"}, {@code "15 to 20 June 2025"}). An end without a year takes the other end's, unless
 * it would then lie wholly on the wrong side of it or fall on a February 29 that year lacks: the
 * first end then takes the year before ({@code "December to February 2025"} is {@code
 * 2024-12/2025-02}), the second the year after ({@code "November 2024 through February"} is {@code
 * 2024-11/2025-02}); when that year lacks it too, the error names both years, at the end without
 * one ({@code "Feb 29 to March 5, 2023"}: february 29 is a day of neither 2022 nor 2023). With no
 * year at all, the range is the latest that starts on or before the reference date ({@code
 * "November to February"} is {@code 2024-11/2025-02}). After a year and a dash, two digits are
 * the next year that ends in them, when that is in the same century or, across a century, at
 * most ten years on ({@code "2019–22"} is {@code 2019/2022}, {@code "1998–02"} {@code
 * 1998/2002}); any other year would be a guess, and the error says what to write: {@code
 * "2024–12"} fails, saying {@code 2024-12} for December 2024 or {@code 2024–2112} for those
 * years.
 * After a slash written without spaces, only the next year's two digits are a year ({@code
 * "2024/25"} is {@code 2024/2025}, {@code "2024/12"} fails the same way), and with a hyphen
 * written without spaces, {@code "2024-25"} is read as an ISO month and fails, saying how to write
 * the years ({@code "1999-00"} too: {@code 1999–00}). A
 * range whose second end ends before its first is an error, and so is a range after {@code
 * since}, and so is a range from an end without a year to a bare year ({@code "Q3-2024"}, {@code
 * "June–2025"}), which names one time rather than a range and says to write it as one ({@code
 * "Q3 2024"}); an end that does not exist, or lies outside the years 0000 to 9999, is reported
 * where it is written ({@code "9999–00"} at {@code 00}).
 *
 * <p>Seasons are meteorological seasons of the Northern hemisphere; a winter belongs to the year
 * of its December. A form without a year ({@code "in November"}, {@code "June 15"}, {@code
 * "summer"}, {@code "late spring"}) is the most recent such time that starts on or before the
 * reference date: with reference 2025-06-17, {@code "in November"} is {@code 2024-11}, {@code
 * "June"} is {@code 2025-06} and {@code "June 20"} is {@code 2024-06-20}.
 *
 * <p>Words are read in any case; month and day names may be abbreviated ({@code Sept.}, {@code
 * Tue}). One leading "in", "on", "by", "during", "at", "over", "within", "throughout", "for" or
 * "as of" is dropped ({@code "over the past week"}): the span is the time named ({@code "by March
 * 2025"} is {@code 2025-03}). A leading "since" makes the span run
 * from the start of the time named to the reference date ({@code "since March 2025"} is {@code
 * 2025-03-01/2025-06-17}). A leading "the" is dropped, and so is one before a range's second
 * end ({@code "the 15th to the 20th of June"}). The punctuation of the sentence the phrase was
 * copied from is dropped too, as {@link QuantityParser} drops it: one final full stop, comma,
 * semicolon or colon, and a matching pair of brackets or quotes around the phrase ({@code "in June
 * 2025."}, {@code "(June 2025)"}).
 *
 * <p>Text longer than {@value #MAX_LENGTH} characters is refused with a {@link
 * TextParseException} at index {@value #MAX_LENGTH}. Every failure is a {@link
 * TextParseException} whose index, from 0 to the text's length, is where reading stopped.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TimeSpanParser {
  /** The longest text {@link #parse(CharSequence, LocalDate)} reads, in characters. */
  public static final int MAX_LENGTH = Lexer.MAX_LENGTH;

  private static final TimeSpanParser ENGLISH = new TimeSpanParser();

  private TimeSpanParser() {}

  /** Returns the English time parser. */
  public static TimeSpanParser english() {
    return ENGLISH;
  }

  /**
   * Reads a time phrase.
   *
   * @param text the phrase, such as {@code "early 2025"} or {@code "in November"}; not null
   * @param referenceDate the day the text was written, against which forms without a year and
   *     relative forms ({@code "last month"}) are resolved; not null
   * @return the span
   * @throws TextParseException if the text is not a time phrase this parser reads, names a day
   *     that does not exist, or is longer than {@value #MAX_LENGTH} characters; it names the
   *     index where reading failed
   */
  public TimeSpan parse(CharSequence text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    return new TimeReader(text.toString(), referenceDate).read();
  }
}
