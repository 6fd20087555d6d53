package dev.consilience.examples;

import dev.consilience.Bound;
import dev.consilience.Claim;
import dev.consilience.Range;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.examples.TextTable.Column;
import dev.consilience.reconcile.Conflict;
import dev.consilience.reconcile.Exclusion;
import dev.consilience.reconcile.Reconciliation;
import dev.consilience.reconcile.Voice;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command's report for people: per subject, a table of its claims and what each became, then
 * the verdict, consensus, robust range, estimate, conflicts and, when there are any, the claims
 * excluded. Lines fit {@value
 * #WIDTH} columns.
 *
 * <p>Sources are shown by id, the key by which claims are grouped into voices, so that a whole
 * relay chain fits its column; the effective range, weight and support are those of the claim's
 * voice.
 */
final class TextReport {
  static final int WIDTH = 100;
  private static final String INDENT = "  ";
  private static final String NONE = "none";
  private static final int LABEL_WIDTH = 14;
  /** The longest number written in plain notation. */
  private static final int PLAIN_LENGTH = 20;
  /** A number as {@link BigDecimal#toPlainString()} writes it. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final PrintWriter out;

  TextReport(PrintWriter out) {
    this.out = out;
  }

  /** Prints the reports, in the order given, separated by a blank line. */
  void print(Collection<Reconciliation> reconciliations) {
    if (reconciliations.isEmpty()) {
      out.println("no claims to reconcile");
      return;
    }
    boolean first = true;
    for (Reconciliation reconciliation : reconciliations) {
      if (!first) {
        out.println();
      }
      first = false;
      print(reconciliation);
    }
    out.flush();
  }

  private void print(Reconciliation reconciliation) {
    Subject subject = reconciliation.subject();
    out.println(fit(TextTable.printable(subject.id())));
    subject.description().ifPresent(description -> {
      for (String line : wrap(TextTable.printable(description), WIDTH - INDENT.length())) {
        out.println(INDENT + line);
      }
    });
    out.println(fit(INDENT + "trend " + Provenance.lowerCase(subject.trend())
        + reconciliation.unit().map(unit -> ", unit " + TextTable.printable(unit.toString()))
            .orElse("")
        + reconciliation.asOf().map(asOf -> ", as of " + asOf).orElse("")));
    out.println();
    for (String line : claimsTable(reconciliation).render(WIDTH - INDENT.length())) {
      out.println(INDENT + line);
    }
    out.println();
    line("verdict", Provenance.lowerCase(reconciliation.verdict()));
    line("consensus", range(reconciliation.consensus()));
    line("robust range", range(reconciliation.robustRange()));
    line("estimate", reconciliation.estimate().map(TextReport::number).orElse(NONE));
    lines("conflicts", reconciliation.conflicts().stream().map(TextReport::conflict));
    if (!reconciliation.excluded().isEmpty()) {
      lines("excluded", reconciliation.excluded().stream().map(TextReport::exclusion));
    }
  }

  private static TextTable claimsTable(Reconciliation reconciliation) {
    TextTable table = new TextTable(List.of(
        Column.text("source"), Column.text("via"), Column.value("as of"), Column.value("stated"),
        Column.value("effective range"), Column.number("weight"), Column.value("supports")));
    for (Voice voice : reconciliation.voices()) {
      for (Claim claim : voice.claims()) {
        table.addRow(List.of(
            claim.source().id(), via(claim), time(claim.asOf()), time(claim.statedOn()),
            range(voice.range()), String.format(Locale.ROOT, "%.2f", voice.weight()),
            voice.supportsConsensus() ? "yes" : "no"));
      }
    }
    for (Exclusion exclusion : reconciliation.excluded()) {
      Claim claim = exclusion.claim();
      table.addRow(List.of(
          claim.source().id(), via(claim), time(claim.asOf()), time(claim.statedOn()),
          "excluded", "", ""));
    }
    return table;
  }

  private static String conflict(Conflict conflict) {
    String first = conflict.first().source().id();
    String second = conflict.second().source().id();
    if (conflict.kind() == Conflict.Kind.SELF_CONTRADICTION) {
      return (first.equals(second) ? first + " contradicts itself: "
          : first + " and " + second + " (one voice) contradict each other: ")
          + reason(conflict);
    }
    return first + " vs " + second + ": " + reason(conflict);
  }

  /**
   * {@link Conflict#reason()}, with each number the rest of the report writes in scientific
   * notation ({@link #number}) written so here too, so that a number of thousands of digits does
   * not fill the screen. The library's words are kept as they are: only whole numbers written in
   * the plain notation of those values are replaced, in one pass, so that no number is replaced
   * inside another or inside a replacement.
   */
  static String reason(Conflict conflict) {
    Map<String, String> lengthy = new HashMap<>();
    Stream.of(conflict.firstRange(), conflict.secondRange())
        .flatMap(range -> Stream.of(range.lower(), range.upper()))
        .flatMap(Optional::stream)
        .map(Bound::value)
        .forEach(value -> lengthy.put(value.toPlainString(), number(value)));
    return PLAIN_NUMBER.matcher(conflict.reason()).replaceAll(match ->
        Matcher.quoteReplacement(lengthy.getOrDefault(match.group(), match.group())));
  }

  private static String exclusion(Exclusion exclusion) {
    return exclusion.claim().source().id() + ": " + exclusion.detail();
  }

  private static String via(Claim claim) {
    return claim.relays().isEmpty()
        ? "-"
        : claim.relays().stream().map(relay -> relay.source().id())
            .collect(Collectors.joining(" → "));
  }

  private static String time(Optional<TimeSpan> time) {
    return time.map(TimeSpan::toString).orElse("-");
  }

  private static String range(Optional<Range> range) {
    return range.map(TextReport::range).orElse(NONE);
  }

  /** The range in interval notation, as {@link Range#toString()} but with {@link #number}s. */
  static String range(Range range) {
    return range.lower().map(lower -> (lower.inclusive() ? "[" : "(") + number(lower.value()))
        .orElse("(-∞")
        + ", "
        + range.upper().map(upper -> number(upper.value()) + (upper.inclusive() ? "]" : ")"))
            .orElse("+∞)");
  }

  /**
   * The number in plain notation, or, when that is longer than {@value #PLAIN_LENGTH}
   * characters, in scientific notation ({@code 9E-41}, {@code 2.5E+30}) when that is shorter: a
   * run of zeros is not read at a glance, and would push the rest of its line out of the
   * report's width.
   */
  static String number(BigDecimal number) {
    String plain = number.toPlainString();
    if (plain.length() <= PLAIN_LENGTH) {
      return plain;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    String digits = stripped.unscaledValue().abs().toString();
    long exponent = digits.length() - 1L - stripped.scale();
    String scientific = (stripped.signum() < 0 ? "-" : "") + digits.charAt(0)
        + (digits.length() > 1 ? "." + digits.substring(1) : "")
        + "E" + (exponent < 0 ? "" : "+") + exponent;
    // Twenty-one significant digits are shorter written out than with an exponent.
    return scientific.length() < plain.length() ? scientific : plain;
  }

  private void line(String label, String value) {
    out.println(fit(INDENT + pad(label) + value));
  }

  /** Prints a labelled list, each item wrapped at word boundaries under the first's column. */
  private void lines(String label, Stream<String> values) {
    List<String> items = values.map(TextTable::printable).collect(Collectors.toList());
    if (items.isEmpty()) {
      line(label, NONE);
      return;
    }
    String margin = INDENT + " ".repeat(LABEL_WIDTH);
    String first = INDENT + pad(label);
    for (String item : items) {
      for (String line : wrap(item, WIDTH - margin.length())) {
        out.println(first + line);
        first = margin;
      }
    }
  }

  /** Breaks a text into lines of at most {@code width}, at spaces where it can. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > width) {
      int space = rest.lastIndexOf(' ', width);
      int end = space > 0 ? space : width;
      lines.add(rest.substring(0, end).stripTrailing());
      rest = rest.substring(end).stripLeading();
    }
    lines.add(rest);
    return lines;
  }

  private static String pad(String label) {
    return label + " ".repeat(LABEL_WIDTH - label.length());
  }

  private static String fit(String line) {
    return TextTable.cut(line, WIDTH);
  }
}
