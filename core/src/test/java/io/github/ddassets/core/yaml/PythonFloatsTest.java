package io.github.ddassets.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are Python 3.11's {@code repr(x)} and PyYAML 6.0.3's {@code safe_dump(x)}. */
class PythonFloatsTest {

  @ParameterizedTest
  @CsvSource({
    "5e-324, 5e-324, 5.0e-324",
    "1e16, 1e+16, 1.0e+16",
    "1e15, 1000000000000000.0, 1000000000000000.0",
    "1e-5, 1e-05, 1.0e-05",
    "0.0001, 0.0001, 0.0001",
    "-0.0, -0.0, -0.0",
    "1e22, 1e+22, 1.0e+22",
    "1e23, 1e+23, 1.0e+23",
    "1.4142135623730951, 1.4142135623730951, 1.4142135623730951",
    "0.30000000000000004, 0.30000000000000004, 0.30000000000000004",
    "2.2250738585072014e-308, 2.2250738585072014e-308, 2.2250738585072014e-308",
    "123456789012345678.0, 1.2345678901234568e+17, 1.2345678901234568e+17",
    "100.0, 100.0, 100.0",
    "-1.5e-10, -1.5e-10, -1.5e-10",
    "Infinity, inf, .inf",
    "-Infinity, -inf, -.inf",
    "NaN, nan, .nan",
  })
  void repr_andYamlText_matchPython(double value, String repr, String yamlText) {
    assertThat(PythonFloats.repr(value)).isEqualTo(repr);
    assertThat(PythonFloats.yamlText(value)).isEqualTo(yamlText);
  }
}
