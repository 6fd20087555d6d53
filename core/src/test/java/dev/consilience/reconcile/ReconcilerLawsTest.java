package dev.consilience.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.consilience.Bound;
import dev.consilience.Claim;
import dev.consilience.Quantity;
import dev.consilience.Range;
import dev.consilience.Rank;
import dev.consilience.Relay;
import dev.consilience.RelayKind;
import dev.consilience.Reliability;
import dev.consilience.Source;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The laws every reconciliation obeys, checked on generated claims (QuickTheories). */
class ReconcilerLawsTest {
  private static final int EXAMPLES = 400;
  private static final Reconciler CONVERTING = Reconciler.builder().units(ClaimGen.UNITS).build();
  private static final Reconciler BY_AFFILIATION = Reconciler.builder().units(ClaimGen.UNITS)
      .independence(Independence.BY_AFFILIATION).build();
  private static final Reconciler UNIFORM =
      Reconciler.builder().weighting(Weighting.uniform()).build();

  private static Gen<List<Claim>> anyClaims() {
    return ClaimGen.subjects().flatMap(subject -> ClaimGen.claims(subject, 9));
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheClaims() {
    assertOrderDoesNotMatter(anyClaims(), EXAMPLES);
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfManyClaims() {
    // Many claims are sorted by keys read into arrays, few directly.
    assertOrderDoesNotMatter(
        ClaimGen.subjects().flatMap(subject -> ClaimGen.claims(subject, 60, 200)), EXAMPLES / 8);
  }

  private static void assertOrderDoesNotMatter(Gen<List<Claim>> claims, int examples) {
    qt().withExamples(examples)
        .forAll(claims, Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((given, seed) -> {
          List<Claim> shuffled = new ArrayList<>(given);
          Collections.shuffle(shuffled, new Random(seed));
          for (Reconciler reconciler : List.of(CONVERTING, BY_AFFILIATION)) {
            assertThat(reconciler.reconcile(shuffled)).isEqualTo(reconciler.reconcile(given));
          }
        });
  }

  @Test
  void reconcilingAllSubjectsDoesNotDependOnTheOrderOfTheClaims() {
    Gen<List<Claim>> mixed = ClaimGen.claims(ClaimGen.FIXED, 5)
        .zip(ClaimGen.claims(ClaimGen.CUMULATIVE, 5), (a, b) -> {
          List<Claim> all = new ArrayList<>(a);
          all.addAll(b);
          return all;
        });
    qt().withExamples(EXAMPLES / 2)
        .forAll(mixed, Generate.longRange(0, Long.MAX_VALUE))
        .checkAssert((claims, seed) -> {
          List<Claim> shuffled = new ArrayList<>(claims);
          Collections.shuffle(shuffled, new Random(seed));
          assertThat(CONVERTING.reconcileAll(shuffled)).isEqualTo(CONVERTING.reconcileAll(claims));
        });
  }

  @Test
  void byAffiliationTheClaimsOfOneSourceAreOneVoiceWhateverAffiliationEachGivesIt() {
    qt().withExamples(EXAMPLES)
        .forAll(anyClaims())
        .checkAssert(claims -> {
          // Each source id, counted once in each voice that holds a claim of it.
          List<String> sources = BY_AFFILIATION.reconcile(claims).voices().stream()
              .flatMap(voice -> voice.claims().stream().map(c -> c.source().id()).distinct())
              .collect(Collectors.toList());
          assertThat(sources).doesNotHaveDuplicates();
        });
  }

  @Test
  void echoesOfAnOriginNeverAddAVoiceNorChangeTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(anyClaims(), Generate.range(0, 8), Generate.enumValues(RelayKind.class))
        .checkAssert((claims, which, kind) -> {
          Claim original = claims.get(which % claims.size());
          Claim echo = Claim.builder().from(original)
              .addRelay(Relay.of(Source.of("echo", "An echo chamber"), kind))
              .id(original.id() + "-echo").build();
          List<Claim> withEcho = new ArrayList<>(claims);
          withEcho.add(echo);
          for (Reconciler reconciler : List.of(CONVERTING, BY_AFFILIATION)) {
            assertSameOutcome(reconciler.reconcile(withEcho), reconciler.reconcile(claims));
          }
        });
  }

  @Test
  void aDeprecatedClaimOnlyAddsAnExclusionWhateverAffiliationItGivesItsSource() {
    qt().withExamples(EXAMPLES)
        .forAll(anyClaims(), Generate.range(0, 8), Generate.pick(List.of("", "A", "X", "Z")))
        .checkAssert((claims, which, affiliation) -> {
          Claim original = claims.get(which % claims.size());
          Source.Builder source = Source.builder().from(original.source());
          source.affiliation(affiliation.isEmpty() ? Optional.empty() : Optional.of(affiliation));
          Claim retracted = Claim.builder().from(original).source(source.build())
              .rank(Rank.DEPRECATED).id(original.id() + "-retracted").build();
          List<Claim> withRetracted = new ArrayList<>(claims);
          withRetracted.add(retracted);
          for (Reconciler reconciler : List.of(CONVERTING, BY_AFFILIATION)) {
            Reconciliation expected = reconciler.reconcile(claims);
            Reconciliation actual = reconciler.reconcile(withRetracted);
            assertThat(actual.voices()).isEqualTo(expected.voices());
            assertThat(actual.conflicts()).isEqualTo(expected.conflicts());
            assertSameOutcome(actual, expected);
            assertThat(actual.excluded()).extracting(Exclusion::claim).contains(retracted)
                .hasSize(expected.excluded().size() + 1);
          }
        });
  }

  private static void assertSameOutcome(Reconciliation actual, Reconciliation expected) {
    assertThat(actual.verdict()).isEqualTo(expected.verdict());
    assertThat(actual.asOf()).isEqualTo(expected.asOf());
    assertThat(actual.unit()).isEqualTo(expected.unit());
    assertThat(actual.consensus()).isEqualTo(expected.consensus());
    assertThat(actual.robustRange()).isEqualTo(expected.robustRange());
    assertThat(actual.hull()).isEqualTo(expected.hull());
    assertThat(actual.estimate()).isEqualTo(expected.estimate());
    assertThat(actual.voices()).hasSameSizeAs(expected.voices());
    for (int v = 0; v < expected.voices().size(); v++) {
      Voice a = actual.voices().get(v);
      Voice e = expected.voices().get(v);
      assertThat(a.origin()).isEqualTo(e.origin());
      assertThat(a.range()).isEqualTo(e.range());
      assertThat(a.weight()).isEqualTo(e.weight());
      assertThat(a.supportsConsensus()).isEqualTo(e.supportsConsensus());
    }
    assertThat(conflictRanges(actual)).isEqualTo(conflictRanges(expected));
  }

  private static Set<String> conflictRanges(Reconciliation result) {
    return result.conflicts().stream()
        .map(c -> c.kind() + " " + c.firstRange() + " " + c.secondRange())
        .collect(Collectors.toSet());
  }

  @Test
  void aSingleClaimReconcilesToItsRange() {
    qt().withExamples(EXAMPLES)
        .forAll(ClaimGen.subjects().flatMap(s -> ClaimGen.plainClaims(s, 1, true)))
        .checkAssert(claims -> {
          Range range = claims.get(0).quantity().range();
          Reconciliation result = Reconciler.defaults().reconcile(claims);
          assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
          assertThat(result.consensus()).contains(range);
          assertThat(result.robustRange()).contains(range);
          assertThat(result.hull()).contains(range);
          assertThat(result.estimate()).isEqualTo(range.midpoint());
        });
  }

  @Test
  void identicalClaimsFromManyOriginsReconcileToTheirRange() {
    qt().withExamples(EXAMPLES)
        .forAll(ClaimGen.plainClaims(ClaimGen.FIXED, 1, false), Generate.range(2, 6))
        .checkAssert((one, copies) -> {
          Claim claim = one.get(0);
          List<Claim> claims = new ArrayList<>();
          for (int i = 0; i < copies; i++) {
            claims.add(Claim.builder().from(claim).id("copy" + i)
                .source(Source.of("origin" + i, "Origin " + i)).build());
          }
          Range range = claim.quantity().range();
          Reconciliation result = Reconciler.defaults().reconcile(claims);
          assertThat(result.voices()).hasSize(copies);
          assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
          assertThat(result.consensus()).contains(range);
          assertThat(result.robustRange()).contains(range);
          assertThat(result.hull()).contains(range);
        });
  }

  @Test
  void theRobustRangeContainsAnyValueThatFewerThanHalfOfTheVoicesExclude() {
    qt().withExamples(EXAMPLES)
        .forAll(ClaimGen.plainClaims(ClaimGen.FIXED, 9, true), Generate.range(-14, 22))
        .checkAssert((claims, grid) -> {
          Reconciliation result = UNIFORM.reconcile(claims);
          BigDecimal t = gridValue(claims, grid);
          long excluding = result.voices().stream().filter(v -> !v.range().contains(t)).count();
          if (2 * excluding < result.voices().size()) {
            assertThat(result.robustRange()).hasValueSatisfying(r -> assertThat(r.contains(t))
                .as("%s contains %s", r, t).isTrue());
          }
        });
  }

  /** A value on the claims' grid, half-way points included, to land on ends and between them. */
  private static BigDecimal gridValue(List<Claim> claims, int grid) {
    int scale = claims.get(0).quantity().range().lower()
        .or(() -> claims.get(0).quantity().range().upper())
        .map(b -> b.value().scale()).orElse(0);
    return BigDecimal.valueOf(grid).divide(BigDecimal.valueOf(2)).movePointLeft(scale);
  }

  @Test
  void theConsensusIsEnclosedByTheHullAndTheEstimateLiesInTheConsensus() {
    qt().withExamples(EXAMPLES)
        .forAll(anyClaims())
        .checkAssert(claims -> {
          Reconciliation result = CONVERTING.reconcile(claims);
          result.consensus().ifPresent(consensus -> {
            assertThat(result.hull().orElseThrow().encloses(consensus)).isTrue();
            result.estimate().ifPresent(e -> assertThat(consensus.contains(e)).isTrue());
          });
          if (result.consensus().isEmpty()) {
            assertThat(result.estimate()).isEmpty();
          }
          assertThat(result.verdict() == Verdict.UNRESOLVED || result.verdict() == Verdict.EMPTY)
              .isEqualTo(result.consensus().isEmpty());
          result.voices().forEach(v -> assertThat(v.supportsConsensus()).isEqualTo(
              result.consensus().map(c -> c.overlaps(v.range())).orElse(false)));
        });
  }

  @Test
  void shiftingEveryClaimShiftsTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(ClaimGen.subjects().flatMap(s -> ClaimGen.plainClaims(s, 8, false)),
            Generate.range(-50, 50))
        .checkAssert((claims, shift) -> {
          BigDecimal c = BigDecimal.valueOf(shift);
          assertTransformed(claims, v -> v.add(c));
        });
  }

  @Test
  void scalingEveryClaimByAPositiveFactorScalesTheResult() {
    qt().withExamples(EXAMPLES)
        .forAll(anyClaims(), Generate.pick(List.of("0.5", "3", "1000", "0.001", "7.25")))
        .checkAssert((claims, factor) -> {
          BigDecimal k = new BigDecimal(factor);
          assertTransformed(claims, v -> v.multiply(k));
        });
  }

  private static void assertTransformed(List<Claim> claims, UnaryOperator<BigDecimal> f) {
    List<Claim> moved = claims.stream()
        .map(claim -> Claim.builder().from(claim).quantity(Quantity.builder()
            .from(claim.quantity()).range(map(claim.quantity().range(), f)).build()).build())
        .collect(Collectors.toList());
    Reconciliation before = CONVERTING.reconcile(claims);
    Reconciliation after = CONVERTING.reconcile(moved);
    assertThat(after.verdict()).isEqualTo(before.verdict());
    assertThat(after.consensus()).isEqualTo(before.consensus().map(r -> map(r, f)));
    assertThat(after.robustRange()).isEqualTo(before.robustRange().map(r -> map(r, f)));
    assertThat(after.hull()).isEqualTo(before.hull().map(r -> map(r, f)));
    assertThat(after.estimate().map(BigDecimal::stripTrailingZeros))
        .isEqualTo(before.estimate().map(f).map(BigDecimal::stripTrailingZeros));
    assertThat(after.conflicts()).hasSameSizeAs(before.conflicts());
  }

  private static Range map(Range range, UnaryOperator<BigDecimal> f) {
    return Range.of(range.lower().map(b -> Bound.of(f.apply(b.value()), b.inclusive())),
        range.upper().map(b -> Bound.of(f.apply(b.value()), b.inclusive())));
  }

  @Test
  void twoDisjointEquallyWeightedVoicesAreUnresolvedWithoutAnEstimate() {
    Gen<List<Range>> disjoint = in -> {
      int a = Generate.range(-10, 10).generate(in);
      int b = a + Generate.range(0, 5).generate(in);
      boolean touch = Generate.booleans().generate(in);
      int c = touch ? b : b + Generate.range(1, 5).generate(in);
      boolean belowOpen = touch && Generate.booleans().generate(in);
      Range below = Generate.booleans().generate(in)
          ? (belowOpen ? Range.lessThan(b) : Range.atMost(b))
          : (belowOpen ? Range.closedOpen(a - 1, b) : Range.closed(a, b));
      boolean aboveOpen = touch && !belowOpen;
      Range above = Generate.booleans().generate(in)
          ? (aboveOpen ? Range.greaterThan(c) : Range.atLeast(c))
          : (aboveOpen ? Range.openClosed(c, c + 3) : Range.closed(c, c + 2));
      return List.of(below, above);
    };
    qt().withExamples(EXAMPLES)
        .forAll(disjoint, Generate.enumValues(Reliability.class), Generate.booleans())
        .checkAssert((ranges, grade, flip) -> {
          List<Claim> claims = new ArrayList<>();
          for (int i = 0; i < 2; i++) {
            claims.add(Claim.builder().from(Fixtures.claim("origin" + (flip ? 1 - i : i),
                ranges.get(i))).source(Source.builder().id("origin" + (flip ? 1 - i : i))
                .name("Origin").reliability(grade).build()).build());
          }
          Reconciliation result = Reconciler.defaults().reconcile(claims);
          assertThat(result.verdict()).isEqualTo(Verdict.UNRESOLVED);
          assertThat(result.consensus()).isEmpty();
          assertThat(result.estimate()).isEmpty();
          assertThat(result.conflicts()).hasSize(1);
        });
  }

  @Test
  void cumulativeClaimsThatAllContainOneNonDecreasingPathAreConsistent() {
    Gen<List<Claim>> onPath = in -> {
      int days = 8;
      int[] path = new int[days];
      int value = Generate.range(-5, 5).generate(in);
      for (int d = 0; d < days; d++) {
        value += Generate.range(0, 3).generate(in);
        path[d] = value;
      }
      int count = Generate.range(1, 8).generate(in);
      List<Claim> claims = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int day = Generate.range(0, days - 1).generate(in);
        Range range = rangeAround(path[day], Generate.range(0, 5).generate(in),
            Generate.range(0, 2).generate(in), Generate.range(0, 2).generate(in));
        Claim claim = ClaimGen.claim(in, ClaimGen.CUMULATIVE, 0, true);
        claims.add(Claim.builder().from(claim)
            .quantity(Quantity.builder().from(claim.quantity()).range(range)
                .unit(ClaimGen.PERSON).build())
            .rank(dev.consilience.Rank.NORMAL)
            .asOf(Optional.empty())
            .statedOn(TimeSpan.of(LocalDate.of(2025, 1, 1).plusDays(day)))
            .id("c" + i).build());
      }
      return claims;
    };
    qt().withExamples(EXAMPLES)
        .forAll(onPath.describedAs(ClaimGen::describe))
        .checkAssert(claims -> {
          Reconciliation result = CONVERTING.reconcile(claims);
          assertThat(result.verdict()).isEqualTo(Verdict.CONSISTENT);
          assertThat(result.conflicts()).allMatch(c -> c.kind() == Conflict.Kind.SELF_CONTRADICTION);
        });
  }

