package io.github.ddassets.core.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's view of the plain values a YAML document loads into, as ddev's spec loader and example
 * renderer see them: type tests ({@code isinstance}), truth, {@code str()} and {@code repr()}.
 */
public final class PythonValues {

  private PythonValues() {}

  /** Brings Java numbers to the few types a YAML load yields. */
  static Object normalize(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float || value instanceof BigDecimal) {
      return ((Number) value).doubleValue();
    }
    return value;
  }

  /** {@code isinstance(value, str)}. */
  public static boolean isStr(Object value) {
    return value instanceof String;
  }

  /** {@code isinstance(value, bool)}. */
  public static boolean isBool(Object value) {
    return value instanceof Boolean;
  }

  /** {@code isinstance(value, int)}: booleans are ints in Python. */
  public static boolean isInt(Object value) {
    return value instanceof Long || value instanceof BigInteger || value instanceof Boolean;
  }

  /** {@code isinstance(value, (int, float))}. */
  public static boolean isNumber(Object value) {
    return isInt(value) || value instanceof Double;
  }

  /** {@code isinstance(value, list)}. */
  public static boolean isList(Object value) {
    return value instanceof List<?>;
  }

  /** {@code isinstance(value, dict)}. */
  public static boolean isDict(Object value) {
    return value instanceof Map<?, ?>;
  }

  /** Python truth: None, False, zero, empty strings and empty containers are false. */
  public static boolean truthy(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean bool) {
      return bool;
    }
    if (value instanceof Long number) {
      return number != 0;
    }
    if (value instanceof BigInteger number) {
      return number.signum() != 0;
    }
    if (value instanceof Double number) {
      return number != 0.0;
    }
    if (value instanceof String text) {
      return !text.isEmpty();
    }
    if (value instanceof List<?> list) {
      return !list.isEmpty();
    }
    if (value instanceof Map<?, ?> map) {
      return !map.isEmpty();
    }
    return true;
  }

  /** Python's {@code str(value)}. */
  public static String str(Object value) {
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    return value instanceof String text ? text : repr(value);
  }

  /** Python's {@code repr(value)}. */
  public static String repr(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean bool) {
      return bool ? "True" : "False";
    }
    if (value instanceof Long || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof Double number) {
      return PythonFloats.repr(number);
    }
    if (value instanceof String text) {
      return stringRepr(text);
    }
    if (value instanceof LocalDate date) {
      return "datetime.date("
          + date.getYear()
          + ", "
          + date.getMonthValue()
          + ", "
          + date.getDayOfMonth()
          + ")";
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(item -> items.add(repr(item)));
      return "[" + String.join(", ", items) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> items = new ArrayList<>();
      map.forEach((key, item) -> items.add(repr(key) + ": " + repr(item)));
      return "{" + String.join(", ", items) + "}";
    }
    return value.toString();
  }

  /** Python's {@code repr(float)}. */
  public static String floatRepr(double value) {
    return PythonFloats.repr(value);
  }

  /** Python's {@code repr(str)}: single quotes unless the text holds one and no double quote. */
  static String stringRepr(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    text.codePoints()
        .forEach(
            c -> {
              if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (c == '\t') {
                out.append("\\t");
              } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append(quote).toString();
  }

  /** Python's {@code str.splitlines()}: no empty last line for a trailing line break. */
  public static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        lines.add(text.substring(start, i));
        i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == 0x0b
        || c == 0x0c
        || (c >= 0x1c && c <= 0x1e)
        || c == 0x85
        || c == 0x2028
        || c == 0x2029;
  }

  /** {@code len(text)}: code points. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
