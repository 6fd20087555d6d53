package dev.consilience.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consilience.Claim;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExampleMainsTest {
  @Test
  void theArticleExamplePrintsEveryClaimItsReconciliationAndThePartsCheck() throws Exception {
    String out = printedBy(() -> KurskArticle.main(new String[0]));

    for (Claim claim : KurskArticle.claims()) {
      assertThat(out).contains(claim.quantity().stated().orElseThrow());
    }
    assertThat(out)
        .contains("Shoigu, Secretary of the Russian Security Council → Russian state media"
            + " (quoted 2025-06-17) → Business Insider (reported 2025-06-17)")
        .contains("Total and parts: kursk/dprk-new-sappers + kursk/dprk-new-workers ="
            + " [6000, 6000], within the consensus [6000, 6000] of kursk/dprk-new-personnel");
    long subjects = KurskArticle.claims().stream().map(Claim::subject).distinct().count();
    assertThat(out.split("\nVerdict: ", -1)).hasSize((int) subjects + 1);
  }

  @Test
  void theJsonExamplePrintsTheClaimsAsJsonThenTheirReconciliations() throws Exception {
    String out = printedBy(() -> KurskJson.main(new String[0]));

    assertThat(out).startsWith(KurskJson.claimsAsJson())
        .contains(KurskArticle.claims().size() + " claims read back unchanged; reconciled:")
        .contains("Verdict: CONSISTENT");
  }

  /** Something that prints to standard output and may throw. */
  private interface Printing {
    void run() throws Exception;
  }

  private static String printedBy(Printing printing) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      printing.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
