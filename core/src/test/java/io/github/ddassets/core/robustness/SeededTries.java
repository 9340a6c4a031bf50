package io.github.ddassets.core.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Property-based tries: each try damages one file of the corpus with one {@link Mutation}, both
 * chosen by a {@link Random} seeded with the property's seed plus the try's number, and runs a
 * check on it within a time budget. The seeds are fixed, so every run makes the same tries, and a
 * failing try names its seed; {@code -Dddassets.robustness.seed=<seed>} runs that try alone.
 */
final class SeededTries {

  /**
   * The time one input may take: far above the tens of milliseconds a damaged file takes, so that
   * only a hang or a runaway read fails it.
   */
  static final Duration BUDGET = Duration.ofSeconds(20);

  /** A check of one damaged file. */
  interface Check {
    void run(Path original, byte[] damaged) throws Exception;
  }

  private SeededTries() {}

  /**
   * The tries of a property, one dynamic test each.
   *
   * @param seed the property's seed; try {@code i} uses {@code seed + i}
   * @param tries how many tries
   * @param files the corpus files to damage
   */
  static Stream<DynamicTest> of(long seed, int tries, List<Path> files, Check check) {
    String only = System.getProperty("ddassets.robustness.seed");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      long trySeed = seed + i;
      if (only != null && !only.isBlank() && Long.parseLong(only.strip()) != trySeed) {
        continue;
      }
      Random random = new Random(trySeed);
      Path file = files.get(random.nextInt(files.size()));
      Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
      String name =
          String.format(
              "try %d (seed %d): %s of %s",
              i, trySeed, mutation, file.getParent().getFileName() + "/" + file.getFileName());
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () -> {
                byte[] damaged = mutation.apply(read(file), random);
                try {
                  assertTimeoutPreemptively(BUDGET, () -> check.run(file, damaged), name);
                } catch (Throwable e) {
                  // The report then names the seed that reproduces the failure.
                  throw new AssertionError(name + ": " + e, e);
                }
              }));
    }
    return tests.stream();
  }

  /** The files named {@code fileName} under a folder, sorted, so that the tries are stable. */
  static List<Path> files(Path root, String fileName) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.getFileName().toString().equals(fileName))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
