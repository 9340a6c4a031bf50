package io.github.ddassets.core.yaml;

/**
 * The text being written and PyYAML's emitter state about its last character: column, whether it
 * was whitespace, whether the line so far is only indentation, and whether the document needs an
 * explicit end ({@code ...}). The methods are PyYAML's {@code write_indicator}, {@code
 * write_indent} and {@code write_line_break}.
 */
final class YamlOutput {

  /** {@code indent} when PyYAML's is {@code None}: nothing opened yet. */
  static final int NO_INDENT = -1;

  final int bestIndent;
  final int bestWidth;

  int indent = NO_INDENT;
  int column;
  boolean whitespace = true;
  boolean indention = true;
  boolean openEnded;

  private final StringBuilder text = new StringBuilder();

  /**
   * @param indent PyYAML's {@code indent} argument; values outside 2..9 mean 2, as in PyYAML
   * @param width PyYAML's {@code width} argument; values not above twice the indent mean 80
   */
  YamlOutput(int indent, int width) {
    this.bestIndent = (indent > 1 && indent < 10) ? indent : 2;
    this.bestWidth = width > bestIndent * 2 ? width : 80;
  }

  void writeIndicator(String indicator, boolean needWhitespace) {
    writeIndicator(indicator, needWhitespace, false, false);
  }

  void writeIndicator(
      String indicator, boolean needWhitespace, boolean whitespaceAfter, boolean indentionAfter) {
    String data = (whitespace || !needWhitespace) ? indicator : " " + indicator;
    whitespace = whitespaceAfter;
    indention = indention && indentionAfter;
    openEnded = false;
    write(data);
  }

  void writeIndent() {
    int target = Math.max(indent, 0);
    if (!indention || column > target || (column == target && !whitespace)) {
      writeLineBreak('\n');
    }
    if (column < target) {
      whitespace = true;
      write(" ".repeat(target - column));
    }
  }

  void writeLineBreak(int lineBreak) {
    whitespace = true;
    indention = true;
    column = 0;
    text.appendCodePoint(lineBreak);
  }

  /** Appends text that holds no line break, moving the column by its length in code points. */
  void write(String data) {
    column += data.codePointCount(0, data.length());
    text.append(data);
  }

  String text() {
    return text.toString();
  }
}
