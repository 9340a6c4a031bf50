package io.github.ddassets.core.build;

import io.github.ddassets.core.manifest.AssetFolder;
import io.github.ddassets.core.manifest.AssetPath;
import io.github.ddassets.core.manifest.FileState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The integration folder as the manifest rules see it from the processor: the files it generates
 * exist; the others are looked for beside the base manifest when that is a complete integration
 * folder on disk (one with its {@code README.md}, as {@code ddassets validate} decides), and cannot
 * be told otherwise.
 *
 * @param generated the generated files' text, by path inside the integration folder
 * @param folder the base manifest's folder, when it is a complete integration folder
 */
record GeneratedFolder(Map<String, String> generated, Optional<Path> folder)
    implements AssetFolder {

  /** The folder of a base manifest file, if it holds a README.md. */
  static Optional<Path> completeFolder(Optional<Path> baseFile) {
    if (baseFile.isEmpty()) {
      return Optional.empty();
    }
    Path dir = baseFile.get().getParent();
    return dir != null && Files.isRegularFile(dir.resolve("README.md"))
        ? Optional.of(dir)
        : Optional.empty();
  }

  @Override
  public FileState state(AssetPath kind, String relativePath) {
    String path = relativePath.startsWith("./") ? relativePath.substring(2) : relativePath;
    String text = generated.get(path);
    if (text != null) {
      return FileState.present(text.getBytes(StandardCharsets.UTF_8).length);
    }
    if (folder.isEmpty()) {
      return FileState.UNKNOWN;
    }
    Path dir = folder.get().toAbsolutePath().normalize();
    Path file;
    try {
      file = dir.resolve(relativePath).normalize();
    } catch (InvalidPathException e) {
      return FileState.MISSING;
    }
    if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
      return FileState.MISSING;
    }
    try {
      return FileState.present(Files.size(file));
    } catch (IOException e) {
      return FileState.present(0);
    }
  }
}
