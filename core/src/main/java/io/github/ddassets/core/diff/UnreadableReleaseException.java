package io.github.ddassets.core.diff;

/**
 * A release that cannot be compared: a path that is neither a folder nor a jar, a folder without
 * integrations, or a file that cannot be parsed. The message is one line that names the file (and
 * the position, when there is one).
 */
public final class UnreadableReleaseException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A release that cannot be read, for the reason given. */
  public UnreadableReleaseException(String message) {
    super(message);
  }
}
