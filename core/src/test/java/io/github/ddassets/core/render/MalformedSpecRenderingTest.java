package io.github.ddassets.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Authoring mistakes in the shape of a spec's options are findings at their position, and the rest
 * of the spec is still rendered: never a {@code ClassCastException}.
 */
class MalformedSpecRenderingTest {

  private static List<String> findings(String options) {
    SpecRendering.Result result =
        SpecRendering.render(
            "name: Acme\nfiles:\n- name: acme.yaml\n  " + options,
            "spec.yaml",
            "acme",
            new ConfigTemplates(List.of()));
    return result.findings().stream().map(MalformedSpecRenderingTest::line).toList();
  }

  private static String line(Finding finding) {
    return finding.origin().describe() + " " + finding.text();
  }

  @Test
  void nullOption_isAFinding() {
    assertThat(findings("options: [null]\n"))
        .containsExactly(
            "spec.yaml:4:13 [spec-option-invalid] file `acme.yaml`, option #1 must be a mapping");
  }

  @Test
  void stringOption_isAFinding_andTheOtherOptionsAreRendered() {
    SpecRendering.Result result =
        SpecRendering.render(
            "files:\n"
                + "- name: acme.yaml\n"
                + "  options:\n"
                + "  - just text\n"
                + "  - name: port\n"
                + "    description: Port.\n"
                + "    value: {type: integer, example: 1}\n",
            "spec.yaml",
            "acme",
            new ConfigTemplates(List.of()));

    assertThat(result.findings())
        .extracting(MalformedSpecRenderingTest::line)
        .containsExactly(
            "spec.yaml:4:5 [spec-option-invalid] file `acme.yaml`, option #1 must be a mapping");
    assertThat(result.examples().get(0).text()).contains("## @param port - integer - optional");
  }

  @Test
  void optionsThatAreNotAList_isAFinding() {
    assertThat(findings("options: 5\n"))
        .containsExactly(
            "spec.yaml:4:3 [spec-file-invalid] file `acme.yaml`: `options` must be a list");
  }

  @Test
  void nullValue_isAFinding() {
    assertThat(findings("options:\n  - name: a\n    description: A.\n    value:\n"))
        .containsExactly(
            "spec.yaml:7:5 [spec-option-invalid] file `acme.yaml`, a: `value` must be a mapping");
  }

  @Test
  void nullNestedOptions_isAFinding() {
    assertThat(findings("options:\n  - name: a\n    description: A.\n    options:\n"))
        .containsExactly(
            "spec.yaml:7:5 [spec-option-invalid] file `acme.yaml`, a: `options` must be a list");
  }

  @Test
  void nullInstanceOfAMultipleSection_isAFinding() {
    assertThat(
            findings(
                "options:\n  - name: instances\n    description: I.\n    multiple: true\n"
                    + "    multiple_instances_defined: true\n    options: [null, 3]\n"))
        .containsExactly(
            "spec.yaml:9:15 [spec-option-invalid] file `acme.yaml`, instances, option #1 must be a"
                + " mapping",
            "spec.yaml:9:21 [spec-option-invalid] file `acme.yaml`, instances, option #2 must be a"
                + " mapping");
  }
}
