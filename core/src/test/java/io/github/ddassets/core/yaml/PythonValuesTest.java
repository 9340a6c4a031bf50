package io.github.ddassets.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.model.Origin;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Python's {@code repr}, {@code str}, truth and {@code splitlines}; every expected text is
 * CPython's.
 */
class PythonValuesTest {

  @Test
  void reprOfScalars_isPythons() {
    assertThat(PythonValues.repr(null)).isEqualTo("None");
    assertThat(PythonValues.repr(true)).isEqualTo("True");
    assertThat(PythonValues.repr(false)).isEqualTo("False");
    assertThat(PythonValues.repr(42L)).isEqualTo("42");
    assertThat(PythonValues.repr(-7L)).isEqualTo("-7");
    assertThat(PythonValues.repr(new BigInteger("12345678901234567890123")))
        .isEqualTo("12345678901234567890123");
    assertThat(PythonValues.repr(2.5)).isEqualTo("2.5");
  }

  @Test
  void floatRepr_isTheShortestRoundTrippingText() {
    assertThat(
            Arrays.stream(new double[] {1.0, 0.1, 2.5, 100.0, 12345.678, 0.30000000000000004})
                .mapToObj(PythonValues::floatRepr))
        .containsExactly("1.0", "0.1", "2.5", "100.0", "12345.678", "0.30000000000000004");
  }

