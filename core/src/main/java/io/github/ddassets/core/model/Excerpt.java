package io.github.ddassets.core.model;

/**
 * Input echoed in a message, cut to a readable length: a value read from a file can be megabytes
 * long (a whole file read as one scalar), and a message is one line of a terminal.
 */
public final class Excerpt {

  /** The most characters of input a message repeats. */
  public static final int MAX_CHARS = 120;

  private static final String ELLIPSIS = "...";

  private Excerpt() {}

  /**
   * The text itself when it has at most {@link #MAX_CHARS} characters, else its beginning and an
   * ellipsis, {@link #MAX_CHARS} characters in all.
   */
  public static String of(String text) {
    return of(text, MAX_CHARS);
  }

  /**
   * The text itself when it has at most {@code max} characters, else its beginning and an ellipsis,
   * {@code max} characters in all; a surrogate pair is never split.
   */
  public static String of(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }
}
