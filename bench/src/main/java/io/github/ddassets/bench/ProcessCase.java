package io.github.ddassets.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One command timed as a process in every round, with the runs measured so far. */
final class ProcessCase {

  private final String work;
  private final String build;
  private final List<String> command;
  private final Map<String, String> environment;
  private final int expectedExit;
  private final Runnable prepare;
  private final Samples wall = new Samples();
  private final Samples cpu = new Samples();

  /**
   * @param work what users wait for, as the table names it
   * @param build which build runs it ("after", "before", or "-" when both share it)
   * @param command the command line
   * @param environment variables added to the harness's environment
   * @param expectedExit the exit code of a correct run
   * @param prepare what to do before each run (untimed), or null
   */
  ProcessCase(
      String work,
      String build,
      List<String> command,
      Map<String, String> environment,
      int expectedExit,
      Runnable prepare) {
    this.work = work;
    this.build = build;
    this.command = List.copyOf(command);
    this.environment = Map.copyOf(environment);
    this.expectedExit = expectedExit;
    this.prepare = prepare;
  }

  /**
   * Runs the command once.
   *
   * @throws BenchException when it exits with another code than expected
   */
  ProcessRun run() {
    if (prepare != null) {
      prepare.run();
    }
    ProcessRun result = ProcessRun.of(command, environment, Path.of("").toAbsolutePath());
    if (result.exitCode() != expectedExit) {
      throw new BenchException(
          String.join(" ", command) + " exited with " + result.exitCode() + ", not " + expectedExit);
    }
    return result;
  }

  /** Keeps a measured run. */
  void record(ProcessRun result) {
    wall.add(result.wallNanos());
    cpu.add(result.cpuNanos());
  }

  String work() {
    return work;
  }

  String build() {
    return build;
  }

  Samples wall() {
    return wall;
  }

  Samples cpu() {
    return cpu;
  }
}
