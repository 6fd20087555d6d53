package dev.consilience.text;

import static dev.consilience.text.TextGenerators.garbage;
import static dev.consilience.text.TextGenerators.readsOrFailsInside;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.consilience.TimeSpan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link TimeSpanParser}, checked on generated dates and on garbage. */
class TimeSpanParserPropertiesTest {
  private static final LocalDate REFERENCE = LocalDate.of(2025, 6, 17);

  @Test
  void aWrittenDateIsThatDay() {
    qt().forAll(dates()).check(day -> {
      String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      TimeSpan expected = TimeSpan.of(day);
      return parse(month + " " + day.getDayOfMonth() + ", " + year(day), REFERENCE)
              .equals(expected)
          && parse(day.getDayOfMonth() + " " + month + " " + year(day), REFERENCE)
              .equals(expected);
    });
  }

  @Test
  void aMonthWithoutAYearIsTheLatestThatStartsByTheReferenceDate() {
    qt().forAll(dates(), Generate.enumValues(Month.class)).check((reference, month) -> {
      TimeSpan span = parse(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH), reference);
      YearMonth found = YearMonth.from(span.start());
      return span.equals(TimeSpan.of(found))
          && found.getMonth() == month
          && !span.start().isAfter(reference)
          && found.plusYears(1).atDay(1).isAfter(reference);
    });
  }

  @Test
  void aRangeOfMonthsRunsFromTheFirstToTheEndOfTheSecondWithinAYear() {
    qt().forAll(dates(), Generate.enumValues(Month.class), Generate.enumValues(Month.class))
        .check((reference, first, second) -> {
          String text = month(first) + " to " + month(second);
          TimeSpan span = parse(text, reference);
          YearMonth from = YearMonth.from(span.start());
          YearMonth to = YearMonth.from(span.end());
          long months = from.until(to, ChronoUnit.MONTHS);
          return from.getMonth() == first && to.getMonth() == second
              && span.start().equals(from.atDay(1)) && span.end().equals(to.atEndOfMonth())
              && months >= 0 && months < 12
              && !span.start().isAfter(reference)
              && from.plusYears(1).atDay(1).isAfter(reference)
              && parse(text + " " + year(span.end()), reference).equals(span)
              && parse("between " + month(first) + " and " + month(second) + " "
                  + year(span.end()), reference).equals(span);
        });
  }

  private static String month(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  @Test
  void aDayWithoutAYearIsTheLatestByTheReferenceDate() {
    qt().forAll(dates(), dates().map(d -> d.withYear(2023))).check((reference, day) -> {
      String text = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
          + day.getDayOfMonth();
      LocalDate found = parse(text, reference).start();
      return found.getMonth() == day.getMonth()
          && found.getDayOfMonth() == day.getDayOfMonth()
          && !found.isAfter(reference)
          && found.plusYears(1).isAfter(reference);
    });
  }

  @Test
  void aDayOfTheWeekIsTheLatestOnOrBeforeTheReferenceDate() {
    qt().forAll(dates(), Generate.enumValues(java.time.DayOfWeek.class))
        .check((reference, weekday) -> {
          LocalDate found = parse(
              weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH), reference).start();
          return found.getDayOfWeek() == weekday
              && !found.isAfter(reference)
              && found.plusWeeks(1).isAfter(reference);
        });
  }

  @Test
  void aTimeAgoIsTheWholeCalendarPeriodOfTheDayThatLongBefore() {
    qt().forAll(dates(), Generate.pick(List.of(ChronoUnit.DAYS, ChronoUnit.WEEKS,
            ChronoUnit.MONTHS, ChronoUnit.YEARS)), integers().between(1, 9))
        .check((reference, unit, count) -> {
          String unitName = unit.name().toLowerCase(Locale.ROOT);
          TimeSpan span = parse(count + " " + unitName + " ago", reference);
          LocalDate before = reference.minus(count, unit);
          LocalDate start = span.start();
          boolean whole;
          switch (unit) {
            case DAYS:
              whole = span.equals(TimeSpan.of(start));
              break;
            case WEEKS:
              whole = start.getDayOfWeek() == DayOfWeek.MONDAY
                  && span.end().equals(start.plusDays(6));
              break;
            case MONTHS:
              whole = span.equals(TimeSpan.of(YearMonth.from(start)));
              break;
            default:
              whole = span.equals(TimeSpan.of(Year.from(start)));
          }
          return whole && span.contains(before)
              && (count > 1 || unit == ChronoUnit.DAYS
                  || parse("last " + unitName.substring(0, unitName.length() - 1), reference)
                      .equals(span));
        });
  }

  @Test
  void garbageGivesATimeSpanOrAnErrorInsideTheText() {
    qt().withExamples(3_000).forAll(garbage()).check(
        text -> readsOrFailsInside(text, t -> parse(t, REFERENCE)));
  }

  /** Days from the year 0010 to 9989, so that a year either side still exists. */
  private static Gen<LocalDate> dates() {
    return longs()
        .between(LocalDate.of(10, 1, 1).toEpochDay(), LocalDate.of(9989, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static String year(LocalDate day) {
    return String.format(Locale.ROOT, "%04d", day.getYear());
  }

  private static TimeSpan parse(String text, LocalDate reference) {
    return TimeSpanParser.english().parse(text, reference);
  }
}
