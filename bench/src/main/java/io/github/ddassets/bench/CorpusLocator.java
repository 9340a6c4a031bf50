package io.github.ddassets.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the corpus of real integration folders: {@code ../shared/corpus/integrations-extras} next
 * to the project root, looked for from the working folder and each of its parents.
 */
final class CorpusLocator {

  /** The corpus folder relative to the folder that holds the project. */
  static final Path RELATIVE = Path.of("shared", "corpus", "integrations-extras");

  private CorpusLocator() {}

  /** The corpus near a working folder, if there is one. */
  static Optional<Path> near(Path workingFolder) {
    for (Path folder = workingFolder.toAbsolutePath().normalize();
        folder != null;
        folder = folder.getParent()) {
      Path parent = folder.getParent();
      if (parent != null && Files.isDirectory(parent.resolve(RELATIVE))) {
        return Optional.of(parent.resolve(RELATIVE));
      }
    }
    return Optional.empty();
  }
}
