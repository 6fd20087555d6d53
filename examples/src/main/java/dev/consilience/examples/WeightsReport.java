package dev.consilience.examples;

import dev.consilience.discovery.SourceWeight;
import dev.consilience.discovery.SourceWeights;
import dev.consilience.examples.TextTable.Column;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Prints learned source weights for people: a line on the learning, then one row per source,
 * heaviest first (ties by source id), within {@link TextReport#WIDTH} columns.
 *
 * <pre>
 * learned from 3 sources in 8 rounds (converged)
 *
 * source  weight  accuracy  agreed  subjects  compared
 * ------  ------  --------  ------  --------  --------
 * census   2.367     0.842    3.42         4         4
 * </pre>
 */
final class WeightsReport {
  /** Heaviest first; among equals, by source id, so that the order never depends on input. */
  private static final Comparator<SourceWeight> HEAVIEST_FIRST =
      Comparator.comparingDouble(SourceWeight::weight).reversed()
          .thenComparing(SourceWeight::sourceId);

  private final PrintWriter out;

  WeightsReport(PrintWriter out) {
    this.out = out;
  }

  void print(SourceWeights weights) {
    List<SourceWeight> sources = new ArrayList<>(weights.sources());
    if (sources.isEmpty()) {
      out.println("no claims to learn from");
      return;
    }
    out.println(String.format(Locale.ROOT, "learned from %d source%s in %d round%s (%s)",
        sources.size(), sources.size() == 1 ? "" : "s",
        weights.iterations(), weights.iterations() == 1 ? "" : "s",
        weights.converged() ? "converged" : "stopped at the limit, not converged"));
    out.println();
    sources.sort(HEAVIEST_FIRST);
    TextTable table = new TextTable(List.of(
        Column.text("source"), Column.number("weight"), Column.number("accuracy"),
        Column.number("agreed"), Column.number("subjects"), Column.number("compared")));
    for (SourceWeight source : sources) {
      table.addRow(List.of(
          source.sourceId(),
          String.format(Locale.ROOT, "%.3f", source.weight()),
          String.format(Locale.ROOT, "%.3f", source.accuracy()),
          String.format(Locale.ROOT, "%.2f", source.agreements()),
          Integer.toString(source.subjects()),
          Integer.toString(source.compared())));
    }
    for (String line : table.render(TextReport.WIDTH)) {
      out.println(line);
    }
  }
}
