package io.github.ddassets.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the asset files the build generated, from the class path (as they are in the jar). */
final class ClasspathAssets {

  static final String ROOT = "META-INF/datadog/jvm_runtime/";
  static final String SPEC = "assets/configuration/spec.yaml";
  static final String EXAMPLE = "datadog_checks/jvm_runtime/data/conf.yaml.example";

  private ClasspathAssets() {}

  /** The text of a generated file, by its path inside the integration's folder. */
  static String read(String path) {
    try (InputStream in = ClasspathAssets.class.getClassLoader().getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException(ROOT + path + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
