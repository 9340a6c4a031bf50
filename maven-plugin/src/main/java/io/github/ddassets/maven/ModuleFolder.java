package io.github.ddassets.maven;

import java.io.File;
import java.nio.file.Path;

/**
 * The folder of the module being built. Configured paths resolve against it, not against the folder
 * Maven was started in, and messages name paths relative to it, so that a failure reads the same on
 * every machine.
 */
final class ModuleFolder {

  private final Path root;

  /**
   * @param root the module's base directory
   */
  ModuleFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The module's base directory, absolute. */
  Path root() {
    return root;
  }

  /** A configured path: itself when absolute, else relative to the module's folder. */
  Path resolve(File file) {
    return root.resolve(file.toPath()).normalize();
  }

  /**
   * How messages name a path: relative to the module's folder with {@code /} separators ({@code .}
   * for the folder itself), or absolute when no relative path leads there (another drive).
   */
  String show(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.getRoot() == null || !absolute.getRoot().equals(root.getRoot())) {
      return absolute.toString();
    }
    String relative = root.relativize(absolute).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }
}
