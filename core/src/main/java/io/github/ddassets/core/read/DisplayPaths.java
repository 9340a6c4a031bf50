package io.github.ddassets.core.read;

import java.nio.file.Path;

/**
 * Names files in findings relative to the path the user gave, so that output shows {@code
 * integrations/acme/metadata.csv} rather than an absolute path of this machine.
 */
public final class DisplayPaths {

  private final Path root;
  private final String shownRoot;

  /**
   * @param root the folder the user named
   * @param shownRoot how the user wrote it
   */
  public DisplayPaths(Path root, String shownRoot) {
    this.root = root.toAbsolutePath().normalize();
    this.shownRoot =
        shownRoot.endsWith("/") ? shownRoot.substring(0, shownRoot.length() - 1) : shownRoot;
  }

  /** The display name of a file below the root (or its own path when it is elsewhere). */
  public String of(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return file.toString().replace('\\', '/');
    }
    String relative = root.relativize(absolute).toString().replace('\\', '/');
    if (relative.isEmpty()) {
      return shownRoot;
    }
    return shownRoot.isEmpty() || shownRoot.equals(".") ? relative : shownRoot + "/" + relative;
  }
}
