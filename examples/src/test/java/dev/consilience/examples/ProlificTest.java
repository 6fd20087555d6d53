package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.examples.PopulationEvaluation.Prolific;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of the most prolific editor, on small files written for the test. */
class ProlificTest {
  @Test
  void countsItemsAloneGoldAndValuesSharedWithAnonymousEditors(@TempDir Path folder)
      throws IOException {
    Files.writeString(folder.resolve("population_claims.csv"), String.join("\n",
        "\"ObjectID\",\"PropertyID\",\"PropertyValue\",\"SourceID\",\"TimeStamp\"",
        // On gold item "a" the bot shares a wrong value with an anonymous editor.
        "\"a\",\"Population2000\",\"10\",\"5: Bot\",\"null\"",
        "\"a\",\"Population2000\",\"10\",\"0 (1.2.3.4)\",\"null\"",
        "\"a\",\"Population2000\",\"11\",\"7: Editor\",\"null\"",
        // On gold item "b" it is alone and right.
        "\"b\",\"Population2000\",\"20\",\"5: Bot\",\"null\"",
        // On "c", which has no gold value, a registered editor shares its value.
        "\"c\",\"Population2000\",\"30\",\"5: Bot\",\"null\"",
        "\"c\",\"Population2000\",\"30\",\"8: Other\",\"null\"",
        "\"d\",\"Population2000\",\"40\",\"7: Editor\",\"null\"",
        ""));
    Files.writeString(folder.resolve("population_truth.csv"), String.join("\n",
        "\"ObjectID\",\"PropertyID\",\"PropertyValue\"",
        "\"a\",\"Population2000\",\"11\"",
        "\"b\",\"Population2000\",\"20\"",
        ""));

    Prolific bot = Prolific.of(PopulationData.read(folder));

    assertThat(bot.editor()).isEqualTo("5: Bot");
    assertThat(bot.claims()).isEqualTo(3);
    assertThat(bot.items()).isEqualTo(3);
    assertThat(bot.alone()).isEqualTo(1);
    assertThat(bot.goldItems()).isEqualTo(2);
    assertThat(bot.goldRight()).isEqualTo(1);
    assertThat(bot.sharedWithAnonymous()).isEqualTo(1);
    assertThat(bot.sharedRight()).isZero();
  }
}
