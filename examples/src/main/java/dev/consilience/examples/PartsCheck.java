package dev.consilience.examples;

import dev.consilience.Range;
import dev.consilience.reconcile.Reconciliation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a total against its parts, each reconciled as its own subject: the parts' consensus
 * ranges are added up and compared with the total's consensus.
 */
final class PartsCheck {
  private PartsCheck() {}

  /**
   * Says, in a sentence, whether the parts add up to the total: {@code "kursk/dprk-new-sappers +
   * kursk/dprk-new-workers = [6000, 6000], within the consensus [6000, 6000] of
   * kursk/dprk-new-personnel"}.
   */
  static String describe(Reconciliation total, List<Reconciliation> parts) {
    List<Range> ranges = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Reconciliation part : parts) {
      Optional<Range> consensus = part.consensus();
      if (consensus.isEmpty()) {
        return "cannot add up the parts of " + total.subject().id() + ": "
            + part.subject().id() + " has no consensus (" + verdict(part) + ")";
      }
      ranges.add(consensus.get());
      names.add(part.subject().id());
    }
    Range sum = RangeSums.sum(ranges);
    String equation = String.join(" + ", names) + " = " + sum;
    Optional<Range> whole = total.consensus();
    if (whole.isEmpty()) {
      return equation + ", but " + total.subject().id() + " has no consensus ("
          + verdict(total) + ")";
    }
    String of = " the consensus " + whole.get() + " of " + total.subject().id();
    if (whole.get().encloses(sum)) {
      return equation + ", within" + of;
    }
    return whole.get().overlaps(sum)
        ? equation + ", which partly overlaps" + of
        : equation + ", outside" + of + ": the total and its parts conflict";
  }

  private static String verdict(Reconciliation reconciliation) {
    return Provenance.lowerCase(reconciliation.verdict());
  }
}
