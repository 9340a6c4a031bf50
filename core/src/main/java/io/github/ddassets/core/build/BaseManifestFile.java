package io.github.ddassets.core.build;

import io.github.ddassets.core.read.TextFiles;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A base manifest's text.
 *
 * @param text the text; line ends are normalized to {@code \n} on construction, so that a file
 *     checked out with Windows line ends merges like any other
 * @param displayPath how messages name the file: relative to the working directory when inside it
 * @param file the file on disk, when it is one (not inside a jar)
 */
public record BaseManifestFile(String text, String displayPath, Optional<Path> file) {

  public BaseManifestFile {
    text = TextFiles.universalNewlines(text);
  }

  /**
   * How messages name a file: relative to the working directory when inside it, else absolute;
   * {@code /}-separated on every OS so that messages do not depend on where the build runs.
   */
  public static String displayPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
