package io.github.ddassets.example;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts child JVMs on the test's own class path, with their output in files. */
final class JavaProcesses {

  private JavaProcesses() {}

  /**
   * What a finished process printed.
   *
   * @param exitCode its exit code
   * @param stdout its standard output
   * @param stderr its standard error
   */
  record Finished(int exitCode, String stdout, String stderr) {}

  /** The java launcher of the JVM running the tests, so that children use the same JDK. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A TCP port nothing listens on at the time of the call. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Starts {@code java <jvmOptions> -cp <test class path> <mainClass> <args>}. */
  static Process start(
      Path dir, String name, List<String> jvmOptions, String mainClass, List<String> args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .start();
  }

  /** Waits for a process to end (bounded: a hung process fails the test and is killed). */
  static Finished await(Process process, Path dir, String name, Duration limit)
      throws IOException, InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      fail(name + " did not finish within " + limit + "; output: " + output(dir, name));
    }
    return new Finished(process.exitValue(), read(dir, name + ".out"), read(dir, name + ".err"));
  }

  /** Kills a process and waits for it to be gone. */
  static void destroy(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  static String output(Path dir, String name) throws IOException {
    return read(dir, name + ".out") + read(dir, name + ".err");
  }

  private static String read(Path dir, String file) throws IOException {
    Path path = dir.resolve(file);
    return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
  }
}
