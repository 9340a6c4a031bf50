package io.github.ddassets.core.manifest;

import java.util.Objects;

/**
 * What is known of a file a manifest names.
 *
 * @param status whether it exists, or that this cannot be told
 * @param size its size in bytes when it exists, else 0
 */
public record FileState(Status status, long size) {

  /** Whether a file exists. */
  public enum Status {
    PRESENT,
    MISSING,
    /** The folder cannot tell (it holds copies of some files only, or is not known). */
    UNKNOWN
  }

  /** The file does not exist. */
  public static final FileState MISSING = new FileState(Status.MISSING, 0);

  /** Whether the file exists cannot be told. */
  public static final FileState UNKNOWN = new FileState(Status.UNKNOWN, 0);

  public FileState {
    Objects.requireNonNull(status, "status");
  }

  /** An existing file of the given size. */
  public static FileState present(long size) {
    return new FileState(Status.PRESENT, size);
  }
}
