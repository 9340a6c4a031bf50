package io.github.ddassets.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated project: {@code metrics} {@code @Metric} constants spread over check classes of
 * {@value #METRICS_PER_CLASS} metrics each (the last class takes the remainder); three classes in
 * four also declare a service check.
 *
 * @param sourceRoot the folder holding the package folders
 * @param sources every generated source file
 * @param checks the identities of the check classes, in order
 * @param metrics the number of {@code @Metric} constants
 * @param shape how the classes map to integrations
 */
public record SyntheticProject(
    Path sourceRoot, List<Path> sources, List<CheckId> checks, int metrics, ProjectShape shape) {

  /** The number of metrics in a full check class. */
  public static final int METRICS_PER_CLASS = 20;

  /** Writes a project of the given number of metrics under a folder (created if needed). */
  public static SyntheticProject generate(Path sourceRoot, int metrics, ProjectShape shape) {
    if (metrics < 1) {
      throw new BenchException("the number of metrics must be at least 1, not " + metrics);
    }
    int classes = (metrics + METRICS_PER_CLASS - 1) / METRICS_PER_CLASS;
    int digits = Math.max(4, String.valueOf(classes - 1).length());
    Path packageDir = sourceRoot.resolve(CheckClassSource.PACKAGE.replace('.', '/'));
    List<Path> sources = new ArrayList<>(classes);
    List<CheckId> checks = new ArrayList<>(classes);
    try {
      Files.createDirectories(packageDir);
      for (int index = 0; index < classes; index++) {
        CheckId id = CheckId.of(index, digits);
        CheckId owner = shape == ProjectShape.SINGLE ? CheckId.of(0, digits) : id;
        int count = Math.min(METRICS_PER_CLASS, metrics - index * METRICS_PER_CLASS);
        Path file = packageDir.resolve(id.className() + ".java");
        Files.writeString(
            file,
            CheckClassSource.render(id, owner, count, index % 4 != 3),
            StandardCharsets.UTF_8);
        sources.add(file);
        checks.add(id);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic project under " + sourceRoot, e);
    }
    return new SyntheticProject(
        sourceRoot, List.copyOf(sources), List.copyOf(checks), metrics, shape);
  }

  /** The integrations the processor must write files for. */
  public List<CheckId> integrations() {
    return shape == ProjectShape.SINGLE ? checks.subList(0, 1) : checks;
  }
}
