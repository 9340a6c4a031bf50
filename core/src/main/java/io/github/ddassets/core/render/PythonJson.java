package io.github.ddassets.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.yaml.PythonFloats;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a Jackson tree exactly as Python's {@code json.dumps(value, indent=n, ensure_ascii=...)}
 * does: one item per line, {@code ", "}-free separators ({@code ","} at line ends, {@code ": "}
 * after keys), {@code []} and {@code {}} for empty containers, floats in Python's {@code repr}
 * form, and the escapes of Python's encoder.
 */
public final class PythonJson {

  private final String indent;
  private final boolean ensureAscii;
  private final StringBuilder out = new StringBuilder();

  private PythonJson(int indent, boolean ensureAscii) {
    this.indent = " ".repeat(indent);
    this.ensureAscii = ensureAscii;
  }

  /**
   * The text of a value.
   *
   * @param value the tree
   * @param indent spaces per level
   * @param ensureAscii whether characters outside printable ASCII are escaped as {@code \\uXXXX}
   *     (Python's default); when false only control characters, quotes and backslashes are
   */
  public static String dumps(JsonNode value, int indent, boolean ensureAscii) {
    PythonJson writer = new PythonJson(indent, ensureAscii);
    writer.value(value, 0);
    return writer.out.toString();
  }

  private void value(JsonNode node, int level) {
    switch (node.getNodeType()) {
      case OBJECT -> object(node, level);
      case ARRAY -> array(node, level);
      case STRING -> string(node.textValue());
      case NUMBER -> out.append(number(node));
      case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
      case NULL, MISSING -> out.append("null");
      default -> string(node.asText());
    }
  }

  private void object(JsonNode node, int level) {
    if (node.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      out.append(first ? "" : ",");
      newline(level + 1);
      string(field.getKey());
      out.append(": ");
      value(field.getValue(), level + 1);
      first = false;
    }
    newline(level);
    out.append('}');
  }

  private void array(JsonNode node, int level) {
    if (node.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    boolean first = true;
    for (JsonNode item : node) {
      out.append(first ? "" : ",");
      newline(level + 1);
      value(item, level + 1);
      first = false;
    }
    newline(level);
    out.append(']');
  }

  private void newline(int level) {
    out.append('\n').append(indent.repeat(level));
  }

  /** Python's float repr for floats (as {@code json.loads} reads them), digits for integers. */
  private static String number(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    double value = node.doubleValue();
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return PythonFloats.repr(value);
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          // Python escapes control characters always, and with ensure_ascii everything outside
          // ' '..'~' (a character beyond the BMP is already two UTF-16 units, as Python writes it).
          if (c < 0x20 || (ensureAscii && c > 0x7e)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
