package dev.consilience.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consilience.TimeSpan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpanParserTest {
  /** The Tuesday the Kursk article was written. */
  private static final LocalDate REFERENCE = LocalDate.of(2025, 6, 17);
  private static final TimeSpanParser ENGLISH = TimeSpanParser.english();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # Every time phrase of the Kursk article.
      on Tuesday                     | 2025-06-17
      in the summer of 2024          | 2024-06/2024-08
      in the fall of 2024            | 2024-09/2024-11
      in August                      | 2024-08
      In November                    | 2024-11
      by March 2025                  | 2025-03
      by late spring                 | 2025-05
      in early 2025                  | 2025-01/2025-04
      On June 15                     | 2025-06-15
      # ISO forms.
      2025-06-15                     | 2025-06-15
      2025-06                        | 2025-06
      2025-01/2025-04                | 2025-01/2025-04
      2025-01-01/2025-04-30          | 2025-01/2025-04
      # Dates, months and years.
      June 15                        | 2025-06-15
      June 17                        | 2025-06-17
      June 18                        | 2024-06-18
      June 15th                      | 2025-06-15
      15 June 2025                   | 2025-06-15
      15 June                        | 2025-06-15
      the 15th of June 2025          | 2025-06-15
      June 15, 2025                  | 2025-06-15
      June 15 2025                   | 2025-06-15
      Sept. 3, 2024                  | 2024-09-03
      june 2025                      | 2025-06
      June of 2025                   | 2025-06
      June                           | 2025-06
      July                           | 2024-07
      2025                           | 2025
      Feb 29                         | 2024-02-29
      # Parts of years, seasons and months.
      early 2025                     | 2025-01/2025-04
      mid 2025                       | 2025-05/2025-08
      mid-2025                       | 2025-05/2025-08
      late 2025                      | 2025-09/2025-12
      early June 2025                | 2025-06-01/2025-06-10
      mid-June                       | 2025-06-11/2025-06-20
      late June                      | 2024-06-21/2024-06-30
      late February 2024             | 2024-02-21/2024-02-29
      early spring 2025              | 2025-03
      late winter 2024               | 2025-02
      late winter                    | 2025-02
      the first half of 2025         | 2025-01/2025-06
      the second half of 2024        | 2024-07/2024-12
      H2 2024                        | 2024-07/2024-12
      the third quarter of 2024      | 2024-07/2024-09
      Q1 2025                        | 2025-01/2025-03
      the first quarter              | 2025-01/2025-03
      # Seasons: meteorological, Northern hemisphere.
      spring 2025                    | 2025-03/2025-05
      summer 2025                    | 2025-06/2025-08
      summer                         | 2025-06/2025-08
      fall 2024                      | 2024-09/2024-11
      autumn 2024                    | 2024-09/2024-11
      autumn                         | 2024-09/2024-11
      winter 2024                    | 2024-12/2025-02
      winter 2024-25                 | 2024-12/2025-02
      winter 2024–2025               | 2024-12/2025-02
      winter 2024/25                 | 2024-12/2025-02
      winter                         | 2024-12/2025-02
      the winter of 2023             | 2023-12/2024-02
      # Days of the week and relative times.
      Tuesday                        | 2025-06-17
      Wednesday                      | 2025-06-11
      Mon                            | 2025-06-16
      last Tuesday                   | 2025-06-10
      last Tues.                     | 2025-06-10
      last Tues                      | 2025-06-10
      since last Wed.                | 2025-06-11/2025-06-17
      today                          | 2025-06-17
      yesterday                      | 2025-06-16
      this week                      | 2025-06-16/2025-06-22
      this month                     | 2025-06
      this year                      | 2025
      last week                      | 2025-06-09/2025-06-15
      last month                     | 2025-05
      last year                      | 2024
      previous year                  | 2024
      the past week                  | 2025-06-11/2025-06-17
      the past year                  | 2024-06-18/2025-06-17
      in the last three months       | 2025-03-18/2025-06-17
      the past 10 days               | 2025-06-08/2025-06-17
      # Hours are counted to the days they reach into, as a statement's hours run back from its hour.
      in the past 24 hours           | 2025-06-16/2025-06-17
      over the last 48 hours         | 2025-06-15/2025-06-17
      the past 25 hours              | 2025-06-15/2025-06-17
      the past 12 hours              | 2025-06-16/2025-06-17
      # "over", "within", "throughout" and "for" before a span name it as "in" does.
      over the past week             | 2025-06-11/2025-06-17
      within the past week           | 2025-06-11/2025-06-17
      for the past two years         | 2023-06-18/2025-06-17
      throughout 2024                | 2024
      # Parts of the last or this year or month, and what has passed of this one.
      early last year                | 2024-01/2024-04
      late last year                 | 2024-09/2024-12
      mid-last year                  | 2024-05/2024-08
      early this year                | 2025-01/2025-04
      late previous year             | 2024-09/2024-12
      early last month               | 2025-05-01/2025-05-10
      late this month                | 2025-06-21/2025-06-30
      since early last year          | 2024-01-01/2025-06-17
      late last year to early this year | 2024-09/2025-04
      earlier this year              | 2025-01-01/2025-06-17
      earlier this month             | 2025-06-01/2025-06-17
      earlier this week              | 2025-06-16/2025-06-17
      # A day of the week before a date, as datelines write it, names the date.
      on Tuesday, June 10            | 2025-06-10
      Tuesday, June 10, 2025         | 2025-06-10
      Fri., 13 June 2025             | 2025-06-13
      Monday June 16                 | 2025-06-16
      so far this year               | 2025-01-01/2025-06-17
      so far this month              | 2025-06-01/2025-06-17
      year to date                   | 2025-01-01/2025-06-17
      the prior year                 | 2024
      prior month                    | 2025-05
      three days ago                 | 2025-06-14
      # Brackets or quotes around the phrase, and a final semicolon or colon, are dropped too.
      (June 2025)                    | 2025-06
      “late last year”               | 2024-09/2024-12
      mid-2024;                      | 2024-05/2024-08
      # A final full stop or comma copied from the sentence is dropped.
      three days ago.                | 2025-06-14
      in June 2025.                  | 2025-06
      on June 15,                    | 2025-06-15
      in Sept.                       | 2024-09
      Three Days AGO                 | 2025-06-14
      a hundred days ago             | 2025-03-09
      a dozen years ago              | 2013
      a day ago                      | 2025-06-16
      two weeks ago                  | 2025-06-02/2025-06-08
      a week ago                     | 2025-06-09/2025-06-15
      1 week ago                     | 2025-06-09/2025-06-15
      six months ago                 | 2024-12
      a month ago                    | 2025-05
      five years ago                 | 2020
      since three years ago          | 2022-01-01/2025-06-17
      since March 2025               | 2025-03-01/2025-06-17
      since last year                | 2024-01-01/2025-06-17
      during 2024                    | 2024
      as of June 2025                | 2025-06
      # Ranges: from the start of the first time to the end of the second.
      June to August 2025            | 2025-06/2025-08
      June–August 2025               | 2025-06/2025-08
      June - August 2025             | 2025-06/2025-08
      June through August 2024       | 2024-06/2024-08
      from June to August 2024       | 2024-06/2024-08
      from June until August 2024    | 2024-06/2024-08
      between June and August 2024   | 2024-06/2024-08
      December to February 2025      | 2024-12/2025-02
      August to June 2025            | 2024-08/2025-06
      November 2024 through February | 2024-11/2025-02
      June 15 to July 3, 2025        | 2025-06-15/2025-07-03
      2024–2025                      | 2024/2025
      2024-2025                      | 2024/2025
      early 2024 to mid-2025         | 2024-01/2025-08
      summer 2024 – spring 2025      | 2024-06/2025-05
      from the summer of 2024 to the spring of 2025 | 2024-06/2025-05
      March to May                   | 2025-03/2025-05
      July to September              | 2024-07/2024-09
      November to February           | 2024-11/2025-02
      June till August 2024          | 2024-06/2024-08
      June—August 2024               | 2024-06/2024-08
      June‒August 2024               | 2024-06/2024-08
      from 2024–2025                 | 2024/2025
      # An end takes the other's year unless it would lie wholly on the wrong side of it.
      June 15 to June 2025           | 2025-06-15/2025-06-30
      June 15 to June                | 2025-06-15/2025-06-30
      February 22 to late February 2024 | 2024-02-22/2024-02-29
      # ... or fall on a February 29 the year lacks.
      December 2023 to February 29   | 2023-12/2024-02-29
      February 29 to January 2025    | 2024-02-29/2025-01
      # Years by their last two digits after a dash, and winters written with spaces.
      2024–25                        | 2024/2025
      2019–22                        | 2019/2022
      1999–00                        | 1999/2000
      1998–02                        | 1998/2002
      1990–00                        | 1990/2000
      2024 – 15 June 2025            | 2024-01-01/2025-06-15
      winter 2024 - 2025             | 2024-12/2025-02
      winter 2024 – 25               | 2024-12/2025-02
      2024/25                        | 2024/2025
      in 2023/24                     | 2023/2024
      1999/00                        | 1999/2000
      winter 2024/25                 | 2024-12/2025-02
      # Days of one month.
      June 15–20, 2025               | 2025-06-15/2025-06-20
      June 15-20 2024                | 2024-06-15/2024-06-20
      June 3 to 10                   | 2025-06-03/2025-06-10
      June 10th to 17th              | 2025-06-10/2025-06-17
      June 15, 2024 to 20            | 2024-06-15/2024-06-20
      February 20–29, 2024           | 2024-02-20/2024-02-29
      15–20 June 2025                | 2025-06-15/2025-06-20
      15 to 20 June                  | 2025-06-15/2025-06-20
      10th–17th of June 2024         | 2024-06-10/2024-06-17
      the 15th to the 20th of June   | 2025-06-15/2025-06-20
      from the 15th to the 20th of June 2025 | 2025-06-15/2025-06-20
      between the 1st and the 3rd of June 2024 | 2024-06-01/2024-06-03
      # ISO ends.
      2025-06-01 to 2025-08-31       | 2025-06-01/2025-08-31
      from 2025-06-01 to 2025-08-31  | 2025-06-01/2025-08-31
      between 2025-06 and 2025-08    | 2025-06/2025-08
      June 2025 to 2025-08-15        | 2025-06-01/2025-08-15
      June 2024 to 2025              | 2024-06/2025-12
      """)
  void readsThePhrase(String phrase, String expected) {
    assertThat(ENGLISH.parse(phrase, REFERENCE)).isEqualTo(TimeSpan.parse(expected));
  }

  @Test
  void aRangeWithoutAYearFailsWhenNoneStartsByTheReferenceDate() {
    assertThatThrownBy(() -> ENGLISH.parse("February to March", LocalDate.of(0, 1, 15)))
        .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isZero())
        .hasMessageEndingWith(
            "'February to March' has no time on or before the reference date 0000-01-15");
  }

  @Test
  void aFormWithoutAYearIsTheLatestThatStartsByTheReferenceDate() {
    LocalDate newYearsDay = LocalDate.of(2025, 1, 1);

    assertThat(ENGLISH.parse("December", newYearsDay)).isEqualTo(TimeSpan.parse("2024-12"));
    assertThat(ENGLISH.parse("January", newYearsDay)).isEqualTo(TimeSpan.parse("2025-01"));
    assertThat(ENGLISH.parse("winter", newYearsDay))
        .isEqualTo(TimeSpan.parse("2024-12/2025-02"));
    assertThat(ENGLISH.parse("late winter", newYearsDay)).isEqualTo(TimeSpan.parse("2024-02"));
  }

  @ParameterizedTest(name = "{0} fails at {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                      | 0  | expected a date, month, season or year
      soon                    | 0  | expected a date, month, season or year
      in                      | 2  | expected a date, month, season or year
      June 31                 | 5  | june has no day 31
      June 15 2025 troops     | 13 | unexpected 'troops' after the time
      15 troops               | 3  | expected a month after day 15
      June of                 | 7  | expected a year after 'of'
      winter 2024-26          | 12 | winter 2024 ends in 2025, not 26
      early                   | 5  | expected a year, season or month after 'early'
      early June 15           | 6  | 'early' needs a month, not a day
      the fifth quarter       | 4  | expected a date, month, season or year
      Q5 2025                 | 0  | expected a date, month, season or year
      H3 2025                 | 0  | a year has no H3 half
      February 29, 2025       | 0  | february 29 is not a day of 2025
      first week of 2025      | 6  | expected 'half' or 'quarter' after 'first'
      this day                | 5  | expected week, month or year after 'this'
      last summer             | 5  | expected week, month, year, a day of the week or a number of days, weeks, months or years after 'last'
      last 1.5 months         | 5  | expected a whole number from 1 to 10000, not 1.5
      last three fortnights   | 11 | expected days, weeks, months or years
      a few days ago          | 0  | expected a whole number from 1 to 10000, not a few
      several days ago        | 0  | expected a whole number from 1 to 10000, not several
      about three days ago    | 0  | expected a whole number from 1 to 10000, not about three
      an hour ago             | 3  | expected days, weeks, months or years before 'ago'
      hundreds of years ago   | 0  | expected a whole number from 1 to 10000, not hundreds of
      1.5 years ago           | 0  | expected a whole number from 1 to 10000, not 1.5
      0 days ago              | 0  | expected a whole number from 1 to 10000, not 0
      three fortnights ago    | 6  | expected days, weeks, months or years before 'ago'
      three days later ago    | 11 | expected days, weeks, months or years before 'ago'
      ago                     | 0  | expected a number of days, weeks, months or years before 'ago'
      days ago                | 0  | expected a number of days, weeks, months or years before 'ago'
      three days ago..        | 14 | unexpected '.' after the time
      June 2025,.             | 9  | unexpected ',' after the time
      three days ago today    | 15 | unexpected 'today' after the time
      since 2026              | 6  | 'since' needs a time that starts on or before the reference date 2025-06-17, not 2026
      2025-13                 | 0  | '2025-13' is not a month
      in 2025-06-15 or so     | 14 | unexpected 'or' after the time
      from June               | 9  | expected 'to' after 'June'
      between June or August  | 13 | expected 'and' after 'June'
      June to                 | 7  | expected a date, month, season or year
      between June to August  | 13 | expected 'and' after 'June'
      2025 to 2024            | 8  | the range runs backwards: 2024 ends before 2025
      late last week          | 5  | expected a year, season or month after 'late'
      earlier                 | 0  | expected a date, month, season or year
      Thursday, June 10, 2025 | 10 | 2025-06-10 is a tuesday, not a thursday
      Tuesday, June 2025      | 9  | expected one day after 'Tuesday', not 2025-06
      so far                  | 6  | expected 'this' after 'so far'
      the past 0 hours        | 9  | expected a whole number from 1 to 10000, not 0
      3 hours ago             | 2  | expected days, weeks, months or years before 'ago'
      Q3-2024                 | 3  | 'Q3' without a year is joined to the year 2024: write 'Q3 2024' for one time, or a year at both ends of a range
      June–2025               | 5  | 'June' without a year is joined to the year 2025: write 'June 2025' for one time, or a year at both ends of a range
      from mid-June to 2025   | 17 | 'mid-June' without a year is joined to the year 2025: write 'mid-June 2025' for one time, or a year at both ends of a range
      summer to June          | 10 | the range runs backwards: 2025-06 ends before 2025-06/2025-08
      since June to August 2024 | 6 | 'since' needs one time, not a range
      winter 2024 - 2026      | 14 | winter 2024 ends in 2025, not 2026
      June 15–12              | 8  | the range runs backwards: day 12 is before day 15
      June 15 to 31           | 11 | june has no day 31
      20–15 June 2025         | 3  | the range runs backwards: day 15 is before day 20
      31–30 June              | 0  | june has no day 31
      15–20                   | 5  | expected a month after day 20
      15–June                 | 3  | expected a day and its month after '–'
      February 20–29, 2025    | 12 | february 29 is not a day of 2025
      2024-25                 | 0  | '2024-25' is not a month; for the years 2024 to 2025 write 2024–25 with an en dash, or 2024 to 2025
      2019-22                 | 0  | '2019-22' is not a month; for the years 2019 to 2022 write 2019–22 with an en dash, or 2019 to 2022
      2025-00                 | 0  | '2025-00' is not a month
      2024/12                 | 0  | '2024/12' is not a pair of years: after a slash, two digits name the next year (2024/25); write 2024-12 for a month
      2024/23                 | 0  | '2024/23' is not a pair of years: after a slash, two digits name the next year (2024/25)
      2099/01                 | 0  | '2099/01' is not a pair of years: after a slash, two digits name the next year (2099/00); write 2099-01 for a month
      2024–12                 | 0  | '2024–12' is not a pair of years: after a dash, two digits name a later year of the same century (2024–25), or across a century one at most 10 years on; write 2024-12 for a month, or 2024–2112 for the years 2024 to 2112
      2024 - 12               | 0  | '2024 - 12' is not a pair of years: after a dash, two digits name a later year of the same century (2024-25), or across a century one at most 10 years on; write 2024-12 for a month, or 2024-2112 for the years 2024 to 2112
      2024–23                 | 0  | '2024–23' is not a pair of years: after a dash, two digits name a later year of the same century (2024–25), or across a century one at most 10 years on; write 2024–2123 for the years 2024 to 2123
      2024—24                 | 0  | '2024—24' is not a pair of years: after a dash, two digits name a later year of the same century (2024—25), or across a century one at most 10 years on; write 2024 for one year
      1995–12                 | 0  | '1995–12' is not a pair of years: after a dash, two digits name a later year of the same century (1995–96), or across a century one at most 10 years on; write 1995-12 for a month, or 1995–2012 for the years 1995 to 2012
      from 2024–12            | 5  | '2024–12' is not a pair of years: after a dash, two digits name a later year of the same century (2024–25), or across a century one at most 10 years on; write 2024-12 for a month, or 2024–2112 for the years 2024 to 2112
      1999-00                 | 0  | '1999-00' is not a month; for the years 1999 to 2000 write 1999–00 with an en dash, or 1999 to 2000
      Feb 29 to March 5, 2023 | 0  | february 29 is a day of neither 2022 nor 2023
      March 5, 2022 to Feb 29 | 17 | february 29 is a day of neither 2022 nor 2023
      Dec 1, 2022 to Feb 29   | 15 | february 29 is a day of neither 2022 nor 2023
      March 5 to Feb 29, 2023 | 11 | february 29 is not a day of 2023
      Feb 29, 2023 to March 5 | 0  | february 29 is not a day of 2023
      29 February 2100        | 0  | february 29 is not a day of 2100
      Feb 29 to Feb 10, 2024  | 10 | the range runs backwards: 2024-02-10 ends before 2024-02-29
      """)
  void failsWithTheProblemAndWhereItIs(String text, int index, String problem) {
    assertThatThrownBy(() -> ENGLISH.parse(text, REFERENCE))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.text()).isEqualTo(text);
        })
        .hasMessage("cannot read '" + text + "' at index " + index + ": " + problem);
  }

  @Test
  void reportsAnIsoErrorAtItsPlaceInTheWholeText() {
    assertThatThrownBy(() -> ENGLISH.parse("in 2025-13", REFERENCE))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.index()).isEqualTo(3);
          assertThat(e.text()).isEqualTo("in 2025-13");
        });
  }

  @Test
  void failsWhenNoSuchTimeLiesOnOrBeforeTheReferenceDate() {
    LocalDate yearZero = LocalDate.of(0, 6, 1);

    assertThatThrownBy(() -> ENGLISH.parse("in November", yearZero))
        .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isEqualTo(3))
        .hasMessageEndingWith(": 'November' has no time on or before the reference date 0000-06-01");
  }

  @ParameterizedTest(name = "{0} on {1} fails at {2}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      winter 9999 | 2025-06-17 | 0 | end +10000-02-29 is outside the years 0000 to 9999
      this week   | 9999-12-31 | 5 | end +10000-01-02 is outside the years 0000 to 9999
      since 2025  | +10000-01-01 | 6 | end +10000-01-01 is outside the years 0000 to 9999
      10000 years ago | 2025-06-17 | 0 | start -7975-01-01 is outside the years 0000 to 9999
      9999–00     | 2025-06-17 | 5 | start +10000-01-01 is outside the years 0000 to 9999
      """)
  void failsOnASpanOutsideTheYearsATimeSpanHolds(
      String text, LocalDate reference, int index, String problem) {
    assertThatThrownBy(() -> ENGLISH.parse(text, reference))
        .isInstanceOfSatisfying(TextParseException.class,
            e -> assertThat(e.index()).isEqualTo(index))
        .hasMessageEndingWith(": " + problem);
  }

  @Test
  void nullArgumentsAreRefused() {
    assertThatThrownBy(() -> ENGLISH.parse(null, REFERENCE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> ENGLISH.parse("2025", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referenceDate");
  }

  @Test
  void refusesTextLongerThanTheLimitAtTheLimit() {
    String text = "2025" + " ".repeat(TimeSpanParser.MAX_LENGTH);

    assertThatThrownBy(() -> ENGLISH.parse(text, REFERENCE))
        .isInstanceOfSatisfying(TextParseException.class,
            e -> assertThat(e.index()).isEqualTo(TimeSpanParser.MAX_LENGTH))
        .hasMessageEndingWith(": text has 1004 characters, more than the limit of 1000");
  }
}
