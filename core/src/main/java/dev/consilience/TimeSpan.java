package dev.consilience;

import dev.consilience.text.TextParseException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A period of whole days, inclusive at both ends: when something was said, or the time a number
 * describes.
 *
 * <p>Text forms are ISO 8601 dates and intervals at day, month or year precision:
 *
 * <table>
 *   <caption>TimeSpan text forms</caption>
 *   <tr><th>text</th><th>start</th><th>end</th></tr>
 *   <tr><td>{@code 2025-06-15}</td><td>2025-06-15</td><td>2025-06-15</td></tr>
 *   <tr><td>{@code 2025-06}</td><td>2025-06-01</td><td>2025-06-30</td></tr>
 *   <tr><td>{@code 2025}</td><td>2025-01-01</td><td>2025-12-31</td></tr>
 *   <tr><td>{@code 2025-01/2025-04}</td><td>2025-01-01</td><td>2025-04-30</td></tr>
 *   <tr><td>{@code 2025-01-01/2025-04-30}</td><td>2025-01-01</td><td>2025-04-30</td></tr>
 * </table>
 *
 * <p>Each side of an interval may have its own precision ({@code 2024/2025-03}). {@link
 * #toString()} prints the shortest form: one date, month or year when the span is exactly that,
 * else an interval at the coarsest precision that both ends allow. {@link #parse(CharSequence)}
 * reads every form back. Years run from 0000 to 9999.
 *
 * <p>Vague times ("early 2025") become spans; see {@code dev.consilience.text.TimeSpanParser}.
 *
 * <p>Instances are immutable values, safe to share between threads.
 */
@Value.Immutable(builder = false)
public abstract class TimeSpan {
  /*
   * The spans made most recently, one per slot by the days they run between. Claims share a few
   * thousand dates among millions of claims, and handing out the same instance for the same
   * days keeps a span and its two dates (72 bytes) out of almost every claim. A slot is read and
   * written without locking: a span is immutable, with final fields, so any thread that sees one
   * sees it whole, and a lost write only means a new instance the next time.
   */
  private static final int RECENT_BITS = 12;
  private static final TimeSpan[] RECENT = new TimeSpan[1 << RECENT_BITS];
  /*
   * The texts read most recently, one per slot by hash, with the span each was read as: JSON
   * documents repeat a few dates over and over, and reading one again costs a hash and an equals
   * instead of two dates. Shared without locking for the same reason as the spans.
   */
  private static final Parsed[] RECENT_TEXTS = new Parsed[1 << 10];

  TimeSpan() {}

  /**
   * Returns the span of one day.
   *
   * @param day the day, not null
   * @return the span
   */
  public static TimeSpan of(LocalDate day) {
    return between(day, day);
  }

  /**
   * Returns the span of one month, from its first to its last day.
   *
   * @param month the month, not null
   * @return the span
   */
  public static TimeSpan of(YearMonth month) {
    return between(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Returns the span of one year, from 1 January to 31 December.
   *
   * @param year the year, not null
   * @return the span
   */
  public static TimeSpan of(Year year) {
    return between(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Returns the span from {@code start} to {@code end}, both included.
   *
   * @param start the first day, not null
   * @param end the last day, not null
   * @return the span
   * @throws IllegalArgumentException if {@code start} is after {@code end}, or a year is outside
   *     0000 to 9999
   */
  public static TimeSpan between(LocalDate start, LocalDate end) {
    long startDay = Objects.requireNonNull(start, "start").toEpochDay();
    long endDay = Objects.requireNonNull(end, "end").toEpochDay();
    int slot = (int) ((startDay * 0x9E3779B97F4A7C15L + endDay) * 0x9E3779B97F4A7C15L
        >>> (Long.SIZE - RECENT_BITS));
    TimeSpan recent = RECENT[slot];
    if (recent != null && recent.start().equals(start) && recent.end().equals(end)) {
      return recent;
    }
    TimeSpan span = ImmutableTimeSpan.make(start, end);
    RECENT[slot] = span;
    return span;
  }

  /** The first day of the span. */
  @Value.Parameter
  public abstract LocalDate start();

  /** The last day of the span (inclusive). */
  @Value.Parameter
  public abstract LocalDate end();

  @Value.Check
  void check() {
    if (start().isAfter(end())) {
      throw new IllegalArgumentException("start " + start() + " is after end " + end());
    }
    checkYear(start(), "start");
    checkYear(end(), "end");
  }

  private static void checkYear(LocalDate day, String which) {
    if (day.getYear() < 0 || day.getYear() > 9999) {
      throw new IllegalArgumentException(
          which + " " + day + " is outside the years 0000 to 9999");
    }
  }

  /**
   * Whether this span ends before another starts.
   *
   * @param other the other span, not null
   * @return true if every day of this span is before every day of {@code other}
   */
  public boolean isBefore(TimeSpan other) {
    return end().isBefore(other.start());
  }

  /**
   * Whether this span starts after another ends.
   *
   * @param other the other span, not null
   * @return true if every day of this span is after every day of {@code other}
   */
  public boolean isAfter(TimeSpan other) {
    return start().isAfter(other.end());
  }

  /**
   * Whether this span and another share at least one day.
   *
   * @param other the other span, not null
   * @return true if they share a day
   */
  public boolean overlaps(TimeSpan other) {
    return !isBefore(other) && !isAfter(other);
  }

  /**
   * Whether a day lies in this span.
   *
   * @param day the day, not null
   * @return true if {@code start() <= day <= end()}
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /**
   * Reads a span in one of the ISO forms that {@link #toString()} prints.
   *
   * @param text {@code 2025-06-15}, {@code 2025-06}, {@code 2025}, or two of these joined by
   *     {@code /}; not null
   * @return the span
   * @throws TextParseException if the text is not such a form; it names the index
   * @throws IllegalArgumentException if the interval's start is after its end
   */
  public static TimeSpan parse(CharSequence text) {
    String s = text.toString();
    int hash = s.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (RECENT_TEXTS.length - 1);
    Parsed recent = RECENT_TEXTS[slot];
    if (recent != null && recent.text.equals(s)) {
      return recent.span;
    }
    TimeSpan span = read(s);
    RECENT_TEXTS[slot] = new Parsed(s, span);
    return span;
  }

  private static TimeSpan read(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return between(readStart(s, 0, s.length()), readEnd(s, 0, s.length()));
    }
    LocalDate start = readStart(s, 0, slash);
    LocalDate end = readEnd(s, slash + 1, s.length());
    if (start.isAfter(end)) {
      throw new TextParseException(
          "start " + start + " is after end " + end, s, slash + 1);
    }
    return between(start, end);
  }

  /** A text that was read, and what it was read as. */
  private static final class Parsed {
    final String text;
    final TimeSpan span;

    Parsed(String text, TimeSpan span) {
      this.text = text;
      this.span = span;
    }
  }

  private static LocalDate readStart(String text, int from, int to) {
    int[] parts = readParts(text, from, to);
    // An absent month or day (-1) is the first.
    return LocalDate.of(parts[0], Math.max(parts[1], 1), Math.max(parts[2], 1));
  }

  private static LocalDate readEnd(String text, int from, int to) {
    int[] parts = readParts(text, from, to);
    if (parts[1] < 0) {
      return LocalDate.of(parts[0], 12, 31);
    }
    if (parts[2] < 0) {
      return YearMonth.of(parts[0], parts[1]).atEndOfMonth();
    }
    return LocalDate.of(parts[0], parts[1], parts[2]);
  }

  /**
   * Reads {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd}; absent parts are -1. A month must be
   * 01 to 12 and a day one of its month's, else the error points at the month or the day.
   */
  private static int[] readParts(String text, int from, int to) {
    int[] parts = {-1, -1, -1};
    int at = from;
    int[] widths = {4, 2, 2};
    for (int part = 0; part < 3; part++) {
      if (part > 0) {
        if (at == to) {
          break;
        }
        if (text.charAt(at) != '-') {
          throw new TextParseException("expected '-' or the end of the date", text, at);
        }
        at++;
      }
      int value = 0;
      int partStart = at;
      for (int i = 0; i < widths[part]; i++) {
        if (at >= to || text.charAt(at) < '0' || text.charAt(at) > '9') {
          throw new TextParseException(
              "expected " + widths[part] + " digits of the "
                  + (part == 0 ? "year" : part == 1 ? "month" : "day"),
              text, partStart);
        }
        value = value * 10 + (text.charAt(at) - '0');
        at++;
      }
      if (part == 1 && (value < 1 || value > 12)) {
        throw new TextParseException("month " + text.substring(partStart, at)
            + " is not between 01 and 12", text, partStart);
      }
      if (part == 2 && (value < 1 || value > YearMonth.of(parts[0], parts[1]).lengthOfMonth())) {
        String month = text.substring(from, partStart - 1); // "2025-02" of "2025-02-30"
        throw new TextParseException(
            "day " + text.substring(partStart, at) + " is not a day of " + month, text, partStart);
      }
      parts[part] = value;
    }
    if (at != to) {
      throw new TextParseException(
          to == text.length() ? "unexpected text after the date" : "expected '/'", text, at);
    }
    return parts;
  }

  /** Returns the shortest ISO form that {@link #parse(CharSequence)} reads back. */
  @Override
  public String toString() {
    LocalDate start = start();
    LocalDate end = end();
    boolean yearAligned = start.getDayOfYear() == 1 && end.getMonthValue() == 12
        && end.getDayOfMonth() == 31;
    boolean monthAligned = start.getDayOfMonth() == 1
        && end.getDayOfMonth() == end.lengthOfMonth();
    // Written by hand rather than with String.format: spans are printed for every claim's id
    // and in every JSON document, and formatting cost more than the rest of the work.
    int precision = yearAligned ? 1 : monthAligned ? 2 : 3;
    StringBuilder text = new StringBuilder(21);
    append(text, start, precision);
    boolean oneUnit = yearAligned
        ? start.getYear() == end.getYear()
        : monthAligned
            ? start.getYear() == end.getYear() && start.getMonthValue() == end.getMonthValue()
            : start.equals(end);
    if (!oneUnit) {
      append(text.append('/'), end, precision);
    }
    return text.toString();
  }

  /** Appends {@code yyyy}, {@code yyyy-mm} or {@code yyyy-mm-dd} for 1, 2 or 3 parts. */
  private static void append(StringBuilder text, LocalDate day, int parts) {
    appendDigits(text, day.getYear(), 4);
    if (parts > 1) {
      appendDigits(text.append('-'), day.getMonthValue(), 2);
    }
    if (parts > 2) {
      appendDigits(text.append('-'), day.getDayOfMonth(), 2);
    }
  }

  private static void appendDigits(StringBuilder text, int value, int width) {
    for (int limit = 10, digits = 1; digits < width; limit *= 10, digits++) {
      if (value < limit) {
        text.append('0');
      }
    }
    text.append(value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeSpan
        && start().equals(((TimeSpan) other).start())
        && end().equals(((TimeSpan) other).end());
  }

  @Override
  public int hashCode() {
    return Objects.hash(start(), end());
  }
}
