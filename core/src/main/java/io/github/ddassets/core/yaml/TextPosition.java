package io.github.ddassets.core.yaml;

/**
 * The 1-based line and column of an index of a text, counted as SnakeYAML counts its marks: line
 * breaks are {@code \n}, {@code \r\n} and a lone {@code \r}; columns count code points.
 *
 * @param line the 1-based line
 * @param column the 1-based column
 */
record TextPosition(int line, int column) {

  /** The position of {@code index} (at most the text's length). */
  static TextPosition of(String text, int index) {
    int end = Math.min(Math.max(index, 0), text.length());
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new TextPosition(line, column);
  }
}
