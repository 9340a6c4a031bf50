package io.github.ddassets.core.yaml;

import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * PyYAML's {@code yaml.safe_dump}, byte for byte, for the calls ddev's example consumer ({@code
 * ddev/src/ddev/validation/configuration/consumers/example.py}) makes when it renders {@code
 * conf.yaml.example}: always {@code sort_keys=False}, {@code allow_unicode} off, no explicit
 * document start.
 *
 * <p>Values are what a YAML or JSON reader yields, read as the Python values they stand for:
 *
 * <ul>
 *   <li>{@code null} is {@code None}; {@link Boolean} is {@code bool};
 *   <li>{@link Long}, {@link Integer}, {@link Short}, {@link Byte} and {@link java.math.BigInteger}
 *       are {@code int};
 *   <li>{@link Double}, {@link Float} (widened) and {@link java.math.BigDecimal} (rounded to the
 *       nearest double) are {@code float}, written from Python's {@code repr}: {@code 1.0}, {@code
 *       1.0e-05}, {@code .inf}, {@code .nan};
 *   <li>{@link String} is {@code str}; {@link java.time.LocalDate} is {@code datetime.date};
 *   <li>{@link java.util.List} is {@code list}; {@link java.util.Map} is {@code dict}, written in
 *       the map's iteration order (use a {@link java.util.LinkedHashMap}).
 * </ul>
 *
 * <p>Any other type is refused with an {@link IllegalArgumentException}, as is a value that
 * contains itself. A value that occurs twice is written out twice: Java's object identity says
 * nothing about Python's (two empty {@code List.of()} are one object in Java, two lists in Python),
 * so PyYAML's {@code &id001} anchors for shared objects are never written.
 *
 * <p>Nothing here sorts, caches or keeps state: the methods are safe to call from any thread.
 */
public final class PyYaml {

  /** PyYAML's {@code width=float('inf')}: no line is ever folded. */
  private static final int UNBOUNDED_WIDTH = Integer.MAX_VALUE;

  private static final int DEFAULT_INDENT = 2;
  private static final int DEFAULT_WIDTH = 80;

  private PyYaml() {}

  /**
   * {@code yaml.safe_dump(value, default_flow_style=False, sort_keys=False)}: block style, indent
   * 2, width 80. ddev dumps each example as a one-entry map, {@code {name: example}}: {@code {tags:
   * [<KEY_1>:<VALUE_1>]}} gives {@code "tags:\n- <KEY_1>:<VALUE_1>\n"}. A bare plain scalar ends
   * with PyYAML's document end line: {@code "foo\n...\n"}.
   *
   * @return the YAML text, ending with a line break
   */
  public static String dumpBlock(Object value) {
    return dumpBlock(value, DEFAULT_INDENT);
  }

  /**
   * {@code yaml.safe_dump(value, default_flow_style=False, sort_keys=False, indent=indent)}. As in
   * PyYAML, an indent outside 2..9 means 2, and list items under a key are not indented.
   */
  public static String dumpBlock(Object value, int indent) {
    return dump(value, FlowStyle.BLOCK, ScalarStyle.PLAIN, indent, DEFAULT_WIDTH);
  }

  /**
   * {@code yaml.safe_dump(value, default_flow_style=True, sort_keys=False, width=float('inf'))}:
   * what ddev dumps for a {@code compact_example} item that is not a string, all on one line:
   * {@code [0, 1]}, {@code {foo: bar}}. A bare plain scalar still ends with {@code "\n...\n"}.
   */
  public static String dumpFlow(Object value) {
    return dump(value, FlowStyle.FLOW, ScalarStyle.PLAIN, DEFAULT_INDENT, UNBOUNDED_WIDTH);
  }

  /**
   * {@code yaml.safe_dump(text, default_flow_style=True, sort_keys=False, default_style='"')}: what
   * ddev dumps for a {@code compact_example} item that is a string. The width stays 80, so a long
   * text is folded onto continuation lines ending with {@code \}.
   */
  public static String dumpDoubleQuoted(String text) {
    return dump(text, FlowStyle.FLOW, ScalarStyle.DOUBLE_QUOTED, DEFAULT_INDENT, DEFAULT_WIDTH);
  }

  /**
   * One item of a {@code compact_example} list as ddev writes it after {@code "- "}: {@link
   * #dumpDoubleQuoted} for a string, {@link #dumpFlow} otherwise, then Python's {@code
   * str.strip()}. The result can span lines: a number keeps its document end ({@code "5\n..."}) and
   * a long string its folds, exactly as ddev writes them.
   */
  public static String compactItem(Object item) {
    String dumped = item instanceof String text ? dumpDoubleQuoted(text) : dumpFlow(item);
    return pythonStrip(dumped);
  }

  private static String dump(
      Object value, FlowStyle flowStyle, ScalarStyle scalarStyle, int indent, int width) {
    PythonRepresenter representer = new PythonRepresenter(flowStyle, scalarStyle);
    return PyEmitter.emit(representer.represent(value), indent, width);
  }

  /** Python's {@code str.strip()} for the ASCII text PyYAML writes when unicode is off. */
  private static String pythonStrip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isPythonSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isPythonSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  }
}
