package dev.consilience.discovery;

import static dev.consilience.discovery.TestClaims.claim;
import static dev.consilience.discovery.TestClaims.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of the learner, for all claims. */
class TruthDiscoveryPropertiesTest {
  private static final TruthDiscovery LEARNER = TruthDiscovery.defaults();
  private static final double TOP_WEIGHT = 5.288267;

  /** Ranges that reach the edges: points, closed and open ends, unbounded ends, varied scales. */
  private static Gen<Range> ranges() {
    Gen<BigDecimal> scales = integers().between(0, 2).map(i -> new BigDecimal[] {
        BigDecimal.ONE, new BigDecimal("1000000"), new BigDecimal("0.001")}[i]);
    return integers().between(0, 7).zip(integers().between(-3, 3), integers().between(0, 3), scales,
        (kind, value, width, scale) -> {
          BigDecimal low = scale.multiply(BigDecimal.valueOf(value));
          BigDecimal high = scale.multiply(BigDecimal.valueOf(value + width + 1));
          switch (kind) {
            case 3: return Range.closed(low, low.add(scale.multiply(BigDecimal.valueOf(width))));
            case 4: return Range.open(low, high);
            case 5: return Range.atLeast(low);
            case 6: return Range.lessThan(low);
            case 7: return Range.all();
            default: return Range.singleton(low);
          }
        });
  }

  /** Claims about up to six subjects from up to seven sources. */
  private static Gen<List<Claim>> claimSets() {
    Gen<Claim> claims = integers().between(0, 5).zip(integers().between(0, 6), ranges(),
        (subject, source, range) -> claim("subject-" + subject, "source-" + source, range));
    return lists().of(claims).ofSizeBetween(0, 40);
  }

  @Test
  void shufflingTheClaimsChangesNothing() {
    qt().forAll(claimSets(), longs().all()).checkAssert((claims, seed) -> {
      List<Claim> shuffled = new ArrayList<>(claims);
      Collections.shuffle(shuffled, new Random(seed));

      SourceWeights original = LEARNER.learn(claims);
      SourceWeights reordered = LEARNER.learn(shuffled);

      assertThat(reordered.sources()).isEqualTo(original.sources());
      assertThat(reordered.iterations()).isEqualTo(original.iterations());
      for (Claim claim : claims) {
        assertThat(reordered.weightOf(claim)).isEqualTo(original.weightOf(claim));
      }
    });
  }

  @Test
  void renamingTheSourcesChangesNothingButTheNames() {
    // Reversing the id changes the order sources sort in, and so the order of every sum.
    UnaryOperator<String> rename = id -> "renamed-" + new StringBuilder(id).reverse();
    qt().forAll(claimSets()).checkAssert(claims -> {
      List<Claim> renamed = new ArrayList<>();
      for (Claim claim : claims) {
        String id = rename.apply(claim.source().id());
        renamed.add(claim(claim.subject(), Source.of(id, id), claim.quantity().range()));
      }

      SourceWeights original = LEARNER.learn(claims);
      SourceWeights learned = LEARNER.learn(renamed);

      for (int c = 0; c < claims.size(); c++) {
        assertThat(learned.weightOf(renamed.get(c)))
            .isCloseTo(original.weightOf(claims.get(c)), within(2e-6));
      }

      assertThat(learned.sources()).hasSameSizeAs(original.sources());
      for (SourceWeight before : original.sources()) {
        SourceWeight after = evidence(learned, rename.apply(before.sourceId()));
        assertThat(after.weight()).isCloseTo(before.weight(), within(2e-6));
        assertThat(after.accuracy()).isCloseTo(before.accuracy(), within(1e-6));
        assertThat(after.agreements()).isCloseTo(before.agreements(), within(1e-6));
        assertThat(after.subjects()).isEqualTo(before.subjects());
        assertThat(after.compared()).isEqualTo(before.compared());
      }
    });
  }

