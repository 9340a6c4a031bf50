package io.github.ddassets.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes named pipes (FIFOs) for the tests that prove a FIFO given as an input file is refused
 * rather than read: opening one for reading blocks until something writes to it. Java cannot make
 * one, so {@code mkfifo} does; where it is missing, the test is skipped with a visible message.
 */
public final class Fifos {

  private Fifos() {}

  /** Makes a FIFO at {@code path}, or skips the test saying why it cannot. */
  public static Path create(Path path) {
    String reason;
    try {
      Process mkfifo =
          new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      if (mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0 && Files.exists(path)) {
        return path;
      }
      mkfifo.destroyForcibly();
      reason = "mkfifo failed";
    } catch (IOException e) {
      reason = "mkfifo is not available (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reason = "interrupted while making a FIFO";
    }
    String message = "SKIPPED: " + reason + "; the FIFO test needs it";
    System.err.println(message);
    assumeTrue(false, message);
    throw new AssertionError("unreachable");
  }
}
