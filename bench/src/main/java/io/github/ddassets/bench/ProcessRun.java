package io.github.ddassets.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timed run of a command as a separate process, the way a user's shell runs it: its wall time,
 * and the processor time of the process and its children (user plus system), which a loaded machine
 * disturbs less than the wall time.
 *
 * @param wallNanos the wall time from start to exit
 * @param cpuNanos the user and system time of the command and its children
 * @param exitCode the command's exit code
 */
record ProcessRun(long wallNanos, long cpuNanos, int exitCode) {

  /** {@code times} prints the shell's own times, then its children's: {@code 0m1.234s 0m0.056s}. */
  private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s");

  /**
   * Runs a command through {@code sh}, with its output discarded, in the given folder.
   *
   * @throws BenchException when the command cannot be started or its times cannot be read
   */
  static ProcessRun of(List<String> command, Map<String, String> environment, Path folder) {
    List<String> shell = new ArrayList<>();
    shell.add("sh");
    shell.add("-c");
    shell.add("\"$@\" >/dev/null 2>&1; status=$?; times; echo \"$status\"");
    shell.add("sh");
    shell.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(shell).directory(folder.toFile());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    try {
      long start = System.nanoTime();
      Process process = builder.start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      long wall = System.nanoTime() - start;
      String[] lines = out.strip().split("\n");
      Matcher children = TIMES.matcher(lines.length >= 3 ? lines[lines.length - 2] : "");
      if (!children.find()) {
        throw new BenchException("cannot read the times of " + command + ": " + out);
      }
      long cpu = seconds(children.group(1), children.group(2)) + seconds(children.group(3), children.group(4));
      return new ProcessRun(wall, cpu, Integer.parseInt(lines[lines.length - 1].strip()));
    } catch (IOException e) {
      throw new BenchException("cannot run " + command + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted while running " + command);
    }
  }

  private static long seconds(String minutes, String seconds) {
    return Math.round((Long.parseLong(minutes) * 60 + Double.parseDouble(seconds)) * 1e9);
  }
}
