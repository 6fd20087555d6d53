package dev.consilience.jackson;

import static org.quicktheories.generators.SourceDSL.strings;

import dev.consilience.Bound;
import dev.consilience.Claim;
import dev.consilience.Credibility;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Relay;
import dev.consilience.RelayKind;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.SourceKind;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every model type, reaching the edges: unbounded and open ends,
 * equal ends, zero, negative numbers, scales from -9999 to 9999 and a thousand digits, every enum
 * value, empty and long relay chains, text that needs escaping.
 */
final class Generators {
  private static final Gen<String> TEXT = strings().betweenCodePoints(0x01, 0xD7FF)
      .ofLengthBetween(0, 12);
  private static final Gen<String> CODE = strings().betweenCodePoints(0x21, 0x7E)
      .ofLengthBetween(1, 8);
  private static final Gen<Integer> PERCENT = Generate.range(0, 99);

  private Generators() {}

  /** Numbers of every sign and scale, most of them ordinary. */
  static Gen<BigDecimal> numbers() {
    return in -> {
      int kind = PERCENT.generate(in);
      if (kind < 70) {
        long unscaled = Generate.longRange(-1_000_000_000L, 1_000_000_000L).generate(in);
        return BigDecimal.valueOf(unscaled, Generate.range(-6, 12).generate(in));
      }
      if (kind < 80) {
        return BigDecimal.valueOf(0, Generate.range(-3, 5).generate(in));
      }
      if (kind < 90) {
        // An extreme scale: plain notation would be too long for a parser's number limit.
        int scale = Generate.range(-Bound.MAX_SCALE, Bound.MAX_SCALE).generate(in);
        return BigDecimal.valueOf(Generate.longRange(-999, 999).generate(in), scale);
      }
      // Many digits, up to the model's limit.
      int digits = Generate.range(19, Bound.MAX_PRECISION).generate(in);
      StringBuilder text = new StringBuilder().append(Generate.range(1, 9).generate(in));
      for (int i = 1; i < digits; i++) {
        text.append((char) ('0' + Generate.range(0, 9).generate(in)));
      }
      BigInteger unscaled = new BigInteger(text.toString());
      return new BigDecimal(
          PERCENT.generate(in) < 50 ? unscaled : unscaled.negate(),
          Generate.range(-20, 40).generate(in));
    };
  }

  /** Ranges of every shape: unbounded, half-bounded, open, closed, singletons. */
  static Gen<Range> ranges() {
    return in -> {
      BigDecimal a = numbers().generate(in);
      BigDecimal b = PERCENT.generate(in) < 10 ? a : numbers().generate(in);
      BigDecimal low = a.compareTo(b) <= 0 ? a : b;
      BigDecimal high = low == a ? b : a;
      int lowerShape = Generate.range(0, 2).generate(in);
      int upperShape = Generate.range(0, 2).generate(in);
      boolean equal = low.compareTo(high) == 0;
      Optional<Bound> lower = lowerShape == 0 ? Optional.empty()
          : Optional.of(Bound.of(low, lowerShape == 1 || equal));
      Optional<Bound> upper = upperShape == 0 ? Optional.empty()
          : Optional.of(Bound.of(high, upperShape == 1 || equal));
      return Range.of(lower, upper);
    };
  }

  static Gen<TimeSpan> timeSpans() {
    return in -> {
      LocalDate start = LocalDate.ofEpochDay(Generate.longRange(
          LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
          .generate(in));
      int shape = Generate.range(0, 3).generate(in);
      if (shape == 0) {
        return TimeSpan.of(start);
      }
      if (shape == 1) {
        return TimeSpan.of(java.time.YearMonth.from(start));
      }
      if (shape == 2) {
        return TimeSpan.of(java.time.Year.from(start));
      }
      LocalDate end = start.plusDays(Generate.range(0, 800).generate(in));
      return TimeSpan.between(start,
          end.getYear() > 9999 ? LocalDate.of(9999, 12, 31) : end);
    };
  }

  static Gen<Quantity> quantities() {
    return in -> {
      Quantity.Builder quantity = Quantity.builder()
          .range(ranges().generate(in))
          .unit(Unit.of(CODE.generate(in)))
          .hedge(Generate.enumValues(Hedge.class).generate(in));
      optionalText(in).ifPresent(quantity::stated);
      return quantity.build();
    };
  }

  static Gen<Subject> subjects() {
    return in -> {
      Subject.Builder subject = Subject.builder()
          .id(id(in))
          .trend(Generate.enumValues(Trend.class).generate(in));
      optionalText(in).ifPresent(subject::description);
      return subject.build();
    };
  }

  static Gen<Source> sources() {
    return in -> {
      Source.Builder source = Source.builder()
          .id(id(in))
          .name(id(in))
          .kind(Generate.enumValues(SourceKind.class).generate(in))
          .reliability(Generate.enumValues(Reliability.class).generate(in));
      optionalText(in).ifPresent(source::affiliation);
      optionalUri(in).ifPresent(source::url);
      return source.build();
    };
  }

  static Gen<Relay> relays() {
    return in -> {
      Relay.Builder relay = Relay.builder()
          .source(sources().generate(in))
          .kind(Generate.enumValues(RelayKind.class).generate(in));
      if (PERCENT.generate(in) < 50) {
        relay.on(timeSpans().generate(in));
      }
      optionalUri(in).ifPresent(relay::url);
      return relay.build();
    };
  }

  /** Claims with every attribute set or left out, and relay chains of up to four hops. */
  static Gen<Claim> claims() {
    return in -> {
      Claim.Builder claim = Claim.builder()
          .subject(subjects().generate(in))
          .quantity(quantities().generate(in))
          .source(sources().generate(in))
          .credibility(Generate.enumValues(Credibility.class).generate(in))
          .rank(Generate.enumValues(Rank.class).generate(in));
      if (PERCENT.generate(in) < 50) {
        claim.id(id(in));
      }
      int hops = Generate.range(0, 4).generate(in);
      for (int i = 0; i < hops; i++) {
        claim.addRelay(relays().generate(in));
      }
      if (PERCENT.generate(in) < 60) {
        claim.statedOn(timeSpans().generate(in));
      }
      if (PERCENT.generate(in) < 40) {
        claim.asOf(timeSpans().generate(in));
      }
      optionalText(in).ifPresent(claim::quote);
      return claim.build();
    };
  }

  /** Any text that is not blank, including quotes, backslashes and control characters. */
  private static String id(RandomnessSource in) {
    return "x" + TEXT.generate(in);
  }

  private static Optional<String> optionalText(RandomnessSource in) {
    return PERCENT.generate(in) < 50 ? Optional.of(id(in)) : Optional.empty();
  }

  private static Optional<URI> optionalUri(RandomnessSource in) {
    List<String> uris = List.of("https://example.org/", "http://example.org/a%20b?q=1#f",
        "urn:isbn:0451450523", "mailto:press@example.org", "relative/path");
    return PERCENT.generate(in) < 50
        ? Optional.of(URI.create(Generate.pick(uris).generate(in)))
        : Optional.empty();
  }
}
