package dev.consilience;

import static dev.consilience.Generators.timeSpans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import dev.consilience.text.TextParseException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpanTest {

  @Test
  void ofDayIsOneDay() {
    TimeSpan span = TimeSpan.of(LocalDate.of(2025, 6, 15));
    assertThat(span.start()).isEqualTo(LocalDate.of(2025, 6, 15));
    assertThat(span.end()).isEqualTo(LocalDate.of(2025, 6, 15));
    assertThat(span).hasToString("2025-06-15");
  }

  @Test
  void ofMonthRunsFromFirstToLastDay() {
    TimeSpan span = TimeSpan.of(YearMonth.of(2024, 2));
    assertThat(span.start()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(span.end()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(span).hasToString("2024-02");
  }

  @Test
  void ofYearRunsFromFirstOfJanuaryToLastOfDecember() {
    TimeSpan span = TimeSpan.of(Year.of(2025));
    assertThat(span.start()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(span.end()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(span).hasToString("2025");
  }

  @Test
  void betweenIncludesBothEnds() {
    TimeSpan span = TimeSpan.between(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 3));
    assertThat(span.contains(LocalDate.of(2025, 1, 10))).isTrue();
    assertThat(span.contains(LocalDate.of(2025, 2, 3))).isTrue();
    assertThat(span.contains(LocalDate.of(2025, 2, 4))).isFalse();
    assertThat(span.contains(LocalDate.of(2025, 1, 9))).isFalse();
    assertThat(span).hasToString("2025-01-10/2025-02-03");
  }

  @Test
  void invertedSpanIsRejectedWithBothDates() {
    assertThatThrownBy(() -> TimeSpan.between(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start 2025-06-15 is after end 2025-06-01");
  }

  @Test
  void yearsOutsideFourDigitsAreRejected() {
    assertThatThrownBy(() -> TimeSpan.of(Year.of(10_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("start +10000-01-01 is outside the years 0000 to 9999");
    assertThatThrownBy(() -> TimeSpan.of(LocalDate.of(-1, 1, 1)))
        .hasMessage("start -0001-01-01 is outside the years 0000 to 9999");
  }

  @Test
  void nullsAreRejectedWithTheirName() {
    assertThatThrownBy(() -> TimeSpan.between(null, LocalDate.of(2025, 1, 1)))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> TimeSpan.between(LocalDate.of(2025, 1, 1), null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("end");
  }

  @ParameterizedTest(name = "{0} = {1}..{2}, printed {3}")
  @CsvSource(delimiter = ';', value = {
      "2025-06-15;2025-06-15;2025-06-15;2025-06-15",
      "2025-06;2025-06-01;2025-06-30;2025-06",
      "2025;2025-01-01;2025-12-31;2025",
      "2025-01/2025-04;2025-01-01;2025-04-30;2025-01/2025-04",
      "2025-01-01/2025-04-30;2025-01-01;2025-04-30;2025-01/2025-04",
      "2024/2025;2024-01-01;2025-12-31;2024/2025",
      "2024/2025-03;2024-01-01;2025-03-31;2024-01/2025-03",
      "2025-01-01/2025-12-31;2025-01-01;2025-12-31;2025",
      "2025-06-01/2025-06-30;2025-06-01;2025-06-30;2025-06",
      "2025-06-02/2025-06;2025-06-02;2025-06-30;2025-06-02/2025-06-30",
      "0000;0000-01-01;0000-12-31;0000",
      "0007-03;0007-03-01;0007-03-31;0007-03",
      "0099/0999;0099-01-01;0999-12-31;0099/0999",
      "0999-12-31;0999-12-31;0999-12-31;0999-12-31",
      "9999-09/9999-10;9999-09-01;9999-10-31;9999-09/9999-10",
      "2024-02-29;2024-02-29;2024-02-29;2024-02-29"})
  void parseReadsIsoDatesAndIntervalsAtEveryPrecision(
      String text, LocalDate start, LocalDate end, String printed) {
    TimeSpan span = TimeSpan.parse(text);
    assertThat(span.start()).isEqualTo(start);
    assertThat(span.end()).isEqualTo(end);
    assertThat(span).hasToString(printed);
  }

  @ParameterizedTest(name = "{0} -> index {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "'';0;expected 4 digits of the year",
      "25;0;expected 4 digits of the year",
      "2025-6;5;expected 2 digits of the month",
      "2025-06-1;8;expected 2 digits of the day",
      "2025/06;5;expected 4 digits of the year",
      "2025-13;5;month 13 is not between 01 and 12",
      "2025-00;5;month 00 is not between 01 and 12",
      "2025-00/2025-03;5;month 00 is not between 01 and 12",
      "2025-01-00/2025-03;8;day 00 is not a day of 2025-01",
      "2025-00-15/2025-03;5;month 00 is not between 01 and 12",
      "2025-01/2025-03-00;16;day 00 is not a day of 2025-03",
      "2025-02-30;8;day 30 is not a day of 2025-02",
      "2024-02-30;8;day 30 is not a day of 2024-02",
      "2023-02-29;8;day 29 is not a day of 2023-02",
      "2025-06-31/2025-07;8;day 31 is not a day of 2025-06",
      "2025-01/2025-99;13;month 99 is not between 01 and 12",
      "2025-06-15x;10;unexpected text after the date",
      "2025.06;4;expected '-' or the end of the date",
      "2025-06/2025-05;8;start 2025-06-01 is after end 2025-05-31",
      "'2025-06 ';7;expected '-' or the end of the date",
      "2025-06-15/2025-06-16/2025;21;unexpected text after the date"})
  void parseReportsWhatIsWrongAndWhere(String text, int index, String problem) {
    assertThatThrownBy(() -> TimeSpan.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.getMessage())
              .isEqualTo("cannot read '" + text + "' at index " + index + ": " + problem);
        });
  }

  @Test
  void isBeforeAndIsAfterNeedAGap() {
    TimeSpan early = TimeSpan.parse("2025-01/2025-04");
    TimeSpan june15 = TimeSpan.parse("2025-06-15");
    TimeSpan year = TimeSpan.parse("2025");
    assertThat(early.isBefore(june15)).isTrue();
    assertThat(june15.isAfter(early)).isTrue();
    assertThat(june15.isBefore(early)).isFalse();
    assertThat(early.isBefore(year)).isFalse();
    assertThat(year.overlaps(june15)).isTrue();
    assertThat(early.overlaps(june15)).isFalse();
    assertThat(TimeSpan.parse("2025-04-30").isBefore(TimeSpan.parse("2025-05-01"))).isTrue();
    assertThat(TimeSpan.parse("2025-04-30").overlaps(TimeSpan.parse("2025-04"))).isTrue();
  }

  @Test
  void equalityIsByStartAndEnd() {
    new EqualsTester()
        .addEqualityGroup(TimeSpan.parse("2025"), TimeSpan.parse("2025-01-01/2025-12-31"),
            TimeSpan.of(Year.of(2025)))
        .addEqualityGroup(TimeSpan.parse("2025-06"), TimeSpan.of(YearMonth.of(2025, 6)))
        .addEqualityGroup(TimeSpan.parse("2025-06-15"))
        .testEquals();
  }

  @Test
  void parseReadsWhatToStringPrints() {
    qt().forAll(timeSpans()).check(span -> TimeSpan.parse(span.toString()).equals(span)
        && TimeSpan.parse(span.toString()).toString().equals(span.toString()));
  }

  @Test
  void overlapsIsSymmetricAndExcludesBeforeAndAfter() {
    qt().forAll(timeSpans(), timeSpans()).check((a, b) ->
        a.overlaps(b) == b.overlaps(a)
            && a.overlaps(b) == !(a.isBefore(b) || a.isAfter(b))
            && a.isBefore(b) == b.isAfter(a));
  }

  @Test
  void betweenKeepsTheDaysItIsGivenWhateverWasMadeBefore() {
    // Many spans, so that recently made ones are displaced and slots are shared.
    qt().withExamples(20_000).forAll(timeSpans()).check(span -> {
      TimeSpan again = TimeSpan.between(span.start(), span.end());
      return again.start().equals(span.start()) && again.end().equals(span.end());
    });
  }

  @Test
  void theSameDaysGiveTheSameInstanceWhenMadeOneAfterTheOther() {
    TimeSpan first = TimeSpan.of(LocalDate.of(2025, 6, 15));
    assertThat(TimeSpan.between(LocalDate.of(2025, 6, 15), LocalDate.of(2025, 6, 15)))
        .isSameAs(first);
    assertThat(TimeSpan.of(YearMonth.of(2025, 6))).isNotSameAs(first);
  }

  @Test
  void textThatFailedToParseStillFailsAfterValidTextWasRead() {
    TimeSpan.parse("2025-06-15");
    assertThatThrownBy(() -> TimeSpan.parse("2025-06-15x"))
        .isInstanceOf(TextParseException.class).hasMessageContaining("unexpected text");
    assertThat(TimeSpan.parse("2025-06-15")).isSameAs(TimeSpan.parse("2025-06-15"));
  }
}
