package dev.consilience.reconcile;

import dev.consilience.Claim;
import dev.consilience.Hedge;
import dev.consilience.Range;
import dev.consilience.Relay;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.Trend;
import dev.consilience.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@link Reconciliation#explain()}: the account of a reconciliation for a reader who does
 * not know the library. It retraces each claim's steps (conversion, widening, projection,
 * weight) from the reconciler's settings, so nothing is kept for it until it is asked for.
 */
final class Explanation {
  private static final String INDENT = "     ";

  private final Reconciler reconciler;
  private final Reconciliation result;
  private final StringBuilder text = new StringBuilder(1024);

  Explanation(Reconciler reconciler, Reconciliation result) {
    this.reconciler = reconciler;
    this.result = result;
  }

  String text() {
    header();
    claims();
    outcome();
    conflicts();
    exclusions();
    why();
    return text.toString();
  }

  private void header() {
    Subject subject = result.subject();
    text.append(subject.id());
    subject.description().ifPresent(d -> text.append(" — ").append(d));
    text.append('\n').append("Trend: ").append(trend(subject.trend())).append('\n');
    text.append("As of: ").append(result.asOf().map(TimeSpan::toString)
        .orElseGet(this::everyTime)).append('\n');
    result.unit().ifPresent(unit -> text.append("Unit: ").append(unit).append('\n'));
  }

  /** Why there is no time: no claim gives one, or none that was reconciled does. */
  private String everyTime() {
    boolean leftOutDated = result.excluded().stream().anyMatch(e -> e.claim().time().isPresent());
    return leftOutDated ? "every time (no claim reconciled says when)"
        : "every time (no claim says when)";
  }

  private static String trend(Trend trend) {
    switch (trend) {
      case CUMULATIVE:
        return "cumulative: the count never decreases, so an earlier claim sets a floor for "
            + "later times and a later claim a ceiling for earlier times";
      case VARYING:
        return "varying: the value changes either way, so only claims about the same time are "
            + "compared";
      default:
        return "fixed: one true value, whenever it was stated";
    }
  }

  private void claims() {
    List<Voice> voices = result.voices();
    text.append('\n').append(voices.size() == 1 ? "1 independent voice" : voices.size()
        + " independent voices").append(":\n");
    int number = 1;
    for (Voice voice : voices) {
      text.append(number++).append(". ").append(originName(voice)).append(" says ")
          .append(voice.range()).append(", weight ").append(weight(voice.weight()))
          .append(", ").append(supports(voice.supportsConsensus())).append('\n');
      if (voice.claims().size() > 1) {
        text.append("   ").append(voice.claims().size()).append(" claims, counted once")
            .append(voice.latest() == null ? ": the voice says what they all allow"
                : ": they contradict each other, so the voice says the most recently stated")
            .append('\n');
      }
      for (Claim claim : voice.claims()) {
        claim(claim, voice);
      }
    }
  }

  private static String originName(Voice voice) {
    Claim first = voice.claims().get(0);
    String name = first.source().name();
    boolean oneSource = voice.claims().stream().allMatch(c -> c.source().equals(first.source()));
    if (oneSource) {
      return name + " (" + voice.origin() + ")";
    }
    return voice.origin() + " (" + voice.claims().stream().map(c -> c.source().name())
        .distinct().reduce((a, b) -> a + ", " + b).orElse(name) + ")";
  }

