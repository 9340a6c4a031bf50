package io.github.ddassets.core.render;

import io.github.ddassets.core.model.JmxAttribute;
import io.github.ddassets.core.model.JmxFilter;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.JmxProperty;
import io.github.ddassets.core.model.JmxRule;
import io.github.ddassets.core.model.JmxTag;
import io.github.ddassets.core.yaml.PyYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@code metrics.yaml} in its canonical form: what PyYAML's {@code safe_dump} writes for
 * the rules (block style, keys in a fixed order), so that a file read back by PyYAML, JMXFetch or
 * ddassets gives the same rules.
 *
 * <p>The fixed order: in a filter, {@code domain}, {@code domain_regex}, {@code bean}, {@code
 * bean_regex}, the bean-property filters in their own order, {@code exclude_tags}, {@code tags},
 * {@code attribute}; in an attribute, {@code alias}, {@code metric_type}, {@code tags}, {@code
 * values}. One bean, pattern or property value is written as a value, several as a list; an
 * attribute without options as an empty mapping; the legacy {@code type} key as {@code
 * metric_type}. Comments are not kept.
 */
public final class JmxMetricsRenderer {

  private JmxMetricsRenderer() {}

  /** The file's text. */
  public static String render(JmxMetricsFile file) {
    List<Object> rules = new ArrayList<>();
    for (JmxRule rule : file.rules()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      rule.include().ifPresent(include -> entry.put("include", filter(include)));
      rule.exclude().ifPresent(exclude -> entry.put("exclude", filter(exclude)));
      rules.add(entry);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("jmx_metrics", rules);
    return PyYaml.dumpBlock(root);
  }

  private static Map<String, Object> filter(JmxFilter filter) {
    Map<String, Object> map = new LinkedHashMap<>();
    filter.domain().ifPresent(domain -> map.put("domain", domain));
    filter.domainRegex().ifPresent(regex -> map.put("domain_regex", regex));
    putOneOrMany(map, "bean", filter.beans());
    putOneOrMany(map, "bean_regex", filter.beanRegexes());
    for (JmxProperty property : filter.properties()) {
      putOneOrMany(map, property.name(), property.values());
    }
    if (!filter.excludeTags().isEmpty()) {
      map.put("exclude_tags", filter.excludeTags());
    }
    if (!filter.tags().isEmpty()) {
      Map<String, Object> tags = new LinkedHashMap<>();
      for (JmxTag tag : filter.tags()) {
        tags.put(tag.name(), tag.value());
      }
      map.put("tags", tags);
    }
    if (filter.attributesAsList()) {
      map.put("attribute", filter.attributes().stream().map(JmxAttribute::name).toList());
    } else if (!filter.attributes().isEmpty()) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      for (JmxAttribute attribute : filter.attributes()) {
        attributes.put(attribute.name(), attribute(attribute));
      }
      map.put("attribute", attributes);
    }
    return map;
  }

  private static Map<String, Object> attribute(JmxAttribute attribute) {
    Map<String, Object> options = new LinkedHashMap<>();
    attribute.alias().ifPresent(alias -> options.put("alias", alias));
    attribute.metricType().ifPresent(type -> options.put("metric_type", type));
    if (!attribute.tags().isEmpty()) {
      options.put("tags", attribute.tags());
    }
    if (!attribute.values().isEmpty()) {
      options.put("values", new LinkedHashMap<>(attribute.values()));
    }
    return options;
  }

  private static void putOneOrMany(Map<String, Object> map, String key, List<?> values) {
    if (values.size() == 1) {
      map.put(key, values.get(0));
    } else if (!values.isEmpty()) {
      map.put(key, values);
    }
  }
}
