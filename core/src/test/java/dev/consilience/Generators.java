package dev.consilience;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.quicktheories.core.Gen;

/**
 * Generators for model properties. Values come mostly from a small pool written at varied scales
 * so that equal ends, equal values of different scale, zero and negative numbers occur often;
 * some are huge, with large positive or negative scales.
 */
final class Generators {
  private Generators() {}

  /** A decimal: usually small with scale 0 to 3 (so that equal values recur), sometimes extreme. */
  static Gen<BigDecimal> decimals() {
    Gen<Integer> kind = integers().between(0, 9);
    Gen<Integer> small = integers().between(-6, 6);
    Gen<Integer> smallScale = integers().between(0, 3);
    Gen<Long> big = longs().all();
    Gen<Integer> bigScale = integers().between(-20, 20);
    return in -> {
      if (kind.generate(in) < 8) {
        // k scaled up by 10^s and then down by s: the same number written with s decimals.
        int scale = smallScale.generate(in);
        return BigDecimal.valueOf(small.generate(in)).setScale(scale);
      }
      return BigDecimal.valueOf(big.generate(in), bigScale.generate(in));
    };
  }

  /** An optional bound: absent, inclusive or exclusive. */
  private static Optional<Bound> bound(int kind, BigDecimal value) {
    return kind == 0 ? Optional.empty() : Optional.of(Bound.of(value, kind == 1));
  }

  /** Any non-empty range, with every kind of end. */
  static Gen<Range> ranges() {
    Gen<BigDecimal> values = decimals();
    Gen<Integer> endKind = integers().between(0, 2);
    return in -> {
      BigDecimal a = values.generate(in);
      BigDecimal b = values.generate(in);
      BigDecimal lower = a.compareTo(b) <= 0 ? a : b;
      BigDecimal upper = a.compareTo(b) <= 0 ? b : a;
      int lowerKind = endKind.generate(in);
      int upperKind = endKind.generate(in);
      if (lower.compareTo(upper) == 0 && lowerKind != 0 && upperKind != 0) {
        lowerKind = 1; // equal finite ends make a singleton
        upperKind = 1;
      }
      return Range.of(bound(lowerKind, lower), bound(upperKind, upper));
    };
  }

  /** A span of days in years 1990 to 2030, often a whole month or year. */
  static Gen<TimeSpan> timeSpans() {
    Gen<Integer> shape = integers().between(0, 5);
    Gen<Integer> days = integers().between(0, 40 * 365);
    Gen<Integer> length = integers().between(0, 800);
    Gen<Integer> years = integers().between(1990, 2030);
    Gen<Integer> months = integers().between(1, 12);
    return in -> {
      switch (shape.generate(in)) {
        case 0:
          return TimeSpan.of(java.time.Year.of(years.generate(in)));
        case 1:
          return TimeSpan.of(java.time.YearMonth.of(years.generate(in), months.generate(in)));
        case 2: {
          java.time.YearMonth from = java.time.YearMonth.of(years.generate(in), months.generate(in));
          return TimeSpan.between(
              from.atDay(1), from.plusMonths(length.generate(in) / 30).atEndOfMonth());
        }
        case 3: {
          int from = years.generate(in);
          return TimeSpan.between(
              LocalDate.of(from, 1, 1), LocalDate.of(from + length.generate(in) / 200, 12, 31));
        }
        default: {
          LocalDate start = LocalDate.of(1990, 1, 1).plusDays(days.generate(in));
          return TimeSpan.between(start, start.plusDays(length.generate(in)));
        }
      }
    };
  }
}
