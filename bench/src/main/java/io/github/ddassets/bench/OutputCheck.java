package io.github.ddassets.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Proves that a compilation did what it was timed for: every class was compiled, and the ddassets
 * processor wrote every integration's {@code metadata.csv} (or, when it was not to run, that
 * nothing was written).
 */
final class OutputCheck {

  /** Where the processor writes an integration's files in the class output. */
  static final String ASSETS_ROOT = "META-INF/datadog";

  private OutputCheck() {}

  /** Fails the benchmark when the class output lacks a class or has the wrong asset files. */
  static void verify(SyntheticProject project, Variant variant, Path classOutput) {
    boolean withProcessor = variant == Variant.DDASSETS;
    Path packageDir = classOutput.resolve(CheckClassSource.PACKAGE.replace('.', '/'));
    Path assets = classOutput.resolve(ASSETS_ROOT);
    for (CheckId check : project.checks()) {
      Path classFile = packageDir.resolve(check.className() + ".class");
      if (!Files.isRegularFile(classFile)) {
        throw new BenchException("javac did not write " + classFile);
      }
    }
    for (CheckId integration : project.integrations()) {
      if (withProcessor) {
        Path metadata = assets.resolve(integration.name()).resolve("metadata.csv");
        if (!isNonEmptyFile(metadata)) {
          throw new BenchException(
              "the processor did not run: "
                  + metadata
                  + " is missing or empty. Is the processor"
                  + " on the processor path (and registered in META-INF/services)?");
        }
      }
    }
    if (!withProcessor && Files.exists(assets)) {
      throw new BenchException(
          variant.label() + " wrote " + assets + ": the ddassets processor ran when it should not");
    }
  }

  private static boolean isNonEmptyFile(Path file) {
    try {
      return Files.isRegularFile(file) && Files.size(file) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
