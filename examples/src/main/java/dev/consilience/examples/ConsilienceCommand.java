package dev.consilience.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.consilience.Claim;
import dev.consilience.Subject;
import dev.consilience.TimeSpan;
import dev.consilience.discovery.SourceWeights;
import dev.consilience.reconcile.Reconciler;
import dev.consilience.reconcile.Reconciliation;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code consilience} command: reconciles claims read from JSON and prints what they add up
 * to, subject by subject.
 *
 * <pre>
 * consilience                     # reconcile the bundled claims of the Kursk article
 * consilience reconcile claims.json --as-of 2025-06 --format json
 * cat claims.jsonl | consilience reconcile -
 * consilience weights claims.json # how far to trust each source, learned from the claims
 * consilience reconcile claims.json --learn
 * </pre>
 *
 * <p>Exit codes: 0 on success, 1 when the input cannot be read or is not claims or the output
 * cannot be written, 2 for a usage error. Errors are one line on standard error that says where
 * and what is wrong.
 */
@Command(
    name = "consilience",
    mixinStandardHelpOptions = true,
    versionProvider = ConsilienceCommand.Version.class,
    description = {
        "Reconciles numeric claims from several sources: which independent voices agree,"
            + " which conflict, and what range, if any, they support.",
        "",
        "Without a command, reconciles the bundled claims of the Kursk article."},
    subcommands = {ReconcileCommand.class, WeightsCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the input cannot be read or is not claims, or the output cannot be written",
        "2:usage error"})
public final class ConsilienceCommand implements Callable<Integer> {
  private final InputStream stdin;
  private final ObjectMapper mapper = Json.mapper();

  @Spec
  CommandSpec spec;

  ConsilienceCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Runs the command and exits with its exit code. Text is written as UTF-8.
   *
   * @param args the command line, not null
   */
  public static void main(String[] args) {
    // Standard output itself, not System.out: a PrintStream hides its write errors from a writer.
    StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    System.exit(run(args, System.in, stdout, err));
  }

