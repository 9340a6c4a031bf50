package io.github.ddassets.testing;

import io.github.ddassets.core.read.Parsed;
import io.github.ddassets.core.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A file the processor generated, read from the class path of the tests that use it.
 *
 * @param name its resource name, {@code META-INF/datadog/<integration>/<path>}
 * @param text its text
 */
record GeneratedResource(String name, String text) {

  /**
   * Reads a generated file of an integration, such as {@code metadata.csv}.
   *
   * @throws IllegalStateException when the file is not on the class path
   */
  static GeneratedResource of(String integration, String path) {
    String resource = "META-INF/datadog/" + integration + "/" + path;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = GeneratedResource.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return new GeneratedResource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * The model a file was read into.
   *
   * @throws IllegalStateException listing where and why, when it could not be read
   */
  static <T> T value(Parsed<T> parsed, String file) {
    return parsed
        .value()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    parsed.findings().stream()
                        .map(GeneratedResource::describe)
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse("unreadable " + file)));
  }

  private static String describe(Finding finding) {
    return finding.origin().describe() + ": " + finding.text();
  }
}
