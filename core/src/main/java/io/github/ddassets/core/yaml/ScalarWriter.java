package io.github.ddassets.core.yaml;

import static io.github.ddassets.core.yaml.ScalarAnalysis.isLineBreak;

import java.util.Locale;
import java.util.Map;

/**
 * PyYAML's {@code write_plain}, {@code write_single_quoted} and {@code write_double_quoted}, line
 * for line, including where they fold a long scalar onto the next line. Texts are walked by code
 * point, as Python walks a {@code str}.
 */
final class ScalarWriter {

  /** Sentinel for Python's {@code ch = None} past the end of the text. */
  private static final int END = -1;

  private static final Map<Integer, Character> ESCAPES =
      Map.ofEntries(
          Map.entry(0x00, '0'),
          Map.entry(0x07, 'a'),
          Map.entry(0x08, 'b'),
          Map.entry(0x09, 't'),
          Map.entry(0x0A, 'n'),
          Map.entry(0x0B, 'v'),
          Map.entry(0x0C, 'f'),
          Map.entry(0x0D, 'r'),
          Map.entry(0x1B, 'e'),
          Map.entry((int) '"', '"'),
          Map.entry((int) '\\', '\\'),
          Map.entry(0x85, 'N'),
          Map.entry(0xA0, '_'),
          Map.entry(0x2028, 'L'),
          Map.entry(0x2029, 'P'));

  private ScalarWriter() {}

  static void plain(YamlOutput out, String value, boolean split, boolean root) {
    if (root) {
      out.openEnded = true;
    }
    if (value.isEmpty()) {
      return;
    }
    if (!out.whitespace) {
      out.write(" ");
    }
    out.whitespace = false;
    out.indention = false;
    int[] text = value.codePoints().toArray();
    boolean spaces = false;
    boolean breaks = false;
    int start = 0;
    for (int end = 0; end <= text.length; end++) {
      int ch = end < text.length ? text[end] : END;
      if (spaces) {
        if (ch != ' ') {
          if (start + 1 == end && out.column > out.bestWidth && split) {
            out.writeIndent();
            out.whitespace = false;
            out.indention = false;
          } else {
            out.write(slice(text, start, end));
          }
          start = end;
        }
      } else if (breaks) {
        if (!isLineBreak(ch)) {
          writeBreaks(out, text, start, end);
          out.writeIndent();
          out.whitespace = false;
          out.indention = false;
          start = end;
        }
      } else if (ch == END || ch == ' ' || isLineBreak(ch)) {
        out.write(slice(text, start, end));
        start = end;
      }
      if (ch != END) {
        spaces = ch == ' ';
        breaks = isLineBreak(ch);
      }
    }
  }

  static void singleQuoted(YamlOutput out, String value, boolean split) {
    out.writeIndicator("'", true);
    int[] text = value.codePoints().toArray();
    boolean spaces = false;
    boolean breaks = false;
    int start = 0;
    for (int end = 0; end <= text.length; end++) {
      int ch = end < text.length ? text[end] : END;
      if (spaces) {
        if (ch != ' ') {
          if (start + 1 == end
              && out.column > out.bestWidth
              && split
              && start != 0
              && end != text.length) {
            out.writeIndent();
          } else {
            out.write(slice(text, start, end));
          }
          start = end;
        }
      } else if (breaks) {
        if (!isLineBreak(ch)) {
          writeBreaks(out, text, start, end);
          out.writeIndent();
          start = end;
        }
      } else if ((ch == END || ch == ' ' || isLineBreak(ch) || ch == '\'') && start < end) {
        out.write(slice(text, start, end));
        start = end;
      }
      if (ch == '\'') {
        out.write("''");
        start = end + 1;
      }
      if (ch != END) {
        spaces = ch == ' ';
        breaks = isLineBreak(ch);
      }
    }
    out.writeIndicator("'", false);
  }

  static void doubleQuoted(YamlOutput out, String value, boolean split) {
    out.writeIndicator("\"", true);
    int[] text = value.codePoints().toArray();
    int start = 0;
    for (int end = 0; end <= text.length; end++) {
      int ch = end < text.length ? text[end] : END;
      if (ch == END || ch == '"' || ch == '\\' || ch < 0x20 || ch > 0x7E) {
        if (start < end) {
          out.write(slice(text, start, end));
          start = end;
        }
        if (ch != END) {
          out.write(escape(ch));
          start = end + 1;
        }
      }
      if (end > 0
          && end < text.length - 1
          && (ch == ' ' || start >= end)
          && out.column + (end - start) > out.bestWidth
          && split) {
        out.write(slice(text, start, end) + "\\");
        if (start < end) {
          start = end;
        }
        out.writeIndent();
        out.whitespace = false;
        out.indention = false;
        if (text[start] == ' ') {
          out.write("\\");
        }
      }
    }
    out.writeIndicator("\"", false);
  }

  /**
   * The line breaks {@code text[start:end]}, plus one more when they start with {@code \n}: a
   * single break inside a folded scalar reads back as a space, so it takes an empty line.
   */
  private static void writeBreaks(YamlOutput out, int[] text, int start, int end) {
    if (text[start] == '\n') {
      out.writeLineBreak('\n');
    }
    for (int i = start; i < end; i++) {
      out.writeLineBreak(text[i]);
    }
  }

  /** PyYAML's escapes, with upper-case hex digits: {@code \xE9}, {@code \u2028}... */
  private static String escape(int ch) {
    Character named = ESCAPES.get(ch);
    if (named != null) {
      return "\\" + named;
    }
    if (ch <= 0xFF) {
      return String.format(Locale.ROOT, "\\x%02X", ch);
    }
    if (ch <= 0xFFFF) {
      return String.format(Locale.ROOT, "\\u%04X", ch);
    }
    return String.format(Locale.ROOT, "\\U%08X", ch);
  }

  /** Python's {@code text[start:end]}: empty when start is past end. */
  private static String slice(int[] text, int start, int end) {
    return start >= end ? "" : new String(text, start, end - start);
  }
}