  @Test
  void floatRepr_switchesToExponentsBelow1eMinus4AndFrom1e16() {
    assertThat(PythonValues.floatRepr(1e16)).isEqualTo("1e+16");
    assertThat(PythonValues.floatRepr(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PythonValues.floatRepr(9999999999999998.0)).isEqualTo("9999999999999998.0");
    assertThat(PythonValues.floatRepr(123456789012345680.0)).isEqualTo("1.2345678901234568e+17");
    assertThat(PythonValues.floatRepr(1e22)).isEqualTo("1e+22");
    assertThat(PythonValues.floatRepr(1.7976931348623157e308)).isEqualTo("1.7976931348623157e+308");
    assertThat(PythonValues.floatRepr(0.0001)).isEqualTo("0.0001");
    assertThat(PythonValues.floatRepr(1e-05)).isEqualTo("1e-05");
    assertThat(PythonValues.floatRepr(1.5e-5)).isEqualTo("1.5e-05");
    assertThat(PythonValues.floatRepr(-1.5e-7)).isEqualTo("-1.5e-07");
    assertThat(PythonValues.floatRepr(5e-324)).isEqualTo("5e-324");
  }

  @Test
  void floatRepr_ofZerosAndSpecialValues() {
    assertThat(PythonValues.floatRepr(0.0)).isEqualTo("0.0");
    assertThat(PythonValues.floatRepr(-0.0)).isEqualTo("-0.0");
    assertThat(PythonValues.floatRepr(Double.NaN)).isEqualTo("nan");
    assertThat(PythonValues.floatRepr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(PythonValues.floatRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
  }

  @Test
  void reprOfStrings_choosesQuotesLikePython() {
    assertThat(PythonValues.repr("abc")).isEqualTo("'abc'");
    assertThat(PythonValues.repr("")).isEqualTo("''");
    assertThat(PythonValues.repr("it's")).isEqualTo("\"it's\"");
    assertThat(PythonValues.repr("say \"hi\"")).isEqualTo("'say \"hi\"'");
    assertThat(PythonValues.repr("both ' and \"")).isEqualTo("'both \\' and \"'");
  }

  @Test
  void reprOfStrings_escapesControlCharactersAndBackslashes() {
    assertThat(PythonValues.repr("back\\slash\ttab\nnl\rcr\u0001\u007f"))
        .isEqualTo("'back\\\\slash\\ttab\\nnl\\rcr\\x01\\x7f'");
    assertThat(PythonValues.repr("café ☕")).isEqualTo("'café ☕'");
  }

  @Test
  void reprOfContainers_isPythons() {
    Map<Object, Object> map = new LinkedHashMap<>();
    map.put("k", List.of(1L, "a", true));
    map.put(2L, null);
    map.put("f", 1e16);

    assertThat(PythonValues.repr(map)).isEqualTo("{'k': [1, 'a', True], 2: None, 'f': 1e+16}");
    assertThat(PythonValues.repr(List.of())).isEqualTo("[]");
    assertThat(PythonValues.repr(Map.of())).isEqualTo("{}");
    assertThat(PythonValues.repr(List.of(List.of("it's"), Map.of("x", 0.1))))
        .isEqualTo("[[\"it's\"], {'x': 0.1}]");
  }

  @Test
  void dates_printLikePythonDates() {
    LocalDate date = LocalDate.of(2001, 2, 3);

    assertThat(PythonValues.repr(date)).isEqualTo("datetime.date(2001, 2, 3)");
    assertThat(PythonValues.str(date)).isEqualTo("2001-02-03");
    assertThat(PythonValues.repr(List.of(date))).isEqualTo("[datetime.date(2001, 2, 3)]");
    assertThat(PythonValues.truthy(date)).isTrue();
  }

  @Test
  void str_isTheTextOfAStringAndTheReprOfAnythingElse() {
    assertThat(PythonValues.str("it's")).isEqualTo("it's");
    assertThat(PythonValues.str(null)).isEqualTo("None");
    assertThat(PythonValues.str(false)).isEqualTo("False");
    assertThat(PythonValues.str(1.0)).isEqualTo("1.0");
    assertThat(PythonValues.str(List.of("a", 1L))).isEqualTo("['a', 1]");
  }

  @Test
  void falsyValues_areThoseOfPython() {
    List<Object> falsy = new ArrayList<>();
    falsy.add(null);
    falsy.addAll(List.of(false, 0L, BigInteger.ZERO, 0.0, -0.0, "", List.of(), Map.of()));

    assertThat(falsy)
        .allSatisfy(value -> assertThat(PythonValues.truthy(value)).as("%s", value).isFalse());
  }

  @Test
  void truthyValues_areThoseOfPython() {
    List<Object> truthy =
        List.of(
            true,
            1L,
            -1L,
            BigInteger.TWO,
            0.5,
            Double.NaN,
            "0",
            "False",
            List.of(0L),
            Map.of("", ""));

    assertThat(truthy)
        .allSatisfy(value -> assertThat(PythonValues.truthy(value)).as("%s", value).isTrue());
  }

  @Test
  void typeTests_followIsinstance() {
    assertThat(PythonValues.isInt(true)).isTrue();
    assertThat(PythonValues.isInt(3L)).isTrue();
    assertThat(PythonValues.isInt(BigInteger.TEN)).isTrue();
    assertThat(PythonValues.isInt(3.0)).isFalse();
    assertThat(PythonValues.isNumber(3.0)).isTrue();
    assertThat(PythonValues.isNumber(false)).isTrue();
    assertThat(PythonValues.isNumber("3")).isFalse();
    assertThat(PythonValues.isBool(1L)).isFalse();
    assertThat(PythonValues.isStr(null)).isFalse();
    assertThat(PythonValues.isList(List.of())).isTrue();
    assertThat(PythonValues.isDict(List.of())).isFalse();
    assertThat(PythonValues.isDict(Map.of())).isTrue();
  }

  @Test
  void javaNumbers_areNormalizedToTheTypesAYamlLoadYields() {
    assertThat(new YamlScalar(5, Origin.NONE).value()).isEqualTo(5L);
    assertThat(new YamlScalar((short) 5, Origin.NONE).value()).isEqualTo(5L);
    assertThat(new YamlScalar(1.5f, Origin.NONE).value()).isEqualTo(1.5);
    assertThat(new YamlScalar(new java.math.BigDecimal("2.25"), Origin.NONE).value())
        .isEqualTo(2.25);
  }

  @Test
  void splitLines_breaksOnEveryPythonLineBoundary() {
    assertThat(
            PythonValues.splitLines("a\r\nb\rc\n\nd\u2028e\u000bf\u001cg\u0085h\u000ci\u2029j\n"))
        .containsExactly("a", "b", "c", "", "d", "e", "f", "g", "h", "i", "j");
  }

  @Test
  void splitLines_addsNoLineForATrailingBreak() {
    assertThat(PythonValues.splitLines("")).isEmpty();
    assertThat(PythonValues.splitLines("\n")).containsExactly("");
    assertThat(PythonValues.splitLines("a\n\n")).containsExactly("a", "");
    assertThat(PythonValues.splitLines("a\r")).containsExactly("a");
    assertThat(PythonValues.splitLines("no break")).containsExactly("no break");
    assertThat(PythonValues.splitLines("\r\n\r\n")).containsExactly("", "");
  }

  @Test
  void length_countsCodePoints() {
    assertThat(PythonValues.length("é😀")).isEqualTo(2);
    assertThat(PythonValues.length("")).isZero();
  }
}
