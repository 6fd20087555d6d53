package dev.consilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import dev.consilience.text.TextParseException;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RangeTest {
  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static Stream<Arguments> factories() {
    return Stream.of(
        Arguments.of(Range.closed(3800, 4000), "[3800, 4000]", "3800", true, "4000", true),
        Arguments.of(Range.closed(d("1.50"), d("2")), "[1.50, 2]", "1.50", true, "2", true),
        Arguments.of(Range.open(1, 2), "(1, 2)", "1", false, "2", false),
        Arguments.of(Range.open(d("1"), d("2")), "(1, 2)", "1", false, "2", false),
        Arguments.of(Range.closedOpen(1, 2), "[1, 2)", "1", true, "2", false),
        Arguments.of(Range.closedOpen(d("1"), d("2")), "[1, 2)", "1", true, "2", false),
        Arguments.of(Range.openClosed(1, 2), "(1, 2]", "1", false, "2", true),
        Arguments.of(Range.openClosed(d("1"), d("2")), "(1, 2]", "1", false, "2", true),
        Arguments.of(Range.atLeast(6000), "[6000, +∞)", "6000", true, null, false),
        Arguments.of(Range.atLeast(d("6000")), "[6000, +∞)", "6000", true, null, false),
        Arguments.of(Range.greaterThan(6000), "(6000, +∞)", "6000", false, null, false),
        Arguments.of(Range.greaterThan(d("6000.0")), "(6000.0, +∞)", "6000.0", false, null, false),
        Arguments.of(Range.atMost(2000), "(-∞, 2000]", null, false, "2000", true),
        Arguments.of(Range.atMost(d("2000")), "(-∞, 2000]", null, false, "2000", true),
        Arguments.of(Range.lessThan(-5), "(-∞, -5)", null, false, "-5", false),
        Arguments.of(Range.lessThan(d("-5")), "(-∞, -5)", null, false, "-5", false),
        Arguments.of(Range.singleton(7), "[7, 7]", "7", true, "7", true),
        Arguments.of(Range.singleton(d("0.000")), "[0.000, 0.000]", "0.000", true, "0.000", true),
        Arguments.of(Range.all(), "(-∞, +∞)", null, false, null, false));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("factories")
  void factoryBuildsTheEndsItNames(
      Range range, String text, String lower, boolean lowerInclusive, String upper,
      boolean upperInclusive) {
    assertThat(range.toString()).isEqualTo(text);
    assertThat(range.lower().map(Bound::value).map(BigDecimal::toString))
        .isEqualTo(Optional.ofNullable(lower));
    assertThat(range.lower().map(Bound::inclusive)).isEqualTo(
        lower == null ? Optional.empty() : Optional.of(lowerInclusive));
    assertThat(range.upper().map(Bound::value).map(BigDecimal::toString))
        .isEqualTo(Optional.ofNullable(upper));
    assertThat(range.upper().map(Bound::inclusive)).isEqualTo(
        upper == null ? Optional.empty() : Optional.of(upperInclusive));
    assertThat(Range.parse(text)).isEqualTo(range);
    assertThat(Range.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void invertedRangeIsRejectedWithBothValues() {
    assertThatThrownBy(() -> Range.closed(5, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower bound 5 is above upper bound 3");
    assertThatThrownBy(() -> Range.closed(d("5.0"), d("3.25")))
        .hasMessage("lower bound 5.0 is above upper bound 3.25");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "open;(5, 5)", "closedOpen;[5, 5)", "openClosed;(5, 5]"})
  void rangeWithEqualEndsThatExcludesOneIsEmpty(String factory, String text) {
    BigDecimal five = BigDecimal.valueOf(5);
    assertThatThrownBy(() -> {
      switch (factory) {
        case "open": Range.open(five, five); break;
        case "closedOpen": Range.closedOpen(five, five); break;
        default: Range.openClosed(five, five); break;
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessage("range " + text + " is empty");
  }

  @Test
  void nullValuesAreRejectedWithTheirName() {
    assertThatThrownBy(() -> Range.closed(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("value");
    assertThatThrownBy(() -> Range.of(null, Optional.empty()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("lower");
    assertThatThrownBy(() -> Range.all().contains(null))
        .isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void equalityIsNumericAndKeepsTheScaleForPrinting() {
    new EqualsTester()
        .addEqualityGroup(Range.atLeast(6000), Range.atLeast(d("6000.0")), Range.atLeast(d("6E+3")))
        .addEqualityGroup(Range.greaterThan(6000))
        .addEqualityGroup(Range.closed(0, 1), Range.closed(d("0.00"), d("1.0")))
        .addEqualityGroup(Range.closedOpen(0, 1))
        .addEqualityGroup(Range.all())
        .testEquals();
    assertThat(Range.atLeast(d("6000.0")).toString()).isEqualTo("[6000.0, +∞)");
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "[1, 2];1;true", "[1, 2];2;true", "[1, 2];1.5;true", "[1, 2];0.999;false",
      "(1, 2);1;false", "(1, 2);2;false", "(1, 2);1.0001;true",
      "(-∞, 2];-1e9;true", "(-∞, 2);2;false", "[3, +∞);3.00;true", "(3, +∞);3.00;false",
      "(-∞, +∞);0;true", "[0, 0];0.000;true"})
  void containsRespectsOpenAndClosedEnds(String range, String value, boolean expected) {
    assertThat(Range.parse(range).contains(d(value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} ∩ {1} = {2}")
  @CsvSource(delimiter = ';', value = {
      "[8, 12];[11, 13];[11, 12]",
      "[0, 5];[5, 10];[5, 5]",
      "[0, 5];(5, 10];none",
      "[0, 5);[5, 10];none",
      "(-∞, 5];[3, +∞);[3, 5]",
      "(6000, +∞);[3420, +∞);(6000, +∞)",
      "[1, 2];[3, 4];none",
      "(-∞, +∞);(1, 2];(1, 2]",
      "[1, 3];(1, 3);(1, 3)"})
  void intersectionKeepsTheTighterEnds(String a, String b, String expected) {
    Optional<Range> result = Range.parse(a).intersection(Range.parse(b));
    if (expected.equals("none")) {
      assertThat(result).isEmpty();
      assertThat(Range.parse(a).overlaps(Range.parse(b))).isFalse();
    } else {
      assertThat(result).contains(Range.parse(expected));
      assertThat(Range.parse(a).overlaps(Range.parse(b))).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} span {1} = {2}")
  @CsvSource(delimiter = ';', value = {
      "[1, 2];[3, 4];[1, 4]", "(1, 2];[1, 4);[1, 4)", "(-∞, 0);[5, 6];(-∞, 6]",
      "[0, 1];(0, +∞);[0, +∞)"})
  void spanCoversBothAndTheGap(String a, String b, String expected) {
    assertThat(Range.parse(a).span(Range.parse(b))).isEqualTo(Range.parse(expected));
  }

  @ParameterizedTest(name = "{0} encloses {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "[1, 4];[2, 3];true", "[1, 4];[1, 4];true", "(1, 4];[1, 4];false", "[1, 4];(1, 4);true",
      "(-∞, +∞);[5, +∞);true", "[0, +∞);(-∞, 0];false", "[1, 4];[2, 5];false"})
  void enclosesComparesEndsWithTheirInclusion(String a, String b, boolean expected) {
    assertThat(Range.parse(a).encloses(Range.parse(b))).isEqualTo(expected);
  }

  @Test
  void widthAndMidpointAreExactAndOnlyForBoundedRanges() {
    assertThat(Range.closed(3800, 4000).width()).contains(d("200"));
    assertThat(Range.closed(3800, 4000).midpoint()).contains(d("3900"));
    assertThat(Range.closed(1, 2).midpoint()).contains(d("1.5"));
    assertThat(Range.closed(d("0.01"), d("0.02")).midpoint()).contains(d("0.015"));
    assertThat(Range.greaterThan(6000).width()).isEmpty();
    assertThat(Range.atMost(1).midpoint()).isEmpty();
    assertThat(Range.singleton(7).width()).contains(BigDecimal.ZERO);
  }

  @Test
  void boundedAndSingletonAreRecognised() {
    assertThat(Range.closed(1, 2).isBounded()).isTrue();
    assertThat(Range.atLeast(1).isBounded()).isFalse();
    assertThat(Range.singleton(3).isSingleton()).isTrue();
    assertThat(Range.closed(d("3"), d("3.00")).isSingleton()).isTrue();
    assertThat(Range.closed(3, 4).isSingleton()).isFalse();
    assertThat(Range.all().isSingleton()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "(-inf, 5];(-∞, 5]", "[5, inf);[5, +∞)", "(-INF,+Inf);(-∞, +∞)", " [ 1 ,2 ] ;[1, 2]",
      "(∞, 0];(-∞, 0]", "[1e3, 2E+3];[1000, 2000]", "(-1.50, -0.5);(-1.50, -0.5)"})
  void parseAcceptsInfinityWordsAndSpaces(String text, String canonical) {
    assertThat(Range.parse(text)).isEqualTo(Range.parse(canonical));
  }

  @ParameterizedTest(name = "{0} -> index {1}: {2}")
  @CsvSource(delimiter = ';', value = {
      "'';0;expected '[' or '('",
      "1, 2];0;expected '[' or '('",
      "[1 2];3;expected ','",
      "[1, 2;5;expected ']' or ')'",
      "[, 2];1;expected a number or an infinity",
      "[1.2.3, 4];1;'1.2.3' is not a number",
      "[-∞, 4];0;an infinite lower end must be open: use '('",
      "(1, +∞];6;an infinite upper end must be open: use ')'",
      "(+∞, 4);1;the lower end cannot be +∞",
      "(1, -inf);4;the upper end cannot be -∞",
      "[1, 2] x;7;unexpected text after the range",
      "[5, 3];4;lower bound 5 is above upper bound 3",
      "(5, 5);1;range (5, 5) is empty"})
  void parseReportsWhatIsWrongAndWhere(String text, int index, String problem) {
    assertThatThrownBy(() -> Range.parse(text))
        .isInstanceOfSatisfying(TextParseException.class, e -> {
          assertThat(e.text()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.getMessage())
              .isEqualTo("cannot read '" + text + "' at index " + index + ": " + problem);
        });
  }

  @Test
  void hugeNumbersAreRefusedBeforeAnyArithmetic() {
    assertThatThrownBy(() -> Range.parse("[1e999999999, +∞)"))
        .isInstanceOf(TextParseException.class)
        .hasMessageContaining("has scale -999999999, beyond ±9999");
    String digits = "1".repeat(1_001);
    assertThatThrownBy(() -> Range.atLeast(new BigDecimal(digits)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bound value has 1001 digits, more than 1000");
  }
}
