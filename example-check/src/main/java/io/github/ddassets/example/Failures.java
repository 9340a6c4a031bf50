package io.github.ddassets.example;

/** Turns a failure into the one line the check prints: no class names, no stack trace. */
final class Failures {

  private Failures() {}

  /**
   * The most telling message of a failure: RMI and the DogStatsD client wrap the real cause
   * (connection refused, unknown host) in layers whose own messages repeat the address.
   */
  static String reason(Throwable failure) {
    Throwable deepest = failure;
    while (deepest.getCause() != null && deepest.getCause() != deepest) {
      deepest = deepest.getCause();
    }
    String message = deepest.getMessage();
    String reason =
        message == null || message.isBlank() ? deepest.getClass().getSimpleName() : message;
    return reason.replace('\n', ' ');
  }

  /** What a stack overflow or an exhausted heap means here, in one line. */
  static String exhausted(Error error) {
    return error instanceof StackOverflowError
        ? "the configuration nests too deeply to be read (the stack overflowed)"
        : "the configuration is too large to be read (the memory ran out)";
  }
}
