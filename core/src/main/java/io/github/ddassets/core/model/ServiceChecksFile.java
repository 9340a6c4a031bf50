package io.github.ddassets.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A {@code service_checks.json} file.
 *
 * @param origin the file as a whole
 * @param shape what the top-level JSON value is
 * @param entries the items of the top-level array (empty unless {@code shape} is an array)
 * @param sourceText the text read from disk, or null for a file built from declarations
 */
public record ServiceChecksFile(
    Origin origin, Shape shape, List<ServiceCheckEntry> entries, String sourceText) {

  /** The kind of top-level JSON value. */
  public enum Shape {
    /** A JSON array, as expected. */
    ARRAY,
    /** {@code {}}: ddev accepts it because iterating an empty object yields nothing. */
    EMPTY_OBJECT,
    /** Anything else. */
    OTHER
  }

  public ServiceChecksFile {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(shape, "shape");
    entries = List.copyOf(entries);
  }
}