  /** A range of some kind that contains {@code value}. */
  private static Range rangeAround(int value, int kind, int below, int above) {
    switch (kind) {
      case 0:
        return Range.closed(value - below, value + above);
      case 1:
        return Range.open(value - below - 1, value + above + 1);
      case 2:
        return Range.atLeast(value - below);
      case 3:
        return Range.lessThan(value + above + 1);
      case 4:
        return Range.singleton(value);
      default:
        return Range.all();
    }
  }

  @Test
  void consistentExactlyWhenNoTwoOriginsConflict() {
    qt().withExamples(EXAMPLES)
        .forAll(anyClaims())
        .checkAssert(claims -> {
          for (Reconciler reconciler : List.of(CONVERTING, BY_AFFILIATION)) {
            Reconciliation result = reconciler.reconcile(claims);
            boolean betweenOrigins = result.conflicts().stream()
                .anyMatch(c -> c.kind() != Conflict.Kind.SELF_CONTRADICTION);
            if (result.verdict() != Verdict.EMPTY) {
              assertThat(result.verdict() == Verdict.CONSISTENT).isEqualTo(!betweenOrigins);
            }
          }
        });
  }

  @Test
  void cumulativeClaimsOfTwoOriginsAboutOneTimeThatShareNoNumberAreNamedInAConflict() {
    qt().withExamples(EXAMPLES)
        .forAll(ClaimGen.plainClaims(ClaimGen.CUMULATIVE, 8, true))
        .checkAssert(claims -> {
          Reconciliation result = UNIFORM.reconcile(claims);
          for (Claim a : claims) {
            for (Claim b : claims) {
              if (a.time().equals(b.time()) && !a.quantity().range()
                  .overlaps(b.quantity().range())) {
                assertThat(result.verdict()).isNotEqualTo(Verdict.CONSISTENT);
                assertThat(result.conflicts())
                    .anyMatch(c -> c.first().equals(a) || c.second().equals(a));
              }
            }
          }
        });
  }

