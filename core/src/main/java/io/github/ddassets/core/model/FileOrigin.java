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
    return path + ":" + padded(line) + ":" + padded(column);
  }

  /** A number as nine digits, as {@code %09d} would write it, without a formatter's cost. */
  private static String padded(int number) {
    if (number < 0) {
      return String.format(Locale.ROOT, "%09d", number);
    }
    String digits = Integer.toString(number);
    return digits.length() >= 9 ? digits : "0".repeat(9 - digits.length()) + digits;
  }

  // equals and hashCode are written out: a record's own are linked through invokedynamic when
  // first called, which a compilation pays for on its first map of origins (see BENCHMARKS.md).

  @Override
  public boolean equals(Object other) {
    return other instanceof FileOrigin that
        && line == that.line
        && column == that.column
        && path.equals(that.path)
        && pointer.equals(that.pointer);
  }

  @Override
  public int hashCode() {
    return ((path.hashCode() * 31 + line) * 31 + column) * 31 + pointer.hashCode();
  }

  @Override
  public String describe() {
    if (line <= 0) {
      return path;
    }
    return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }
}
