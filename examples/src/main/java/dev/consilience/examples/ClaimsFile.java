package dev.consilience.examples;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * What the commands that read claims share: the {@code FILE} argument and the exit codes their
 * help lists.
 */
@Command(
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the input cannot be read or is not claims, or the output cannot be written",
        "2:usage error"})
final class ClaimsFile {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The claims: a file, or - for standard input. Without it, the bundled claims"
          + " of the Kursk article.")
  @Nullable String file;
}
