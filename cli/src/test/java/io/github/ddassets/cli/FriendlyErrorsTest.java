package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A stack overflow or an exhausted heap, which picocli lets through as errors, ends the command
 * with one line and exit code 2 like any unexpected exception: never a stack trace.
 */
class FriendlyErrorsTest {

  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {
    private final Throwable failure;

    Failing(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error error) {
        throw error;
      }
      throw (Exception) failure;
    }
  }

  private static CommandRun run(Throwable failure) {
    FriendlyErrors errors = new FriendlyErrors();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        new CommandLine(new Failing(failure))
            .setExecutionStrategy(errors)
            .setExecutionExceptionHandler(errors);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute();
    return new CommandRun(exitCode, out.toString(), err.toString());
  }

  @Test
  void stackOverflow_isOneLineAndExitTwo() {
    CommandRun run = run(new StackOverflowError());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "ddassets: an input nests too deeply to be read (the stack overflowed)\n"
                + "This is a bug in ddassets; run again with DDASSETS_DEBUG=1 and report the"
                + " trace.\n");
  }

  @Test
  void outOfMemory_isOneLineAndExitTwo() {
    CommandRun run = run(new OutOfMemoryError("Java heap space"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("ddassets: an input is too large to be read (the memory ran out)\n")
        .doesNotContain("\tat ");
  }

  @Test
  void exception_isStillOneLineAndExitTwo() {
    CommandRun run = run(new IllegalStateException("broken"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("ddassets: broken\n").doesNotContain("\tat ");
  }
}