  /**
   * Runs the command and returns its exit code: 1 when the output could not be written, since a
   * PrintWriter only records that it failed and a truncated report must not pass for success.
   * A full disk is reported; a reader that went away ({@code | head}) is not, as it has what it
   * wanted.
   */
  static int run(String[] args, InputStream stdin, StandardOutput stdout, PrintWriter err) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    int exitCode = commandLine(stdin, out, err).execute(args);
    out.flush();
    if (out.checkError() && exitCode == 0) {
      if (!stdout.readerGone()) {
        err.println("consilience: cannot write the output");
      }
      exitCode = 1;
    }
    err.flush();
    return exitCode;
  }

  /** Returns the command line, reading standard input from {@code stdin}. */
  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new ConsilienceCommand(stdin));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(OutputFormat.class, lowerCaseNames(OutputFormat.class));
    commandLine.registerConverter(SourceGroups.class, lowerCaseNames(SourceGroups.class));
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      // The message and a pointer to the help, not the whole help: the error stays in view.
      CommandLine failed = exception.getCommandLine();
      failed.getErr().println(usageProblem(exception));
      UnmatchedArgumentException.printSuggestions(exception, failed.getErr());
      failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for"
          + " more information.");
      return failed.getCommandSpec().exitCodeOnInvalidInput();
    });
    commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
      if (!(exception instanceof InputException)) {
        throw exception;
      }
      // The message may quote the input, whose control characters must not reach the terminal.
      failed.getErr().println(failed.getCommandSpec().root().name() + ": "
          + TextTable.printable(exception.getMessage()));
      return failed.getCommandSpec().exitCodeOnExecutionException();
    });
    return commandLine;
  }

  /**
   * Reads the values of an option by their names in any case, and when it cannot, names them as
   * the help and the documentation write them, in lower case (picocli's own message names the
   * constants).
   */
  private static <E extends Enum<E>> CommandLine.ITypeConverter<E> lowerCaseNames(Class<E> type) {
    return value -> {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(value)) {
          return constant;
        }
        names.add(constant.name().toLowerCase(Locale.ROOT));
      }
      throw new CommandLine.TypeConversionException("expected "
          + String.join(", ", names.subList(0, names.size() - 1)) + " or "
          + names.get(names.size() - 1) + " (in any case), not '" + value + "'");
    };
  }

  /**
   * What is wrong with the command line. Of the arguments left over after an unknown option only
   * the options are named: the others (the file, an option's value) are left over because the
   * option was not known, and naming them would blame them.
   */
  private static String usageProblem(ParameterException exception) {
    if (exception instanceof UnmatchedArgumentException && ((UnmatchedArgumentException)
        exception).isUnknownOption()) {
      List<String> options = ((UnmatchedArgumentException) exception).getUnmatched().stream()
          .filter(argument -> argument.startsWith("-") && !argument.equals("-"))
          .collect(Collectors.toList());
      return (options.size() == 1 ? "Unknown option: " : "Unknown options: ")
          + options.stream().map(option -> "'" + option + "'").collect(Collectors.joining(", "));
    }
    return exception.getMessage();
  }

  /** Without a subcommand: reconciles the bundled claims and prints the text report. */
  @Override
  public Integer call() {
    return reconcile(null, null, OutputFormat.TEXT, null);
  }

  /**
   * Reconciles the claims of a file, of standard input ({@code -}) or, when {@code file} is
   * null, the bundled claims, and prints the results.
   *
   * @param learn how to group sources to weigh the voices by weights learned from the same
   *     claims, or null to weigh them by their sources' reliability
   */
  int reconcile(@Nullable String file, @Nullable TimeSpan asOf, OutputFormat format,
      @Nullable SourceGroups learn) {
    List<Claim> claims = claims(file);
    Reconciler reconciler = learn != null
        ? Reconciler.builder().weighting(learn.learner().learn(claims)).build()
        : Reconciler.defaults();
    Collection<Reconciliation> results = reconcileAll(reconciler, claims, asOf);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      printJson(new ArrayList<>(results));
    } else {
      new TextReport(out).print(results);
    }
    out.flush();
    return 0;
  }

  /**
   * Learns source weights from the claims of a file, of standard input ({@code -}) or, when
   * {@code file} is null, the bundled claims, with sources grouped by {@code groups}, and prints
   * them.
   */
  int weights(@Nullable String file, OutputFormat format, SourceGroups groups) {
    SourceWeights weights = groups.learner().learn(claims(file));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      printJson(weights);
    } else {
      new WeightsReport(out).print(weights);
    }
    out.flush();
    return 0;
  }

  private List<Claim> claims(@Nullable String file) {
    ClaimsInput input = new ClaimsInput(new ClaimsReader(mapper));
    return file == null
        ? input.bundled()
        : file.equals("-") ? input.stdin(stdin) : input.file(file);
  }

  /** Prints a value as indented JSON, written whole first so a failure leaves no half of it. */
  private void printJson(Object value) {
    try {
      spec.commandLine().getOut().println(Json.prettyWriter(mapper).writeValueAsString(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reconciles each subject as of its latest time, or, when given, as of {@code asOf}. */
  private static Collection<Reconciliation> reconcileAll(
      Reconciler reconciler, List<Claim> claims, @Nullable TimeSpan asOf) {
    Map<Subject, Reconciliation> latest = reconciler.reconcileAll(claims);
    if (asOf == null) {
      return latest.values();
    }
    Map<Subject, List<Claim>> bySubject = claims.stream()
        .collect(Collectors.groupingBy(Claim::subject));
    // The subjects in the order reconcileAll gives them.
    return latest.keySet().stream()
        .map(subject -> reconciler.reconcile(bySubject.get(subject), asOf))
        .collect(Collectors.toList());
  }

  /** The version: the build's, from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ConsilienceCommand.class.getPackage().getImplementationVersion();
      return new String[] {"consilience " + (version == null ? "(development build)" : version)};
    }
  }

  /** Standard output that remembers whether a write failed because its reader went away. */
  static final class StandardOutput extends FilterOutputStream {
    private boolean readerGone;

    StandardOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        // "Broken pipe" on Linux and macOS, "The pipe is being closed" on Windows.
        String message = e.getMessage();
        readerGone |= message != null && message.toLowerCase(Locale.ROOT).contains("pipe");
        throw e;
      }
    }

    /** Whether a write failed because the reading end of a pipe was closed. */
    boolean readerGone() {
      return readerGone;
    }
  }
}
