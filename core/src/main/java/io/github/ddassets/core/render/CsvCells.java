package io.github.ddassets.core.render;

import java.util.List;

/**
 * Writes CSV rows exactly as Python's {@code csv.writer} does with its default dialect, which is
 * how real metadata.csv files are written.
 *
 * <p>Commons CSV's minimal quoting is not used because it also quotes empty first fields and values
 * starting with a space or {@code #}, which Python does not.
 */
final class CsvCells {

  private CsvCells() {}

  /** Appends one row followed by {@code \n}. */
  static void appendRow(StringBuilder out, List<String> cells) {
    if (cells.size() == 1 && cells.get(0).isEmpty()) {
      // Python quotes a lone empty field so that the row is not read back as a blank line.
      out.append("\"\"\n");
      return;
    }
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendCell(out, cells.get(i));
    }
    out.append('\n');
  }

  private static void appendCell(StringBuilder out, String value) {
    if (!needsQuotes(value)) {
      out.append(value);
      return;
    }
    out.append('"').append(value.replace("\"", "\"\"")).append('"');
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
