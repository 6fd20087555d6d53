package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Claim;
import dev.consilience.Source;
import dev.consilience.examples.PopulationEvaluation.Standing;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Learned weights on the real Wikipedia population claims. Reads {@code shared/datasets/population}
 * above the working directory and is skipped when the data is not there.
 */
class PopulationEvaluationTest {
  /**
   * Learned weights with registered and anonymous priors reach 258 of 301 items (85.7%) and must
   * not fall below that; the aim of 87% is not reached yet.
   */
  private static final double LEARNED_FLOOR = 0.857;

  private static PopulationData data;
  private static List<PopulationEvaluation.Row> rows;

  @BeforeAll
  static void evaluate() {
    Optional<Path> folder = PopulationData.locate(Path.of(""));
    Assumptions.assumeTrue(folder.isPresent(),
        "shared/datasets/population not found above " + Path.of("").toAbsolutePath()
            + "; skipping the evaluation on real data");
    data = PopulationData.read(folder.get());
    rows = PopulationEvaluation.evaluate(data);
  }

  @Test
  void readsEveryClaimAndGoldValue() {
    assertThat(data.claims).hasSize(49_955);
    assertThat(data.gold).hasSize(308);
  }

  @Test
  void everyMethodScoresTheGoldItemsThatHaveClaims() {
    assertThat(rows).extracting(row -> row.items).containsOnly(301);
  }

  @Test
  void majorityVoteLeavesTiesUnresolved() {
    // 178 items have the gold value as a strict plurality; the 85 ties count as wrong.
    assertThat(rows.get(0).correct).isEqualTo(178);
  }

  @Test
  void learnedWeightsStayAtOrAboveTheirFloor() {
    PopulationEvaluation.Row learned = rows.get(2);

    assertThat(learned.accuracy()).isGreaterThanOrEqualTo(LEARNED_FLOOR);
    assertThat(learned.accuracy()).isGreaterThan(rows.get(0).accuracy() + 0.2);
    assertThat(rows.get(1).accuracy()).isGreaterThanOrEqualTo(0.83);
  }

  @Test
  void theMostProlificEditorHasTheRecordTheGuideQuotes() {
    PopulationEvaluation.Prolific bot = PopulationEvaluation.Prolific.of(data);

    assertThat(bot.claims()).isEqualTo(25_820);
    assertThat(bot.alone()).isEqualTo(22_018);
    assertThat(bot.goldItems() - bot.goldRight()).isEqualTo(39);
    assertThat(bot.goldItems()).isEqualTo(208);
    assertThat(bot.sharedWithAnonymous() - bot.sharedRight()).isEqualTo(15);
    assertThat(bot.sharedWithAnonymous()).isEqualTo(27);
  }

  @Test
  void everyItemHasOneStandingTheSameForEveryMethod() {
    for (PopulationEvaluation.Row row : rows) {
      int items = 0;
      for (Standing standing : Standing.values()) {
        assertThat(row.items(standing)).isEqualTo(rows.get(0).items(standing));
        assertThat(row.correct(standing)).isBetween(0, row.items(standing));
        items += row.items(standing);
      }
      assertThat(items).isEqualTo(row.items);
    }
  }

  @Test
  void majorityVoteGetsExactlyTheItemsWhereTheGoldValueHasTheMostEditors() {
    PopulationEvaluation.Row vote = rows.get(0);

    assertThat(vote.correct(Standing.PLURALITY)).isEqualTo(vote.items(Standing.PLURALITY));
    assertThat(vote.correct - vote.correct(Standing.PLURALITY)).isZero();
  }

  @Test
  void noMethodPicksAValueNobodyClaimed() {
    assertThat(rows).allSatisfy(row -> assertThat(row.correct(Standing.UNCLAIMED)).isZero());
  }

  @Test
  void learnedWeightsWinTiesAndSomeMinorities() {
    PopulationEvaluation.Row learned = rows.get(2);

    assertThat(learned.correct(Standing.TIED)).isGreaterThan(learned.items(Standing.TIED) * 3 / 4);
    assertThat(learned.correct(Standing.MINORITY)).isPositive();
  }

  @Test
  void shufflingTheClaimsChangesNoEstimate() {
    assertThat(PopulationEvaluation.shuffleChangesNothing(data, rows, 42L)).isTrue();
  }

  @Test
  void anEditorsIdIsAHashOfTheEditorNotItsRow() {
    Source editor = PopulationData.editor("1513217: Mohammedfairouz");

    assertThat(editor.id()).isEqualTo(PopulationData.editor("1513217: Mohammedfairouz").id());
    Claim first = data.claims.get(0);
    assertThat(first.source().id()).isEqualTo(PopulationData.editor(first.source().name()).id());
  }
}
