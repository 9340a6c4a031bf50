package io.github.ddassets.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the shared reference folder that sits beside the project ({@code ../shared}): Datadog's
 * asset files corpus and reference data. Tests that need it call {@link #corpus()} or {@link
 * #reference()}, which skip the test with a visible message when the folder is absent, so that a
 * clone of the project alone still passes its tests.
 *
 * <p>The system property {@code ddassets.shared} overrides the location.
 */
public final class SharedReference {

  private static final String CORPUS = "corpus/integrations-extras";

  private SharedReference() {}

  /** The shared folder, if it can be found. */
  public static Optional<Path> find() {
    String property = System.getProperty("ddassets.shared");
    if (property != null && !property.isBlank()) {
      Path shared = Path.of(property);
      return Files.isDirectory(shared.resolve(CORPUS)) ? Optional.of(shared) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve(CORPUS))) {
        return Optional.of(candidate);
      }
      Path sibling = dir.resolveSibling("shared");
      if (dir.getParent() != null && Files.isDirectory(sibling.resolve(CORPUS))) {
        return Optional.of(sibling);
      }
    }
    return Optional.empty();
  }

  /** The shared folder, or the test is skipped with a message saying why. */
  public static Path require() {
    Optional<Path> shared = find();
    if (shared.isEmpty()) {
      String message =
          "SKIPPED: ../shared (the integrations-extras corpus and reference data) was not found;"
              + " set -Dddassets.shared=<folder> to run the corpus tests";
      System.err.println(message);
      assumeTrue(false, message);
    }
    return shared.get();
  }

  /** The integrations-extras corpus: one folder per integration, files side by side. */
  public static Path corpus() {
    return require().resolve(CORPUS);
  }

  /** The reference folder: rules, units, templates. */
  public static Path reference() {
    return require().resolve("reference");
  }
}
