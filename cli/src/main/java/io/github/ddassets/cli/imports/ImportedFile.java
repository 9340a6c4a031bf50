package io.github.ddassets.cli.imports;

import java.util.Objects;

/**
 * A file an import writes.
 *
 * @param path where, relative to the output folder, {@code /}-separated
 * @param content its text (written as UTF-8)
 */
public record ImportedFile(String path, String content) {

  public ImportedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }
}
