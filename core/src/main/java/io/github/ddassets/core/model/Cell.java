package io.github.ddassets.core.model;

import java.util.Objects;

/**
 * One value of a file or declaration, with where it came from.
 *
 * @param value the text, never null (an empty cell is {@code ""})
 * @param origin where the value was written
 */
public record Cell(String value, Origin origin) {

  public Cell {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
  }

  /** Whether the value is the empty string. */
  public boolean isEmpty() {
    return value.isEmpty();
  }
}
