package io.github.ddassets.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A position in a file: 1-based line and column, and for JSON files the JSON pointer of the value.
 *
 * @param path the path as shown to the user (relative where possible)
 * @param line 1-based line, or 0 when the finding concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param pointer the JSON pointer of the value, or empty when not a JSON value
 */
public record FileOrigin(String path, int line, int column, String pointer) implements Origin {

  public FileOrigin {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** The whole file. */
  public static FileOrigin of(String path) {
    return new FileOrigin(path, 0, 0, "");
  }

  /** A line and column in a file that is not JSON. */
  public static FileOrigin at(String path, int line, int column) {
    return new FileOrigin(path, line, column, "");
  }

  @Override
  public String sortKey() {
    return String.format(Locale.ROOT, "%s:%09d:%09d", path, line, column);
  }

  @Override
  public String describe() {
    if (line <= 0) {
      return path;
    }
    return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }
}
