package io.github.ddassets.cli;

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
    subcommands = {
      ValidateCommand.class,
      RenderCommand.class,
      VerifyCommand.class,
      SyncCommand.class,
      ImportCommand.class,
      DiffCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no errors (warnings allowed)",
      "1:errors were found",
      "2:the command line or its paths are wrong"
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code (for tests). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line, for callers that redirect its output. */
  public static CommandLine commandLine() {
    FriendlyErrors errors = new FriendlyErrors();
    return new CommandLine(new Main())
        .setExecutionStrategy(errors)
        .setExecutionExceptionHandler(errors);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing a command: try `ddassets validate PATH`");
  }
}
