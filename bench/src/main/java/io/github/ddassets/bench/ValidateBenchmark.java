package io.github.ddassets.bench;

import io.github.ddassets.cli.Main;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Times {@code ddassets validate PATH} in this JVM through {@link Main#run}, its output discarded:
 * warm-up runs, then measured runs. A usage error (exit code 2) fails the benchmark.
 */
final class ValidateBenchmark {

  private final PrintStream progress;

  ValidateBenchmark(PrintStream progress) {
    this.progress = progress;
  }

  ValidateResult run(Path corpus, int warmups, int runs) {
    Samples samples = new Samples();
    int exitCode = -1;
    for (int round = 0; round < warmups + runs; round++) {
      System.gc();
      long start = System.nanoTime();
      int code = SilencedOutput.run(() -> Main.run("validate", corpus.toString()));
      long nanos = System.nanoTime() - start;
      if (code != 0 && code != 1) {
        throw new BenchException(
            "ddassets validate " + corpus + " exited with " + code + " (usage error)");
      }
      if (exitCode >= 0 && code != exitCode) {
        throw new BenchException("ddassets validate gave exit code " + code + " after " + exitCode);
      }
      exitCode = code;
      boolean measured = round >= warmups;
      progress.printf(
          "  validate, %s: %,.0f ms (exit code %d)%n",
          measured
              ? "run " + (round - warmups + 1) + "/" + runs
              : "warm-up " + (round + 1) + "/" + warmups,
          nanos / 1e6,
          code);
      if (measured) {
        samples.add(nanos);
      }
    }
    return new ValidateResult(corpus, exitCode, samples);
  }
}
