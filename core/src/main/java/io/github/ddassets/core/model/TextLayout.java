package io.github.ddassets.core.model;

/**
 * The line-ending facts of a text file that parsing throws away.
 *
 * @param crlf whether lines end with {@code \r\n}
 * @param finalNewline whether the last line ends with a line break
 */
public record TextLayout(boolean crlf, boolean finalNewline) {

  /** The layout ddassets writes: {@code \n} line ends and a final newline. */
  public static final TextLayout CANONICAL = new TextLayout(false, true);

  /** Reads the layout of a text. */
  public static TextLayout of(String text) {
    return new TextLayout(text.contains("\r\n"), text.isEmpty() || text.endsWith("\n"));
  }

  /** Whether this is the canonical layout. */
  public boolean isCanonical() {
    return equals(CANONICAL);
  }
}
