package io.github.ddassets.core.jmx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.read.JmxMetricsReader;
import io.github.ddassets.core.read.Parsed;
import io.github.ddassets.core.render.JmxMetricsRenderer;
import io.github.ddassets.core.testing.SharedReference;
import io.github.ddassets.core.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form of the thirteen real {@code metrics.yaml} files holds the same rules: read
 * back as plain YAML it equals the original, once the original's spelling variants are put in
 * canonical form (a one-item list as its item, the legacy {@code type} key as {@code metric_type},
 * an attribute without options as an empty mapping); and writing it again changes nothing.
 */
class JmxCanonicalFormTest {

  @Test
  void canonicalForm_keepsEveryRuleOfTheRealFiles() throws Exception {
    for (Path dir : JmxCorpus.folders(SharedReference.require())) {
      String original = Files.readString(dir.resolve("metrics.yaml"));
      JmxMetricsFile file = read(original);
      String canonical = JmxMetricsRenderer.render(file);

      assertThat(YamlReader.read(canonical, "canonical").toPlain())
          .as(dir.getFileName().toString())
          .isEqualTo(normalized(YamlReader.read(original, "original").toPlain()));
      assertThat(JmxMetricsRenderer.render(read(canonical))).isEqualTo(canonical);
    }
  }

  @Test
  void canonicalForm_isPyYamlBlockStyle() {
    String text =
        "jmx_metrics:\n  - include:\n      bean: [a:type=B]\n      attribute:\n"
            + "        Count: {type: monotonic_count, alias: a.count}\n        Size:\n";
    assertThat(JmxMetricsRenderer.render(read(text)))
        .isEqualTo(
            "jmx_metrics:\n- include:\n    bean: a:type=B\n    attribute:\n      Count:\n"
                + "        alias: a.count\n        metric_type: monotonic_count\n      Size: {}\n");
  }

  private static JmxMetricsFile read(String text) {
    Parsed<JmxMetricsFile> parsed = JmxMetricsReader.parse(text, "metrics.yaml");
    return parsed.value().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Object normalized(Object plain) {
    Map<String, Object> root = (Map<String, Object>) plain;
    List<Object> rules = new ArrayList<>();
    for (Object rule : (List<Object>) root.get("jmx_metrics")) {
      Map<String, Object> copy = new LinkedHashMap<>();
      ((Map<String, Object>) rule)
          .forEach((key, filter) -> copy.put(key, filter((Map<String, Object>) filter)));
      rules.add(copy);
    }
    return Map.of("jmx_metrics", rules);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> filter(Map<String, Object> filter) {
    Map<String, Object> copy = new LinkedHashMap<>();
    filter.forEach(
        (key, value) -> {
          if (key.equals("attribute") && value instanceof Map<?, ?> attributes) {
            Map<Object, Object> options = new LinkedHashMap<>();
            attributes.forEach((name, option) -> options.put(name, attribute(option)));
            copy.put(key, options);
          } else if (!key.equals("exclude_tags")
              && value instanceof List<?> list
              && list.size() == 1) {
            copy.put(key, list.get(0));
          } else {
            copy.put(key, value);
          }
        });
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Object attribute(Object option) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (option instanceof Map<?, ?> map) {
      ((Map<String, Object>) map)
          .forEach(
              (k, v) ->
                  copy.put(
                      k.equals("type") && !map.containsKey("metric_type") ? "metric_type" : k, v));
    }
    return copy;
  }
}
