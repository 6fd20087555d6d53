package dev.consilience.examples;

import dev.consilience.TimeSpan;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code consilience reconcile [FILE|-] [--as-of SPAN] [--format text|json]}. */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
        "Reads claims and prints one reconciliation per subject.",
        "",
        "Claims are JSON: one array of claim objects, or JSON Lines (one claim object per"
            + " line). The form is detected from the first character."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the input cannot be read or is not claims",
        "2:usage error"})
final class ReconcileCommand implements Callable<Integer> {
  @ParentCommand
  ConsilienceCommand parent;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The claims: a file, or - for standard input. Without it, the bundled claims"
          + " of the Kursk article.")
  @Nullable String file;

  @Option(
      names = "--as-of",
      paramLabel = "SPAN",
      converter = TimeSpanConverter.class,
      description = "Reconcile as of this time: 2025-06-15, 2025-06, 2025 or an interval such as"
          + " 2025-01/2025-04. By default, for each subject, the latest time any of its claims"
          + " describes.")
  @Nullable TimeSpan asOf;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (a report for people) or json (the reconciliations as JSON)."
          + " Default: ${DEFAULT-VALUE}.")
  OutputFormat format = OutputFormat.TEXT;

  /** Reconciles the claims named on the command line and prints the results. */
  @Override
  public Integer call() {
    return parent.reconcile(file, asOf, format);
  }

  /** Reads {@code --as-of} with {@link TimeSpan#parse(CharSequence)}. */
  static final class TimeSpanConverter implements CommandLine.ITypeConverter<TimeSpan> {
    @Override
    public TimeSpan convert(String value) {
      try {
        return TimeSpan.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage()
            + "; expected a date such as 2025-06-15, 2025-06 or 2025, or an interval such as"
            + " 2025-01/2025-04");
      }
    }
  }
}
