package io.github.ddassets.core.read;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.JmxAttribute;
import io.github.ddassets.core.model.JmxFilter;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.JmxProperty;
import io.github.ddassets.core.model.JmxRule;
import io.github.ddassets.core.model.JmxTag;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlScalar;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JMX integration's {@code metrics.yaml} within the YAML reading budget, keeping the
 * position of every rule and attribute. Problems of the file itself (not YAML, a key written twice,
 * no {@code jmx_metrics}, a value of the wrong kind, a key JMXFetch does not read) are findings of
 * reading; what the rules mean is checked by {@code JmxRules}.
 */
public final class JmxMetricsReader {

  /** The keys JMXFetch reads itself in a filter; every other key filters on a bean property. */
  private static final Set<String> FILTER_KEYS =
      Set.of(
          "domain", "domain_regex", "bean", "bean_name", "bean_regex", "attribute", "exclude_tags",
          "tags");

  private static final Set<String> ATTRIBUTE_KEYS =
      Set.of("alias", "metric_type", "type", "tags", "values");

  private final String path;
  private final List<Finding> findings = new ArrayList<>();

  private JmxMetricsReader(String path) {
    this.path = path;
  }

  /** Reads a file from disk; {@code displayPath} is how findings name it. */
  public static Parsed<JmxMetricsFile> read(Path file, String displayPath) {
    String text;
    try {
      text = TextFiles.readUtf8(file);
    } catch (IOException e) {
      return Parsed.failed(
          Rule.JMX_METRICS_UNREADABLE.at(TextFiles.origin(e, displayPath), TextFiles.describe(e)));
    }
    return parse(text, displayPath);
  }

  /** Parses the text of a {@code metrics.yaml}. */
  public static Parsed<JmxMetricsFile> parse(String text, String displayPath) {
    YamlNode root;
    try {
      root = YamlReader.read(text, displayPath);
    } catch (YamlSyntaxException e) {
      return Parsed.failed(Rule.JMX_METRICS_UNREADABLE.at(e.origin(), e.getMessage()));
    }
    return new JmxMetricsReader(displayPath).file(root);
  }

  private Parsed<JmxMetricsFile> file(YamlNode root) {
    duplicates(root);
    FileOrigin origin = FileOrigin.of(path);
    if (!(root instanceof YamlMap map) || !map.has("jmx_metrics")) {
      findings.add(
          Rule.JMX_METRICS_KEY_MISSING.at(
              root.origin(), path + " does not have a jmx_metrics definition"));
      return new Parsed<>(Optional.empty(), findings);
    }
    for (Object key : map.keys()) {
      if (!"jmx_metrics".equals(key)) {
        findings.add(Rule.JMX_KEY_UNKNOWN.at(map.keyOrigin(key), String.valueOf(key), "at the top", ""));
      }
    }
    YamlNode rulesNode = map.get("jmx_metrics");
    List<JmxRule> rules = new ArrayList<>();
    if (rulesNode instanceof YamlList list) {
      for (YamlNode item : list.items()) {
        rule(item).ifPresent(rules::add);
      }
    } else if (!(rulesNode instanceof YamlScalar scalar && scalar.value() == null)) {
      findings.add(Rule.JMX_STRUCTURE.at(rulesNode.origin(), "jmx_metrics must be a list of rules"));
    }
    return new Parsed<>(Optional.of(new JmxMetricsFile(origin, rules)), findings);
  }

  private void duplicates(YamlNode node) {
    if (node instanceof YamlMap map) {
      for (Map.Entry<Object, Origin> duplicate : map.duplicateKeys()) {
        findings.add(Rule.JMX_DUPLICATE_KEY.at(duplicate.getValue(), String.valueOf(duplicate.getKey())));
      }
      map.entries().forEach(entry -> duplicates(entry.getValue()));
    } else if (node instanceof YamlList list) {
      list.items().forEach(this::duplicates);
    }
  }

  private Optional<JmxRule> rule(YamlNode node) {
    if (!(node instanceof YamlMap map)) {
      findings.add(Rule.JMX_STRUCTURE.at(node.origin(), "a rule must be a mapping with an include"));
      return Optional.empty();
    }
    for (Object key : map.keys()) {
      if (!"include".equals(key) && !"exclude".equals(key)) {
        findings.add(
            Rule.JMX_KEY_UNKNOWN.at(
                map.keyOrigin(key), String.valueOf(key), "in a rule", " (only include and exclude)"));
      }
    }
    return Optional.of(
        new JmxRule(map.origin(), filter(map.get("include"), "include"), filter(map.get("exclude"), "exclude")));
  }

