package io.github.ddassets.bench;

/** A benchmark that cannot give a trustworthy figure: bad arguments, a failed compilation... */
public final class BenchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message for the user. */
  public BenchException(String message) {
    super(message);
  }

  /** Creates an exception with a message for the user and its cause. */
  public BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
