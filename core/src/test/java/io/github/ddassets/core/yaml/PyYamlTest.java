package io.github.ddassets.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The calls ddev's example consumer makes, on hand-picked values; the expected texts come from
 * PyYAML 6.0.3. {@link PyYamlVectorsTest} covers the cases in bulk.
 */
class PyYamlTest {

  @Test
  void dumpBlock_listExample_putsItemsUnderTheKeyWithoutIndent() {
    Map<String, Object> example = Map.of("tags", List.of("<KEY_1>:<VALUE_1>", "<KEY_2>:<VALUE_2>"));

    assertThat(PyYaml.dumpBlock(example))
        .isEqualTo("tags:\n- <KEY_1>:<VALUE_1>\n- <KEY_2>:<VALUE_2>\n");
  }

  @Test
  void dumpBlock_firstInstanceOption_isAOneItemList() {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("host", "x");
    option.put("port", 1);

    assertThat(PyYaml.dumpBlock(List.of(option))).isEqualTo("- host: x\n  port: 1\n");
  }

  @Test
  void dumpBlock_multiLineString_isSingleQuotedWithEmptyLinesForBreaks() {
    assertThat(PyYaml.dumpBlock(Map.of("k", "a\nb"))).isEqualTo("k: 'a\n\n  b'\n");
  }

  @Test
  void dumpBlock_nonAscii_isEscapedWithUpperCaseHex() {
    assertThat(PyYaml.dumpBlock(Map.of("k", "caf\u00e9 \u2603 \uD83D\uDE00")))
        .isEqualTo("k: \"caf\\xE9 \\u2603 \\U0001F600\"\n");
  }

  @Test
  void dumpBlock_bareScalar_endsTheDocumentExplicitly() {
    assertThat(PyYaml.dumpBlock("foo")).isEqualTo("foo\n...\n");
    assertThat(PyYaml.dumpBlock("true")).isEqualTo("'true'\n");
  }

  @Test
  void dumpBlock_javaNumberTypes_areWrittenAsPythonIntsAndFloats() {
    Map<String, Object> numbers = new LinkedHashMap<>();
    numbers.put("int", 7);
    numbers.put("short", (short) 7);
    numbers.put("big", BigInteger.TEN.pow(30));
    numbers.put("float", 0.5f);
    numbers.put("decimal", new BigDecimal("0.1"));
    numbers.put("exponent", 1e-5);
    numbers.put("nan", Double.NaN);

    assertThat(PyYaml.dumpBlock(numbers))
        .isEqualTo(
            "int: 7\nshort: 7\nbig: 1000000000000000000000000000000\nfloat: 0.5\ndecimal: 0.1\n"
                + "exponent: 1.0e-05\nnan: .nan\n");
  }

  @Test
  void dumpBlock_keysOfOtherTypes_areWrittenAsPythonWritesThem() {
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put(null, 1);
    map.put(true, 2);
    map.put(3L, 3);
    map.put(LocalDate.of(2021, 1, 1), 4);
    map.put("2021-01-01", 5);

    assertThat(PyYaml.dumpBlock(map))
        .isEqualTo("null: 1\ntrue: 2\n3: 3\n2021-01-01: 4\n'2021-01-01': 5\n");
  }

  @Test
  void dumpBlock_indent_isPyYamlsIndentArgument() {
    Map<String, Object> value = Map.of("k", Map.of("a", List.of(1, Map.of("b", 2))));

    assertThat(PyYaml.dumpBlock(value, 4)).isEqualTo("k:\n    a:\n    - 1\n    -   b: 2\n");
    assertThat(PyYaml.dumpBlock(value, 10)).isEqualTo(PyYaml.dumpBlock(value));
  }

  @Test
  void dumpBlock_sharedValue_isWrittenTwiceWithoutAnchors() {
    List<String> shared = List.of("a");
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("x", shared);
    map.put("y", shared);
    map.put("e1", List.of());
    map.put("e2", List.of());

    assertThat(PyYaml.dumpBlock(map)).isEqualTo("x:\n- a\ny:\n- a\ne1: []\ne2: []\n");
  }

  @Test
  void dumpBlock_valueThatContainsItself_isRefused() {
    List<Object> list = new ArrayList<>();
    list.add(list);

    assertThatThrownBy(() -> PyYaml.dumpBlock(list))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains itself");
  }

  @Test
  void dumpBlock_typeWithoutPythonCounterpart_isRefused() {
    assertThatThrownBy(() -> PyYaml.dumpBlock(Map.of("k", Set.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot dump");
    assertThatThrownBy(() -> PyYaml.dumpBlock('c')).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dumpFlow_neverFoldsLongLines() {
    List<String> words = Arrays.asList(("word ".repeat(40)).trim().split(" "));

    assertThat(PyYaml.dumpFlow(words)).isEqualTo("[" + String.join(", ", words) + "]\n");
  }

  @Test
  void compactItem_string_isDoubleQuoted() {
    assertThat(PyYaml.compactItem("foo")).isEqualTo("\"foo\"");
    assertThat(PyYaml.compactItem("")).isEqualTo("\"\"");
    assertThat(PyYaml.compactItem("caf\u00e9")).isEqualTo("\"caf\\xE9\"");
  }

  @Test
  void compactItem_longString_keepsPyYamlsFoldsAtWidth80() {
    assertThat(PyYaml.compactItem("word ".repeat(30)))
        .isEqualTo(
            "\"word word word word word word word word word word word word word word word word"
                + " word\\\n  \\ word word word word word word word word word word word word word"
                + " \"");
  }

  @Test
  void compactItem_listsAndMaps_stayOnOneLine() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("foo", "bar");
    map.put("bar", "baz");

    assertThat(PyYaml.compactItem(List.of(0, 1))).isEqualTo("[0, 1]");
    assertThat(PyYaml.compactItem(map)).isEqualTo("{foo: bar, bar: baz}");
    assertThat(PyYaml.compactItem(Map.of("a", List.of(1, 2)))).isEqualTo("{a: [1, 2]}");
    assertThat(PyYaml.compactItem(List.of("a, b", "true", "x"))).isEqualTo("['a, b', 'true', x]");
  }

  @Test
  void compactItem_bareScalar_keepsTheDocumentEndLine() {
    assertThat(PyYaml.compactItem(5)).isEqualTo("5\n...");
    assertThat(PyYaml.compactItem(true)).isEqualTo("true\n...");
    assertThat(PyYaml.compactItem(null)).isEqualTo("null\n...");
  }

  @Test
  void dumpDoubleQuoted_isTheUnstrippedDump() {
    assertThat(PyYaml.dumpDoubleQuoted("a: b")).isEqualTo("\"a: b\"\n");
  }
}