  private Optional<JmxFilter> filter(YamlNode node, String which) {
    if (node == null || isEmpty(node)) {
      return Optional.empty();
    }
    if (!(node instanceof YamlMap map)) {
      findings.add(Rule.JMX_STRUCTURE.at(node.origin(), which + " must be a mapping"));
      return Optional.empty();
    }
    Optional<String> domain = string(map, "domain");
    Optional<String> domainRegex = string(map, "domain_regex");
    List<String> beans = strings(map, "bean");
    if (beans.isEmpty()) {
      beans = strings(map, "bean_name");
    }
    List<String> beanRegexes = strings(map, "bean_regex");
    List<String> excludeTags = strings(map, "exclude_tags");
    List<JmxTag> tags = new ArrayList<>();
    if (map.get("tags") instanceof YamlMap tagMap) {
      tagMap.entries().forEach(e -> tags.add(new JmxTag(String.valueOf(e.getKey()), text(e.getValue()))));
    } else if (map.get("tags") != null && !isEmpty(map.get("tags"))) {
      findings.add(Rule.JMX_STRUCTURE.at(map.get("tags").origin(), "tags must be a mapping of tag names to values"));
    }
    List<JmxProperty> properties = new ArrayList<>();
    for (Object key : map.keys()) {
      String name = String.valueOf(key);
      if (!FILTER_KEYS.contains(name)) {
        properties.add(new JmxProperty(name, plainValues(map.get(key)), map.keyOrigin(key)));
      }
    }
    List<JmxAttribute> attributes = new ArrayList<>();
    boolean asList = false;
    YamlNode attribute = map.get("attribute");
    if (attribute instanceof YamlMap attributeMap) {
      attributeMap.entries().forEach(e -> attributes.add(attribute(e.getKey(), e.getValue(), attributeMap.keyOrigin(e.getKey()))));
    } else if (attribute instanceof YamlList attributeList) {
      asList = true;
      for (YamlNode item : attributeList.items()) {
        attributes.add(JmxAttribute.named(text(item), item.origin()));
      }
    } else if (attribute != null && !isEmpty(attribute)) {
      findings.add(Rule.JMX_STRUCTURE.at(attribute.origin(), "attribute must be a mapping or a list of names"));
    }
    return Optional.of(
        new JmxFilter(
            map.origin(), domain, domainRegex, beans, beanRegexes, properties, attributes, asList,
            excludeTags, tags));
  }

  private JmxAttribute attribute(Object key, YamlNode node, Origin origin) {
    String name = String.valueOf(key);
    if (node == null || isEmpty(node)) {
      return JmxAttribute.named(name, origin);
    }
    if (!(node instanceof YamlMap map)) {
      findings.add(Rule.JMX_STRUCTURE.at(node.origin(), "the options of attribute `" + name + "` must be a mapping"));
      return JmxAttribute.named(name, origin);
    }
    for (Object option : map.keys()) {
      if (!ATTRIBUTE_KEYS.contains(String.valueOf(option))) {
        findings.add(
            Rule.JMX_KEY_UNKNOWN.at(
                map.keyOrigin(option), String.valueOf(option), "in attribute `" + name + "`",
                " (alias, metric_type, tags or values)"));
      }
    }
    Optional<String> alias = string(map, "alias");
    // JMXFetch reads the legacy key `type` when metric_type is absent.
    Optional<String> type = string(map, "metric_type").or(() -> string(map, "type"));
    List<String> tags = strings(map, "tags");
    Map<Object, Object> values = new LinkedHashMap<>();
    if (map.get("values") instanceof YamlMap valueMap) {
      valueMap.entries().forEach(e -> values.put(e.getKey(), e.getValue().toPlain()));
    }
    return new JmxAttribute(name, alias, type, tags, values, origin);
  }

  private Optional<String> string(YamlMap map, String key) {
    YamlNode node = map.get(key);
    if (node == null || (node instanceof YamlScalar scalar && scalar.value() == null)) {
      return Optional.empty();
    }
    if (node instanceof YamlScalar scalar) {
      return Optional.of(String.valueOf(scalar.value()));
    }
    findings.add(Rule.JMX_STRUCTURE.at(node.origin(), "`" + key + "` must be a single value"));
    return Optional.empty();
  }

  private List<String> strings(YamlMap map, String key) {
    YamlNode node = map.get(key);
    if (node == null || (node instanceof YamlScalar scalar && scalar.value() == null)) {
      return List.of();
    }
    if (node instanceof YamlScalar scalar) {
      return List.of(String.valueOf(scalar.value()));
    }
    if (node instanceof YamlList list) {
      List<String> values = new ArrayList<>();
      for (YamlNode item : list.items()) {
        values.add(text(item));
      }
      return values;
    }
    findings.add(Rule.JMX_STRUCTURE.at(node.origin(), "`" + key + "` must be a value or a list of values"));
    return List.of();
  }

  private static List<Object> plainValues(YamlNode node) {
    if (node instanceof YamlList list) {
      return list.items().stream().map(YamlNode::toPlain).map(v -> v == null ? "" : v).toList();
    }
    Object plain = node.toPlain();
    return List.of(plain == null ? "" : plain);
  }

  private String text(YamlNode node) {
    if (node instanceof YamlScalar scalar) {
      return scalar.value() == null ? "" : String.valueOf(scalar.value());
    }
    findings.add(Rule.JMX_STRUCTURE.at(node.origin(), "expected a single value"));
    return "";
  }

  /** Python's falsiness of a YAML value: null, empty mapping, empty list, empty string. */
  private static boolean isEmpty(YamlNode node) {
    if (node instanceof YamlMap map) {
      return map.size() == 0;
    }
    if (node instanceof YamlList list) {
      return list.size() == 0;
    }
    Object value = ((YamlScalar) node).value();
    return value == null || "".equals(value) || Boolean.FALSE.equals(value);
  }
}
