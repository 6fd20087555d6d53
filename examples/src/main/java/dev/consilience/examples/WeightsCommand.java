package dev.consilience.examples;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code consilience weights [FILE|-] [--format text|json] [--group-by
 * kind|reliability|affiliation|none]}.
 */
@Command(
    name = "weights",
    mixinStandardHelpOptions = true,
    versionProvider = ConsilienceCommand.Version.class,
    description = {
        "Reads claims about many subjects and prints how far to trust each source, learned from"
            + " how often its claims agree with the others' (truth discovery).",
        "",
        "Claims are JSON, as for reconcile."},
    sortOptions = false)
final class WeightsCommand implements Callable<Integer> {
  @ParentCommand
  ConsilienceCommand parent;

  @Mixin
  ClaimsFile claims = new ClaimsFile();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (a table for people, heaviest source first) or json (the weights as"
          + " JSON, sources in id order). Default: ${DEFAULT-VALUE}.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--group-by",
      paramLabel = "GROUPS",
      defaultValue = "kind",
      description = "How sources are grouped for their prior, which a source with a short record"
          + " stays near: kind, reliability, affiliation or none. Default: ${DEFAULT-VALUE}.")
  SourceGroups groups = SourceGroups.KIND;

  /** Learns from the claims named on the command line and prints the weights. */
  @Override
  public Integer call() {
    return parent.weights(claims.file, format, groups);
  }
}