  @Test
  void noSourceVouchesForItselfOnTheSubjectItSpokeOn() {
    qt().forAll(claimSets()).checkAssert(claims -> {
      SourceWeights weights = LEARNER.learn(claims);

      for (Claim claim : claims) {
        // A source that spoke on one subject only, with others, has earned nothing anywhere else:
        // there its claim weighs what a claim from a source never seen weighs.
        SourceWeight learned = evidence(weights, claim.source().id());
        if (learned.subjects() == 1 && learned.compared() == 1) {
          Claim stranger = claim(claim.subject(), Source.of("stranger", "stranger"),
              claim.quantity().range());
          assertThat(weights.weightOf(claim)).isEqualTo(weights.weightOf(stranger));
        }
      }
    });
  }

  @Test
  void unanimousSourcesAllGetTheTopWeight() {
    // Each subject has one range that every source speaking on it claims: subject 0 all of them,
    // the others the first two and whichever more the bits say.
    Gen<List<Range>> truths = lists().of(ranges()).ofSizeBetween(1, 6);
    Gen<List<Integer>> presence = lists().of(integers().between(0, 63)).ofSizeBetween(2, 6);
    qt().forAll(truths, presence).checkAssert((truth, sources) -> {
      List<Claim> claims = new ArrayList<>();
      for (int s = 0; s < sources.size(); s++) {
        for (int subject = 0; subject < truth.size(); subject++) {
          if (subject == 0 || s < 2 || (sources.get(s) & (1 << subject)) != 0) {
            claims.add(claim("subject-" + subject, "source-" + s, truth.get(subject)));
          }
        }
      }

      SourceWeights weights = LEARNER.learn(claims);

      assertThat(weights.sources()).hasSize(sources.size())
          .extracting(SourceWeight::weight).containsOnly(TOP_WEIGHT);
    });
  }

  @Test
  void aSourceThatAlwaysDisagreesWithAnAgreeingMajorityEndsLowerThanTheMajority() {
    // Every range but (-∞, +∞), which nothing is disjoint from.
    Gen<Range> boundedSomewhere = ranges().map(r -> r.equals(Range.all()) ? Range.singleton(0) : r);
    Gen<List<Range>> truths = lists().of(boundedSomewhere).ofSizeBetween(1, 6);
    qt().forAll(truths, integers().between(2, 5), integers().between(1, 1000))
        .checkAssert((truth, majority, offset) -> {
          List<Claim> claims = new ArrayList<>();
          for (int subject = 0; subject < truth.size(); subject++) {
            Range agreed = truth.get(subject);
            for (int s = 0; s < majority; s++) {
              claims.add(claim("subject-" + subject, "majority-" + s, agreed));
            }
            claims.add(claim("subject-" + subject, "dissenter", disjointFrom(agreed, offset)));
          }

          SourceWeights weights = LEARNER.learn(claims);

          double dissenter = evidence(weights, "dissenter").weight();
          for (int s = 0; s < majority; s++) {
            assertThat(evidence(weights, "majority-" + s).weight()).isGreaterThan(dissenter);
          }
        });
  }

  @Test
  void oneMoreClaimMovesItsSourcesAccuracyByABoundedAmount() {
    double k = LEARNER.priorStrength();
    qt().forAll(claimSets(), integers().between(0, 5), integers().between(0, 6), ranges())
        .checkAssert((claims, subject, source, range) -> {
          List<Claim> more = new ArrayList<>(claims);
          more.add(claim("subject-" + subject, "source-" + source, range));
          String id = "source-" + source;

          SourceWeights before = LEARNER.learn(claims);
          SourceWeights after = LEARNER.learn(more);

          SourceWeight now = evidence(after, id);
          double was = before.find(id).map(SourceWeight::accuracy)
              .orElse(now.accuracy());
          assertThat(Math.abs(now.accuracy() - was))
              .isLessThanOrEqualTo(2 / (k + Math.max(0, now.compared() - 1)));
        });
  }

  /** A range that shares no number with the given one. */
  private static Range disjointFrom(Range range, int offset) {
    if (range.upper().isPresent()) {
      return Range.singleton(range.upper().get().value().add(BigDecimal.valueOf(offset)));
    }
    BigDecimal lower = range.lower().orElseThrow().value();
    return Range.singleton(lower.subtract(BigDecimal.valueOf(offset)));
  }
}
