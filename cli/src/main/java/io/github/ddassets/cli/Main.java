package io.github.ddassets.cli;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ddassets} command. */
@Command(
    name = "ddassets",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Validate Datadog integration asset files, render configuration examples, keep"
            + " committed copies of generated files up to date, and import integration folders"
            + " into annotated Java.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:errors were found",
      "2:the command line or its paths are wrong"
    })
public final class Main implements Runnable {

  /**
   * The subcommands' names, in the order the usage help lists them. picocli reads a command's
   * annotations when it is added, which is a good part of a short run's start-up, so a run adds
   * only the subcommand it names (see {@link #commandLine(String...)}).
   */
  private static final List<String> SUBCOMMANDS =
      List.of(
          "validate", "render", "verify", "sync", "import", "diff", "help", "generate-completion");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** The configured command line with every subcommand, for callers that redirect its output. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured command line for these arguments: when the first names a subcommand that works
   * alone, with that subcommand alone; otherwise (no subcommand, an option such as {@code --help},
   * a misspelt name that picocli suggests a correction for) with all of them.
   */
  public static CommandLine commandLine(String... args) {
    FriendlyErrors errors = new FriendlyErrors();
    CommandLine commandLine =
        new CommandLine(new Main())
            .setExecutionStrategy(errors)
            .setExecutionExceptionHandler(errors);
    // `help` and `generate-completion` speak of every subcommand, so they need them all.
    String first = args.length == 0 ? "" : args[0];
    boolean alone =
        SUBCOMMANDS.contains(first)
            && !first.equals("help")
            && !first.equals("generate-completion");
    if (alone) {
      commandLine.addSubcommand(first, subcommand(first));
    } else {
      for (String name : SUBCOMMANDS) {
        commandLine.addSubcommand(name, subcommand(name));
      }
    }
    return commandLine;
  }

  /**
   * A new instance of the named subcommand. A switch rather than constructor references: the
   * ahead-of-time cache of Java 25 cannot hold a reference to a constructor of picocli's classes,
   * which are compiled for an old class-file version, and fails to write.
   */
  private static Object subcommand(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "render" -> new RenderCommand();
      case "verify" -> new VerifyCommand();
      case "sync" -> new SyncCommand();
      case "import" -> new ImportCommand();
      case "diff" -> new DiffCommand();
      case "help" -> new CommandLine.HelpCommand();
      case "generate-completion" -> new AutoComplete.GenerateCompletion();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a command: try `ddassets validate PATH`");
  }
}
