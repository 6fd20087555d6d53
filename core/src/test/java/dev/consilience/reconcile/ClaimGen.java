package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Relay;
import dev.consilience.RelayKind;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generators of claims for the properties. Numbers are small integers on a grid whose power of ten
 * varies from example to example (10^-6 to 10^9), so that ends often coincide, touch or cross
 * zero; every kind of range appears (open, closed, half-open, unbounded either side, singleton,
 * all); a few origins speak many times, with hedges, relays, times and deprecated ranks.
 */
final class ClaimGen {
  static final Unit PERSON = Unit.of("person");
  static final Unit THOUSAND = Unit.of("thousand-person");
  static final UnitConverter UNITS = UnitConverter.builder()
      .factor(THOUSAND, PERSON, BigDecimal.valueOf(1000)).build();
  static final Subject FIXED = Subject.of("gen/fixed");
  static final Subject CUMULATIVE = Subject.of("gen/cumulative", Trend.CUMULATIVE);
  static final Subject VARYING = Subject.of("gen/varying", Trend.VARYING);
  private static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);
  private static final int[] EXPONENTS = {0, 0, 0, -6, -1, 3, 9};
  private static final Source[] RELAYS = {
      Source.of("wire", "A wire service"), Source.of("paper", "A newspaper")};

  private ClaimGen() {}

  /** Describes a list of claims compactly, for failure reports. */
  static String describe(List<Claim> claims) {
    StringBuilder text = new StringBuilder();
    for (Claim claim : claims) {
      text.append("\n  ").append(claim.source().id())
          .append(claim.source().affiliation().map(a -> "@" + a).orElse(""))
          .append(' ').append(claim.source().reliability())
          .append(' ').append(claim.quantity().range()).append(' ').append(claim.quantity().unit())
          .append(' ').append(claim.quantity().hedge())
          .append(' ').append(claim.time().map(TimeSpan::toString).orElse("-"))
          .append(' ').append(claim.rank()).append(" relays=").append(claim.relays().size());
    }
    return text.toString();
  }

  /** Claims about one subject, all kinds of features. */
  static Gen<List<Claim>> claims(Subject subject, int max) {
    return claims(subject, 1, max);
  }

  /** From {@code min} to {@code max} claims about one subject, all kinds of features. */
  static Gen<List<Claim>> claims(Subject subject, int min, int max) {
    Gen<List<Claim>> gen = in -> {
      int exponent = EXPONENTS[Generate.range(0, EXPONENTS.length - 1).generate(in)];
      int count = Generate.range(min, max).generate(in);
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        claims.add(claim(in, subject, exponent, true));
      }
      return claims;
    };
    return gen.describedAs(ClaimGen::describe);
  }

  /** Plain claims: no hedge, no deprecation, one unit; each from its own origin when asked. */
  static Gen<List<Claim>> plainClaims(Subject subject, int max, boolean distinctOrigins) {
    Gen<List<Claim>> gen = in -> {
      int exponent = EXPONENTS[Generate.range(0, EXPONENTS.length - 1).generate(in)];
      int count = Generate.range(1, max).generate(in);
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Claim claim = claim(in, subject, exponent, false);
        if (distinctOrigins) {
          claim = Claim.builder().from(claim).source(Source.builder().from(claim.source())
              .id("v" + i).build()).id("c" + i).build();
        }
        claims.add(claim);
      }
      return claims;
    };
    return gen.describedAs(ClaimGen::describe);
  }

  static Claim claim(RandomnessSource in, Subject subject, int exponent, boolean anything) {
    int origin = Generate.range(0, 4).generate(in);
    Source.Builder source = Source.builder().id("o" + origin).name("Origin " + origin)
        .reliability(Reliability.values()[Generate.range(0, 5).generate(in)]);
    int affiliation = Generate.range(0, 2).generate(in);
    if (affiliation > 0) {
      source.affiliation(affiliation == 1 ? "X" : "Y");
    }
    Hedge hedge = Hedge.NONE;
    Unit unit = PERSON;
    Rank rank = Rank.NORMAL;
    Range range = range(in, exponent);
    if (anything) {
      int h = Generate.range(0, 5).generate(in);
      hedge = h < 3 ? Hedge.NONE : Hedge.values()[h - 2];
      if (Generate.range(0, 9).generate(in) == 0) {
        rank = Rank.DEPRECATED;
      }
      if (Generate.range(0, 7).generate(in) == 0) {
        unit = THOUSAND;
      }
    }
    Claim.Builder claim = Claim.builder()
        .subject(subject)
        .quantity(Quantity.builder().range(range).unit(unit).hedge(hedge).build())
        .source(source.build())
        .rank(rank);
    int relays = Generate.range(0, 2).generate(in);
    for (int r = 0; r < relays; r++) {
      claim.addRelay(Relay.of(RELAYS[r], RelayKind.values()[Generate.range(0, 4).generate(in)]));
    }
    if (subject.trend() != Trend.FIXED || Generate.booleans().generate(in)) {
      int start = Generate.range(0, 6).generate(in);
      int length = Generate.range(0, 2).generate(in) == 0 ? Generate.range(0, 3).generate(in) : 0;
      TimeSpan time = TimeSpan.between(DAY0.plusDays(start), DAY0.plusDays(start + length));
      if (Generate.booleans().generate(in)) {
        claim.statedOn(time);
      } else {
        claim.asOf(time).statedOn(TimeSpan.of(DAY0.plusDays(start + length + 1)));
      }
    }
    return claim.build();
  }

  /** A range of any kind on the grid 10^exponent. */
  static Range range(RandomnessSource in, int exponent) {
    int kind = Generate.range(0, 9).generate(in);
    int a = Generate.range(-12, 12).generate(in);
    int b = a + Generate.range(0, 8).generate(in);
    boolean strict = kind == 1 || kind == 2 || kind == 3;
    if (strict && a == b) {
      b = a + 1;
    }
    BigDecimal x = BigDecimal.valueOf(a).scaleByPowerOfTen(exponent);
    BigDecimal y = BigDecimal.valueOf(b).scaleByPowerOfTen(exponent);
    switch (kind) {
      case 0:
        return Range.closed(x, y);
      case 1:
        return Range.open(x, y);
      case 2:
        return Range.closedOpen(x, y);
      case 3:
        return Range.openClosed(x, y);
      case 4:
        return Range.atLeast(x);
      case 5:
        return Range.greaterThan(x);
      case 6:
        return Range.atMost(y);
      case 7:
        return Range.lessThan(y);
      case 8:
        return Range.singleton(x);
      default:
        return Generate.range(0, 3).generate(in) == 0 ? Range.all() : Range.closed(x, y);
    }
  }

  static Gen<Subject> subjects() {
    return Generate.pick(List.of(FIXED, CUMULATIVE, VARYING));
  }
}
