package io.github.ddassets.core.yaml;

import static io.github.ddassets.core.yaml.OrderedMaps.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reading YAML as PyYAML's {@code safe_load} does (YAML 1.1 scalars), with the line and column of
 * every key and value. Expected values were checked against PyYAML 6.0.3.
 */
class YamlReaderTest {

  private static YamlNode read(String text) {
    try {
      return YamlReader.read(text, "t.yaml");
    } catch (YamlSyntaxException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** The value of {@code v: <scalar>}. */
  private static Object scalar(String text) {
    return ((YamlMap) read("v: " + text + "\n")).value("v");
  }

  private static List<Object> scalars(String... texts) {
    return Arrays.stream(texts).map(YamlReaderTest::scalar).collect(Collectors.toList());
  }

  private static YamlSyntaxException failure(String text) {
    return catchThrowableOfType(YamlSyntaxException.class, () -> YamlReader.read(text, "t.yaml"));
  }

  // ---- scalars ----

  /**
   * One-word documents (the values annotation attributes hold) are resolved without the parser:
   * each must come out exactly as the parser reads it, value, Java type and origin.
   */
  @Test
  void oneWordDocuments_readWithoutTheParser_asTheParserReadsThem() throws YamlSyntaxException {
    List<String> words =
        List.of(
            "0",
            "7",
            "42",
            "-42",
            "-0",
            "+5",
            "010",
            "00",
            "0x1F",
            "0o17",
            "0b101",
            "1_000",
            "1:30",
            "123456789012345678",
            "-123456789012345678",
            "1234567890123456789",
            "9223372036854775807",
            "99999999999999999999",
            "yes",
            "Yes",
            "YES",
            "yEs",
            "y",
            "Y",
            "n",
            "on",
            "On",
            "ON",
            "oN",
            "off",
            "Off",
            "OFF",
            "no",
            "No",
            "NO",
            "true",
            "True",
            "TRUE",
            "tRUE",
            "false",
            "False",
            "FALSE",
            "null",
            "Null",
            "NULL",
            "nULL",
            "~",
            "",
            " ",
            " 10",
            "10 ",
            "1.5",
            ".5",
            "1e3",
            "localhost",
            "'10'",
            "\"true\"",
            "[1]",
            "{}",
            "- 1",
            "10 # ten",
            "10\n",
            "true\n",
            "2024-01-02",
            "<PORT>");
    for (String word : words) {
      YamlNode fast = YamlReader.read(word, "a.yaml");
      YamlNode parsed = YamlReader.parse(word, "a.yaml");
      assertThat(fast.getClass()).as(word).isEqualTo(parsed.getClass());
      assertThat(fast.toPlain()).as(word).isEqualTo(parsed.toPlain());
      if (parsed.toPlain() != null) {
        assertThat(fast.toPlain().getClass()).as(word).isEqualTo(parsed.toPlain().getClass());
      }
      assertThat(fast.origin()).as(word).isEqualTo(parsed.origin());
    }
  }

  @Test
  void yaml11Booleans_resolveLikePyYaml() {
    assertThat(scalars("yes", "Yes", "YES", "on", "On", "true", "True", "TRUE"))
        .containsOnly(true)
        .hasSize(8);
    assertThat(scalars("no", "No", "NO", "off", "Off", "false", "False", "FALSE"))
        .containsOnly(false)
        .hasSize(8);
    assertThat(scalars("y", "n", "tRUE", "'yes'", "\"on\""))
        .containsExactly("y", "n", "tRUE", "yes", "on");
  }

  @Test
  void integers_resolveLikePyYaml() {
    assertThat(
            scalars(
                "42",
                "-7",
                "+12",
                "0",
                "1_000",
                "0x1F",
                "0x_1f",
                "017",
                "0b101",
                "0b1_0",
                "190:20:30"))
        .containsExactly(42L, -7L, 12L, 0L, 1000L, 31L, 31L, 15L, 5L, 2L, 685230L);
    assertThat(scalar("12345678901234567890123"))
        .isEqualTo(new BigInteger("12345678901234567890123"));
  }

  @Test
  void integerLookalikes_stayText() {
    // PyYAML knows no 0o prefix (YAML 1.1 octals are 017) and no empty 0x / 0b.
    assertThat(scalars("0o17", "0x", "'12'", "1_000 apples"))
        .containsExactly("0o17", "0x", "12", "1_000 apples");
  }

  @Test
  void floats_resolveLikePyYaml() {
    assertThat(
            scalars(
                "1.5",
                "-2.25",
                "1.",
                ".5",
                "685_230.15",
                "6.8523015e+5",
                "1.5E-3",
                ".5e+1",
                "1:30.5"))
        .containsExactly(1.5, -2.25, 1.0, 0.5, 685230.15, 685230.15, 0.0015, 5.0, 90.5);
    assertThat(scalars(".inf", ".Inf", "+.INF", "-.inf"))
        .containsExactly(
            Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY);
    assertThat(scalars(".nan", ".NaN", ".NAN"))
        .allSatisfy(value -> assertThat((Double) value).isNaN());
  }

  @Test
  void floatLookalikesPyYamlDoesNotResolve_stayText() {
    // PyYAML's float needs a dot, a signed exponent, and no sign before a leading dot.
    assertThat(scalars("1e3", "1e+3", "1.5e3", "-.5", "+.5", "0.1.2", ".inf."))
        .containsExactly("1e3", "1e+3", "1.5e3", "-.5", "+.5", "0.1.2", ".inf.");
  }

  @Test
  void nulls_resolveLikePyYaml() {
    assertThat(scalars("~", "null", "Null", "NULL", "")).containsOnlyNulls().hasSize(5);
    assertThat(scalars("nULL", "'~'", "None")).containsExactly("nULL", "~", "None");
  }

  @Test
  void plainDates_areDatesAndOtherTimestampsText() {
    // PyYAML builds a date and a datetime; the datetime is kept as its text, all ddev needs of it.
    assertThat(scalars("2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10"))
        .containsExactly(
            LocalDate.of(2001, 12, 14), "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10");
    assertThat(scalars("'2001-12-14'", "2001-1-4", "2001-12-14x"))
        .containsExactly("2001-12-14", "2001-1-4", "2001-12-14x");
  }

  @Test
  void explicitStandardTags_areApplied() {
    assertThat(scalars("!!str 12", "!!int '12'", "!!float 1", "!!bool yes", "!!null ''"))
        .containsExactly("12", 12L, 1.0, true, null);
  }

  @Test
  void blockScalars_keepTheirText() {
    YamlMap map = (YamlMap) read("a: |\n  one\n  two\nb: >\n  folded\n  text\n");

    assertThat(map.value("a")).isEqualTo("one\ntwo\n");
    assertThat(map.value("b")).isEqualTo("folded text\n");
  }

  // ---- structure and origins ----

  @Test
  void emptyDocument_isANullAtTheStart() {
    YamlNode node = read("# only a comment\n");

    assertThat(node).isInstanceOf(YamlScalar.class);
    assertThat(node.toPlain()).isNull();
    assertThat(node.origin().describe()).isEqualTo("t.yaml:1:1");
  }

  @Test
  void keysAndValues_rememberWhereTheyWereWritten() {
    String text =
        """
        name: acme
        files:
        - name: acme.yaml
          options:
            - {name: host, value: x}
        """;

    YamlMap root = (YamlMap) read(text);

    assertThat(root.origin().describe()).isEqualTo("t.yaml:1:1");
    assertThat(root.keyOrigin("name").describe()).isEqualTo("t.yaml:1:1");
    assertThat(root.get("name").origin().describe()).isEqualTo("t.yaml:1:7");
    assertThat(root.keyOrigin("files").describe()).isEqualTo("t.yaml:2:1");
    YamlList files = (YamlList) root.get("files");
    assertThat(files.origin().describe()).isEqualTo("t.yaml:3:1");
    YamlMap file = (YamlMap) files.items().get(0);
    assertThat(file.origin().describe()).isEqualTo("t.yaml:3:3");
    assertThat(file.get("name").origin().describe()).isEqualTo("t.yaml:3:9");
    assertThat(file.keyOrigin("options").describe()).isEqualTo("t.yaml:4:3");
    YamlMap option = (YamlMap) ((YamlList) file.get("options")).items().get(0);
    assertThat(option.origin().describe()).isEqualTo("t.yaml:5:7");
    assertThat(option.keyOrigin("value").describe()).isEqualTo("t.yaml:5:20");
    assertThat(option.get("value").origin().describe()).isEqualTo("t.yaml:5:27");
  }

  @Test
  void keyOriginOfAMissingKey_isTheMapping() {
    YamlMap map = (YamlMap) read("\n  a: 1\n");

    assertThat(map.keyOrigin("b").describe()).isEqualTo("t.yaml:2:3");
  }

  @Test
  void mappings_keepDocumentOrderAndNonStringKeys() {
    YamlMap map = (YamlMap) read("z: 1\n1: one\na: 2\ntrue: yes\n");

    assertThat(map.keyList()).containsExactly("z", 1L, "a", true);
    assertThat(map.value(1L)).isEqualTo("one");
  }

  @Test
  void duplicateKeys_lastValueWins() {
    YamlMap map = (YamlMap) read("a: 1\nb: 2\na: 3\n");

    assertThat(map.value("a")).isEqualTo(3L);
    assertThat(map.get("a").origin().describe()).isEqualTo("t.yaml:3:4");
    assertThat(map.size()).isEqualTo(2);
  }

  @Test
  void aliasesAndMergeKeys_areResolved() {
    YamlMap map = (YamlMap) read("base: &b {x: 1, y: 2}\ncopy: *b\nd:\n  <<: *b\n  y: 5\n");

    assertThat(map.value("copy")).isEqualTo(map("x", 1L, "y", 2L));
    assertThat(map.value("d")).isEqualTo(map("x", 1L, "y", 5L));
  }

  @Test
  void copy_isDeep() {
    YamlMap original = (YamlMap) read("a:\n  b: [1]\n");
    YamlMap copy = original.copy();

    ((YamlList) ((YamlMap) copy.get("a")).get("b")).add(new YamlScalar(2L, copy.origin()));
    ((YamlMap) copy.get("a")).put("c", new YamlScalar(3L, copy.origin()));

    assertThat(original.toPlain()).isEqualTo(map("a", map("b", List.of(1L))));
    assertThat(copy.toPlain()).isEqualTo(map("a", map("b", List.of(1L, 2L), "c", 3L)));
    assertThat(copy.keyOrigin("a").describe()).isEqualTo("t.yaml:1:1");
  }

  // ---- errors ----

  @Test
  void unclosedFlowList_isASyntaxErrorWhereTheTextEnds() {
    YamlSyntaxException e = failure("a: [1, 2\n");

    assertThat(e.origin().describe()).isEqualTo("t.yaml:2:1");
    assertThat(e.getMessage()).isEqualTo("expected ',' or ']', but got <stream end>");
  }

  @Test
  void badIndentation_isASyntaxErrorAtTheOffendingKey() {
    YamlSyntaxException e = failure("a:\n  b: 1\n c: 2\n");

    assertThat(e.origin().describe()).isEqualTo("t.yaml:3:2");
    assertThat(e.getMessage()).isEqualTo("expected <block end>, but found '<block mapping start>'");
  }

  @Test
  void tabIndentation_isASyntaxError() {
    YamlSyntaxException e = failure("a:\n\tb: 1\n");

    assertThat(e.origin().describe()).isEqualTo("t.yaml:2:1");
    assertThat(e.getMessage())
        .isEqualTo(
            "found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for"
                + " indentation)");
  }

  @Test
  void severalDocuments_areRefused() {
    YamlSyntaxException e = failure("a: 1\n---\nb: 2\n");

    assertThat(e.origin().describe()).isEqualTo("t.yaml:2:1");
    assertThat(e.getMessage()).isEqualTo("but found another document");
  }

  @Test
  void pythonTags_areRefusedNotExecuted() {
    YamlSyntaxException apply = failure("a: !!python/object/apply:os.system [echo hi]\n");
    YamlSyntaxException name = failure("a: !!python/name:os.system ''\n");
    YamlSyntaxException object = failure("a: !!python/object:os.Popen {args: ls}\n");

    assertThat(apply.origin().describe()).isEqualTo("t.yaml:1:4");
    assertThat(apply.getMessage())
        .isEqualTo("Global tag is not allowed: tag:yaml.org,2002:python/object/apply:os.system");
    assertThat(name.getMessage())
        .isEqualTo("Global tag is not allowed: tag:yaml.org,2002:python/name:os.system");
    assertThat(object.getMessage())
        .isEqualTo("Global tag is not allowed: tag:yaml.org,2002:python/object:os.Popen");
  }

  @Test
  void unknownLocalTags_areRefusedOnEveryKindOfNode() {
    YamlSyntaxException onScalar = failure("a: !custom x\n");
    YamlSyntaxException onList = failure("a: !custom [1]\n");
    YamlSyntaxException onMap = failure("a:\n  b: !custom {x: 1}\n");

    assertThat(onScalar.origin().describe()).isEqualTo("t.yaml:1:4");
    assertThat(onScalar.getMessage())
        .isEqualTo("could not determine a constructor for the tag !custom");
    assertThat(onList.origin().describe()).isEqualTo("t.yaml:1:4");
    assertThat(onList.getMessage())
        .isEqualTo("could not determine a constructor for the tag !custom");
    assertThat(onMap.origin().describe()).isEqualTo("t.yaml:2:6");
    assertThat(onMap.getMessage())
        .isEqualTo("could not determine a constructor for the tag !custom");
  }

  @Test
  void aliasBomb_isRefused() {
    StringBuilder text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char name = 'b'; name <= 'i'; name++) {
      String previous = "*" + (char) (name - 1);
      text.append(name)
          .append(": &")
          .append(name)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
          .append("]\n");
    }

    YamlSyntaxException e = failure(text.toString());

    // The first alias of the sixth list takes the document over the node budget, long before the
    // aliases run out: the refusal points at that alias.
    assertThat(e.origin().describe()).isEqualTo("t.yaml:6:8");
    assertThat(e.getMessage())
        .isEqualTo(
            "the document holds more than 100000 values once its aliases are expanded (an alias"
                + " bomb?)");
  }

  @Test
  void fewAliases_areAccepted() {
    YamlMap map = (YamlMap) read("a: &a [1]\nb: [*a, *a, *a]\n");

    assertThat(map.value("b")).isEqualTo(List.of(List.of(1L), List.of(1L), List.of(1L)));
  }

  @Test
  void exceptionMessage_neverShowsTheJavaClass() {
    assertThatThrownBy(() -> YamlReader.read("a: b: c\n", "t.yaml"))
        .isInstanceOf(YamlSyntaxException.class)
        .hasMessage("mapping values are not allowed here");
  }
}
