package io.github.ddassets.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected failure into one line on stderr and exit code 2, instead of a stack trace;
 * {@code DDASSETS_DEBUG=1} shows the trace for bug reports.
 *
 * <p>Exceptions reach it as picocli's execution exception handler. A stack overflow or an exhausted
 * heap is an {@link Error}, which picocli lets through, so it also runs the command as the
 * execution strategy and catches those two there; once the stack has unwound, the memory the
 * command held is free again and the line can be printed.
 */
final class FriendlyErrors implements IExecutionExceptionHandler, IExecutionStrategy {

  static final int USAGE = 2;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    commandLine
        .getErr()
        .println("ddassets: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    return report(e, commandLine.getErr());
  }

  @Override
  public int execute(ParseResult parseResult) {
    try {
      return new CommandLine.RunLast().execute(parseResult);
    } catch (StackOverflowError | OutOfMemoryError e) {
      CommandLine commandLine = last(parseResult).commandSpec().commandLine();
      PrintWriter err = commandLine.getErr();
      err.println(
          e instanceof StackOverflowError
              ? "ddassets: an input nests too deeply to be read (the stack overflowed)"
              : "ddassets: an input is too large to be read (the memory ran out)");
      return report(e, err);
    }
  }

  private static int report(Throwable e, PrintWriter err) {
    if (System.getenv("DDASSETS_DEBUG") != null) {
      e.printStackTrace(err);
    } else {
      err.println(
          "This is a bug in ddassets; run again with DDASSETS_DEBUG=1 and report the trace.");
    }
    err.flush();
    return USAGE;
  }

  private static ParseResult last(ParseResult parseResult) {
    ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last;
  }
}
