package dev.consilience.benchmarks;

import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Quantity;
import dev.consilience.Range;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes claims for the benchmarks, the same ones for the same seed on every run.
 *
 * <p>Each claim states a random range near its subject's true value: mostly closed ranges, some
 * single numbers, some open-ended ("more than", "up to") and some with open ends; a fifth are
 * hedged. Every claim has the day it was stated; a fifth also say which month they describe. A
 * tenth of the claims are echoes: they repeat the origin of an earlier claim about the same
 * subject, relayed through another source, so the reconciler has voices to collapse.
 */
final class ClaimGenerator {
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 730;
  private static final Reliability[] RELIABILITIES = Reliability.values();
  private static final SourceKind[] SOURCE_KINDS = SourceKind.values();
  private static final RelayKind[] RELAY_KINDS = RelayKind.values();
  private static final Trend[] TRENDS = Trend.values();

  /** The few units every claim shares, as a real corpus would. */
  static final List<Unit> UNITS = List.of(Unit.of("person"), Unit.of("USD"), Unit.of("km2"));

  private final SplittableRandom random;

  ClaimGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Claims about one subject, each from its own origin except the echoes, which are relayed by
   * one of a hundred outlets.
   *
   * @param count how many claims
   * @param trend the subject's trend
   */
  List<Claim> oneSubject(int count, Trend trend) {
    Subject subject = Subject.of("subject-0", trend);
    List<Source> outlets = sources(100, "outlet-");
    List<Claim> claims = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean echo = isEcho(i);
      claims.add(claim(subject, UNITS.get(0), truth(0),
          echo ? originOfEarlier(claims, 0) : source("source-", i),
          echo ? pick(outlets) : null));
    }
    return claims;
  }

  /**
   * Claims about many subjects, grouped by subject, from a shared pool of sources; the subjects
   * cycle through the trends and the shared units.
   *
   * @param count how many claims
   * @param subjects the subjects, which share the claims evenly
   * @param sources the pool every origin and relay is drawn from
   */
  List<Claim> manySubjects(int count, List<Subject> subjects, List<Source> sources) {
    List<Claim> claims = new ArrayList<>(count);
    for (int s = 0; s < subjects.size(); s++) {
      int first = claims.size();
      int end = (int) ((long) count * (s + 1) / subjects.size());
      for (int i = first; i < end; i++) {
        boolean echo = isEcho(i - first);
        claims.add(claim(subjects.get(s), UNITS.get(s % UNITS.size()), truth(s),
            echo ? originOfEarlier(claims, first) : pick(sources),
            echo ? pick(sources) : null));
      }
    }
    return claims;
  }

  /**
   * Subjects with ids {@code subject-0}, {@code subject-1}, ..., cycling through the trends.
   *
   * @param count how many
   */
  static List<Subject> subjects(int count) {
    List<Subject> subjects = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      subjects.add(Subject.of("subject-" + i, TRENDS[i % TRENDS.length]));
    }
    return subjects;
  }

  /**
   * Sources with ids {@code prefix0}, {@code prefix1}, ... and random kind and reliability.
   *
   * @param count how many
   * @param prefix the start of each id
   */
  List<Source> sources(int count, String prefix) {
    List<Source> sources = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      sources.add(source(prefix, i));
    }
    return sources;
  }

  private Source source(String prefix, int index) {
    return Source.builder()
        .id(prefix + index)
        .name("Source " + index)
        .kind(SOURCE_KINDS[random.nextInt(SOURCE_KINDS.length)])
        .reliability(RELIABILITIES[random.nextInt(RELIABILITIES.length)])
        .build();
  }

  private Source pick(List<Source> sources) {
    return sources.get(random.nextInt(sources.size()));
  }

  private boolean isEcho(int indexInSubject) {
    return indexInSubject > 0 && random.nextInt(10) == 0;
  }

  private Source originOfEarlier(List<Claim> claims, int firstOfSubject) {
    return claims.get(firstOfSubject + random.nextInt(claims.size() - firstOfSubject)).source();
  }

  private Claim claim(Subject subject, Unit unit, long truth, Source origin, Source relay) {
    Claim.Builder claim = Claim.builder()
        .subject(subject)
        .quantity(Quantity.builder().range(range(truth)).unit(unit).hedge(hedge()).build())
        .source(origin)
        .statedOn(TimeSpan.of(FIRST_DAY.plusDays(random.nextInt(DAYS))));
    if (relay != null) {
      claim.addRelay(Relay.of(relay, RELAY_KINDS[random.nextInt(RELAY_KINDS.length)]));
    }
    if (random.nextInt(5) == 0) {
      claim.asOf(TimeSpan.of(YearMonth.from(FIRST_DAY.plusDays(random.nextInt(DAYS)))));
    }
    return claim.build();
  }

  /**
   * The true value of a subject: between 100 and 1,000,000, spread evenly over the orders of
   * magnitude, and the same for the same subject index in every run.
   */
  private static long truth(int subjectIndex) {
    return Math.round(Math.pow(10, 2 + 4 * new SplittableRandom(subjectIndex).nextDouble()));
  }

  /** A range near the truth: off by up to 30% either way, a few percent wide. */
  private Range range(long truth) {
    long centre = Math.max(1, Math.round(truth * (0.7 + 0.6 * random.nextDouble())));
    long half = Math.max(1, Math.round(centre * 0.05 * random.nextDouble()));
    BigDecimal lower = BigDecimal.valueOf(centre - half);
    BigDecimal upper = BigDecimal.valueOf(centre + half);
    int shape = random.nextInt(20);
    if (shape < 12) {
      return Range.closed(lower, upper);
    } else if (shape < 14) {
      return Range.singleton(BigDecimal.valueOf(centre));
    } else if (shape < 15) {
      return Range.atLeast(lower);
    } else if (shape < 16) {
      return Range.greaterThan(lower);
    } else if (shape < 17) {
      return Range.atMost(upper);
    } else if (shape < 18) {
      return Range.lessThan(upper);
    } else if (shape < 19) {
      return Range.closedOpen(lower, upper);
    }
    return Range.openClosed(lower, upper);
  }

  private Hedge hedge() {
    int which = random.nextInt(20);
    return which < 16 ? Hedge.NONE
        : which < 18 ? Hedge.APPROXIMATELY
        : which < 19 ? Hedge.NEARLY
        : Hedge.JUST_OVER;
  }
}