  private void claim(Claim claim, Voice voice) {
    text.append("   - claim ").append(claim.id()).append(": ").append(chain(claim)).append('\n');
    text.append(INDENT).append(dates(claim)).append('\n');
    Range stated = claim.quantity().range();
    Unit unit = claim.quantity().unit();
    text.append(INDENT).append("as stated: ").append(stated).append(' ').append(unit);
    Hedge hedge = claim.quantity().hedge();
    if (hedge != Hedge.NONE) {
      text.append(", ").append(hedge.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    claim.quantity().stated().ifPresent(words -> text.append(" (\"").append(words).append("\")"));
    text.append('\n');
    claim.quote().ifPresent(quote -> text.append(INDENT).append("quote: \"").append(quote)
        .append("\"\n"));
    Unit target = result.unit().orElse(unit);
    Range range = reconciler.units().convert(stated, unit, target);
    if (range == null) {
      return;
    }
    if (!unit.equals(target)) {
      text.append(INDENT).append("in ").append(target).append(": ").append(range).append('\n');
    }
    Range widened = HedgeWidening.widen(range, hedge, reconciler.hedgeTolerance());
    if (!widened.equals(range)) {
      text.append(INDENT).append("widened by the hedge tolerance of ")
          .append(percent(reconciler.hedgeTolerance())).append(": ").append(widened).append('\n');
    }
    Range projected = widened;
    if (result.subject().trend() == Trend.CUMULATIVE) {
      TimeSpan asOf = result.asOf().orElse(null);
      int relation = TimeProjection.relation(claim.time().orElse(null), asOf);
      projected = TimeProjection.project(widened, relation);
      if (!projected.equals(widened)) {
        text.append(INDENT).append("projected to ").append(asOf).append(": ").append(projected)
            .append(relation == TimeProjection.BEFORE
                ? " (a count that never decreases is still at least what it was)"
                : " (a count that never decreases was already at most what it became)")
            .append('\n');
      }
    }
    text.append(INDENT).append("weight ")
        .append(weight(Weighing.weightOf(reconciler.weighting(), claim)));
    // A claim is heard only through its voice: it supports the consensus when its voice does, and
    // not at all when a later claim of its origin speaks instead.
    if (voice.latest() != null && !voice.latest().equals(claim)) {
      text.append(", superseded: the origin's most recently stated claim speaks for it");
    } else if (result.consensus().isPresent()) {
      text.append(", ").append(supports(voice.supportsConsensus()));
    }
    text.append('\n');
  }

  private static String chain(Claim claim) {
    StringBuilder chain = new StringBuilder(claim.source().name());
    for (Relay relay : claim.relays()) {
      chain.append(" → ").append(relay.source().name()).append(" (")
          .append(relay.kind().name().toLowerCase(Locale.ROOT));
      relay.on().ifPresent(on -> chain.append(' ').append(on));
      chain.append(')');
    }
    return chain.toString();
  }

  private String dates(Claim claim) {
    StringBuilder dates = new StringBuilder();
    dates.append(claim.statedOn().map(on -> "stated " + on).orElse("date stated unknown"));
    claim.asOf().ifPresent(asOf -> dates.append(", describes ").append(asOf));
    TimeSpan time = claim.time().orElse(null);
    TimeSpan asOf = result.asOf().orElse(null);
    if (time == null) {
      dates.append("; taken to hold at every time");
    } else if (asOf != null && result.subject().trend() != Trend.FIXED) {
      int relation = TimeProjection.relation(time, asOf);
      dates.append("; ").append(relation == TimeProjection.BEFORE ? "before "
          : relation == TimeProjection.AFTER ? "after " : "counts as of ").append(asOf);
    }
    return dates.toString();
  }

  private void outcome() {
    String unit = result.unit().map(u -> " " + u).orElse("");
    text.append('\n').append("Verdict: ").append(result.verdict()).append('\n');
    text.append("Consensus: ").append(result.consensus().map(r -> r + unit)
        .orElse("none")).append('\n');
    int n = result.voices().size();
    text.append("Robust range: ");
    int f = FaultTolerantIntersection.faults(n);
    if (result.robustRange().isPresent()) {
      text.append(result.robustRange().get()).append(unit)
          .append(f == 0 ? " (holds the true value if no voice is wrong)"
              : " (holds the true value if at most " + f + " of the " + n + " voices "
                  + (f == 1 ? "is" : "are") + " wrong)");
    } else if (n > 0) {
      text.append(f == 0 ? "none: the voices show that at least one of them is wrong"
          : "none: the voices show that more than " + f + " of the " + n + " are wrong");
    } else {
      text.append("none");
    }
    text.append('\n');
    text.append("Hull: ").append(result.hull().map(r -> r + unit).orElse("none")).append('\n');
    text.append("Estimate: ").append(result.estimate().map(e -> e.toPlainString() + unit)
        .orElseGet(this::noEstimate)).append('\n');
  }

  private String noEstimate() {
    Range consensus = result.consensus().orElse(null);
    if (consensus == null) {
      return "none: there is no consensus";
    }
    if (!consensus.isBounded()) {
      return "none: the consensus is unbounded, so no single number is honest";
    }
    return "none: no bounded voice supports the consensus";
  }

  private void conflicts() {
    List<Conflict> conflicts = result.conflicts();
    text.append('\n').append("Conflicts:").append(conflicts.isEmpty() ? " none" : "").append('\n');
    for (Conflict conflict : conflicts) {
      text.append("- ").append(conflict.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(": ").append(conflict.first().source().name()).append(" (claim ")
          .append(conflict.first().id()).append(") against ")
          .append(conflict.second().source().name()).append(" (claim ")
          .append(conflict.second().id()).append("): ").append(conflict.reason()).append('\n');
    }
  }

  private void exclusions() {
    List<Exclusion> excluded = result.excluded();
    text.append("Left out:").append(excluded.isEmpty() ? " none" : "").append('\n');
    for (Exclusion exclusion : excluded) {
      text.append("- ").append(exclusion.claim().source().name()).append(" (claim ")
          .append(exclusion.claim().id()).append("): ").append(exclusion.detail()).append('\n');
    }
  }

  private void why() {
    text.append('\n').append("Why: ");
    List<Voice> voices = result.voices();
    switch (result.verdict()) {
      case EMPTY:
        text.append("no claim could be used, so there is nothing to reconcile.");
        break;
      case CONSISTENT:
        boolean alone = voices.size() == 1;
        if (alone && voices.get(0).latest() != null) {
          text.append("there is one independent voice, and it contradicts itself (see the "
              + "conflicts), so it says what it stated most recently: ")
              .append(result.consensus().orElseThrow()).append(" is the consensus.");
        } else {
          text.append(alone ? "there is one independent voice, and it is consistent with "
                  + "itself: its range is the consensus."
              : (voices.size() == 2 ? "both" : "all " + voices.size()) + " independent voices "
                  + "can be right at once: every one of them allows "
                  + result.consensus().orElseThrow() + ".");
        }
        if (result.subject().trend() == Trend.CUMULATIVE) {
          // A consistent result may still hold an origin's own fall across time.
          boolean ownFall = result.conflicts().stream().anyMatch(Conflict::acrossTime);
          text.append(ownFall ? " No origin contradicts a later claim of another origin"
              : " No claim contradicts a later one").append(
                  ": an earlier count only sets a floor for later times.");
        }
        if (!alone && !result.conflicts().isEmpty()) {
          text.append(" An origin that contradicts itself does not count against the others: "
              + "its voice says what it stated most recently.");
        }
        break;
      case CONTESTED:
        long supporting = voices.stream().filter(Voice::supportsConsensus).count();
        text.append("the voices cannot all be right (see the conflicts). The region ")
            .append(result.consensus().orElseThrow()).append(" has strictly the most support: ")
            .append(supporting).append(" of ").append(voices.size())
            .append(" voices, with total weight ").append(weight(supportWeight()))
            .append(", more than any other region.");
        break;
      default:
        text.append("the voices cannot all be right (see the conflicts), and ")
            .append(result.tiedRegions() == 0 ? "no voice carries any weight"
                : result.tiedRegions() + " separate regions tie for the most support")
            .append(", so no range and no single number can honestly be preferred.");
        break;
    }
    text.append('\n');
  }

  private double supportWeight() {
    BigDecimal total = BigDecimal.ZERO;
    for (Voice voice : result.voices()) {
      if (voice.supportsConsensus()) {
        total = total.add(BigDecimal.valueOf(voice.weight()));
      }
    }
    return total.doubleValue();
  }

  private static String supports(boolean supports) {
    return supports ? "supports the consensus" : "does not support the consensus";
  }

  private static String weight(double weight) {
    return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

}
