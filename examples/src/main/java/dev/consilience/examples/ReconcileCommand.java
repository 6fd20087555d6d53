package dev.consilience.examples;

import dev.consilience.TimeSpan;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code consilience reconcile [FILE|-] [--as-of SPAN] [--format text|json] [--learn [--group-by
 * GROUPS]]}.
 */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    versionProvider = ConsilienceCommand.Version.class,
    description = {
        "Reads claims and prints one reconciliation per subject.",
        "",
        "Claims are JSON: one array of claim objects, or JSON Lines (one claim object per"
            + " line). The form is detected from the first character."},
    sortOptions = false)
final class ReconcileCommand implements Callable<Integer> {
  @ParentCommand
  ConsilienceCommand parent;

  @Spec
  CommandSpec spec;

  @Mixin
  ClaimsFile claims = new ClaimsFile();

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

  @Option(
      names = "--learn",
      description = "Weigh each voice by how far its source is trusted as learned from all the"
          + " claims read (see the weights command), instead of by the source's reliability.")
  boolean learn;

  @Option(
      names = "--group-by",
      paramLabel = "GROUPS",
      description = "With --learn, how sources are grouped for their prior: kind (the default),"
          + " reliability, affiliation or none; see the weights command.")
  @Nullable SourceGroups groups;

  /** Reconciles the claims named on the command line and prints the results. */
  @Override
  public Integer call() {
    if (groups != null && !learn) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--group-by needs --learn: it says how learned weights group the sources");
    }
    return parent.reconcile(claims.file, asOf, format,
        learn ? (groups == null ? SourceGroups.KIND : groups) : null);
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