  @Test
  void conflictsNameClaimsOfDifferentOriginsUnlessSelfContradictions() {
    qt().withExamples(EXAMPLES)
        .forAll(anyClaims())
        .checkAssert(claims -> {
          Reconciliation result = CONVERTING.reconcile(claims);
          for (Conflict conflict : result.conflicts()) {
            boolean sameOrigin =
                conflict.first().source().id().equals(conflict.second().source().id());
            assertThat(sameOrigin)
                .isEqualTo(conflict.kind() == Conflict.Kind.SELF_CONTRADICTION);
            assertThat(conflict.acrossTime() || !conflict.firstRange()
                .overlaps(conflict.secondRange())).isTrue();
          }
        });
  }

  @Test
  void everyVoiceDisjointFromAnotherIsNamedInAConflict() {
    qt().withExamples(EXAMPLES)
        .forAll(ClaimGen.subjects().flatMap(s -> ClaimGen.plainClaims(s, 9, true)))
        .checkAssert(claims -> {
          Reconciliation result = UNIFORM.reconcile(claims);
          Set<String> named = result.conflicts().stream()
              .flatMap(c -> java.util.stream.Stream.of(c.first(), c.second()))
              .map(c -> c.source().id()).collect(Collectors.toSet());
          for (Voice a : result.voices()) {
            for (Voice b : result.voices()) {
              if (!a.range().overlaps(b.range())) {
                assertThat(named).contains(a.origin(), b.origin());
              }
            }
          }
        });
  }

  @Test
  void theSubjectDoesNotMatterToAFixedReconciliationOfUndatedClaims() {
    qt().withExamples(EXAMPLES / 4)
        .forAll(ClaimGen.plainClaims(ClaimGen.FIXED, 6, false))
        .checkAssert(claims -> {
          List<Claim> renamed = claims.stream().map(c -> Claim.builder().from(c)
              .subject(Subject.of("another")).build()).collect(Collectors.toList());
          assertThat(UNIFORM.reconcile(renamed).verdict())
              .isEqualTo(UNIFORM.reconcile(claims).verdict());
        });
  }
}
