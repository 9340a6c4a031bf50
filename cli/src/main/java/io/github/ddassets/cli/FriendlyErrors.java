package io.github.ddassets.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into one line on stderr and exit code 2, instead of a stack trace;
 * {@code DDASSETS_DEBUG=1} shows the trace for bug reports.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

  static final int USAGE = 2;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    commandLine
        .getErr()
        .println("ddassets: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (System.getenv("DDASSETS_DEBUG") != null) {
      e.printStackTrace(commandLine.getErr());
    } else {
      commandLine
          .getErr()
          .println(
              "This is a bug in ddassets; run again with DDASSETS_DEBUG=1 and report the trace.");
    }
    return USAGE;
  }
}
