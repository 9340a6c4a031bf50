package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.JmxAttribute;
import io.github.ddassets.core.model.JmxFilter;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.JmxRule;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a JMX integration's {@code metrics.yaml}: ddev's checks of its shape (include
 * blocks, scopes, duplicate bean and attribute pairs) and, under strict, its agreement with {@code
 * metadata.csv}: every name JMXFetch would emit has a row of a compatible type, every row is
 * emitted by some rule, no entry is shadowed by an earlier rule.
 */
public final class JmxRules {

  /** The metric types JMXFetch knows; any other is sent as a rate. */
  public static final Set<String> METRIC_TYPES =
      Set.of("gauge", "histogram", "monotonic_count", "counter", "rate");

  private JmxRules() {}

  /**
   * Every finding of a {@code metrics.yaml} and of its agreement with the integration's metadata.
   *
   * @param file the rules
   * @param metadata the integration's metadata.csv, if any
   * @param fromElsewhere metric names that other code than JMXFetch submits (not expected from any
   *     rule)
   */
  public static List<Finding> check(
      JmxMetricsFile file, Optional<MetadataFile> metadata, Set<String> fromElsewhere) {
    List<Finding> findings = new ArrayList<>();
    List<Entry> entries = entries(file, findings);
    metricTypes(entries, findings);
    shadowed(entries, findings);
    metadata.ifPresent(csv -> agreement(entries, csv, fromElsewhere, findings));
    return findings;
  }

  /**
   * ddev's spec check of a JMX integration: {@code init_config/jmx} among the options of the {@code
   * init_config} template, {@code instances/jmx} among those of {@code instances}.
   *
   * @param initJmx whether the init_config template holds init_config/jmx
   * @param instancesJmx whether the instances template holds instances/jmx
   * @param origin the spec (or the configuration declaration)
   */
  public static List<Finding> specTemplates(boolean initJmx, boolean instancesJmx, Origin origin) {
    List<String> missing = new ArrayList<>();
    if (!initJmx) {
      missing.add("the `init_config/jmx` template in init_config");
    }
    if (!instancesJmx) {
      missing.add("the `instances/jmx` template in instances");
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    // One finding: javac shows only the first error at a position.
    return List.of(
        Rule.JMX_SPEC_TEMPLATES.at(
            origin, "the spec does not use " + String.join(" nor ", missing)));
  }

  /** The metadata.csv types that fit a JMXFetch metric type, as documented in docs/jmx.md. */
  public static Set<String> compatibleTypes(String metricType) {
    return switch (metricType) {
      case "gauge", "histogram" -> Set.of("gauge");
      case "monotonic_count" -> Set.of("count", "rate");
      default -> Set.of("gauge", "rate");
    };
  }

  /**
   * One attribute entry of an include block, with its rule.
   *
   * @param rule the rule's index
   * @param include the include block
   * @param attribute the entry
   * @param shadowedBy the origin of the earlier rule that matches it first, if any
   */
  private record Entry(
      int rule, JmxRule jmxRule, JmxFilter include, JmxAttribute attribute, Origin[] shadowedBy) {}

  /** The attribute entries, with ddev's findings on include blocks and bean-attribute pairs. */
  private static List<Entry> entries(JmxMetricsFile file, List<Finding> findings) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Origin> beanAttributes = new HashMap<>();
    for (int index = 0; index < file.rules().size(); index++) {
      JmxRule rule = file.rules().get(index);
      if (rule.include().isEmpty()) {
        findings.add(Rule.JMX_INCLUDE_MISSING.at(rule.origin()));
        continue;
      }
      JmxFilter include = rule.include().get();
      if (!include.hasScope()) {
        findings.add(
            Rule.JMX_INCLUDE_SCOPE.at(
                include.origin(),
                include.beanRegexes().isEmpty() ? "" : " (ddev does not accept bean_regex alone)"));
      }
      for (JmxAttribute attribute : include.attributes()) {
        Entry entry = new Entry(index, rule, include, attribute, new Origin[1]);
        entries.add(entry);
        if (include.attributesAsList()) {
          continue;
        }
        for (String bean : include.beans()) {
          Origin first = beanAttributes.putIfAbsent(bean + "\u0000" + attribute.name(), include.origin());
          if (first != null) {
            entry.shadowedBy()[0] = first;
            findings.add(
                Rule.JMX_BEAN_ATTRIBUTE_DUPLICATE.at(
                    attribute.origin(), bean, attribute.name(), first.describe()));
          }
        }
      }
    }
    return entries;
  }

  private static void metricTypes(List<Entry> entries, List<Finding> findings) {
    for (Entry entry : entries) {
      entry
          .attribute()
          .metricType()
          .filter(type -> !METRIC_TYPES.contains(type))
          .ifPresent(
              type ->
                  findings.add(
                      Rule.JMX_METRIC_TYPE_UNKNOWN.at(
                          entry.attribute().origin(), type, closest(type))));
    }
  }

  private static String closest(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    if (METRIC_TYPES.contains(lower)) {
      return " (did you mean `" + lower + "`?)";
    }
    if (lower.equals("count")) {
      return " (did you mean `monotonic_count`?)";
    }
    return "";
  }

  /**
   * Entries that an earlier rule with the same include scope and no exclude reaches first. Pairs
   * ddev already reports as duplicate bean and attribute pairs are not reported twice.
   */
  private static void shadowed(List<Entry> entries, List<Finding> findings) {
    for (Entry entry : entries) {
      if (entry.shadowedBy()[0] != null) {
        continue;
      }
      JmxFilter scope = entry.include().scope();
      for (Entry earlier : entries) {
        if (earlier.rule() >= entry.rule()) {
          break;
        }
        if (earlier.jmxRule().exclude().isEmpty()
            && earlier.include().scope().equals(scope)
            && earlier.attribute().name().equals(entry.attribute().name())) {
          entry.shadowedBy()[0] = earlier.include().origin();
          findings.add(
              Rule.JMX_RULE_SHADOWED.at(
                  entry.attribute().origin(),
                  entry.attribute().name(),
                  entry.attribute().alias().orElse(""),
                  earlier.include().origin().describe()));
          break;
        }
      }
    }
  }

  /** Names against rows, both ways, and types. */
  private static void agreement(
      List<Entry> entries, MetadataFile metadata, Set<String> fromElsewhere, List<Finding> findings) {
    Map<String, MetricRow> rows = new HashMap<>();
    for (MetricRow row : metadata.rows()) {
      rows.putIfAbsent(row.metricName(), row);
    }
    List<JmxNames.Emitted> fired = new ArrayList<>();
    Map<JmxNames.Emitted, Origin> silent = new HashMap<>();
    for (Entry entry : entries) {
      List<JmxNames.Emitted> emitted = JmxNames.emitted(entry.include(), entry.attribute());
      boolean fires = entry.shadowedBy()[0] == null;
      for (JmxNames.Emitted name : emitted) {
        if (fires) {
          fired.add(name);
        } else {
          silent.putIfAbsent(name, entry.shadowedBy()[0]);
        }
        declared(entry, name, rows, findings);
      }
    }
    for (MetricRow row : metadata.rows()) {
      String name = row.metricName();
      if (name.isEmpty()
          || fromElsewhere.contains(name)
          || fired.stream().anyMatch(emitted -> emitted.matches(name))) {
        continue;
      }
      String why =
          silent.entrySet().stream()
              .filter(e -> e.getKey().matches(name))
              .findFirst()
              .map(e -> ": the entry naming it never fires, the rule at " + e.getValue().describe()
                  + " matches its bean and attribute first")
              .orElse("");
      findings.add(
          Rule.JMX_ROW_NOT_PRODUCED.at(row.originOf(MetadataColumn.METRIC_NAME), name, why));
    }
  }

  private static void declared(
      Entry entry, JmxNames.Emitted name, Map<String, MetricRow> rows, List<Finding> findings) {
    Origin origin = entry.attribute().origin();
    if (name.pattern().isPresent()) {
      if (rows.keySet().stream().noneMatch(name::matches)) {
        findings.add(
            Rule.JMX_ALIAS_UNDECLARED.at(
                origin, "`" + name.name() + "` (placeholders left open)", ""));
      }
      return;
    }
    MetricRow row = rows.get(name.name());
    if (row == null) {
      String cleaned =
          name.written().equals(name.name())
              ? ""
              : " (the alias is written `"
                  + name.written()
                  + "`; JMXFetch's name clean-up sends it as `"
                  + name.name()
                  + "`)";
      findings.add(Rule.JMX_ALIAS_UNDECLARED.at(origin, "`" + name.name() + "`", cleaned));
      return;
    }
    String type = entry.attribute().effectiveType();
    String declaredType = row.value(MetadataColumn.METRIC_TYPE);
    Set<String> compatible = compatibleTypes(type);
    if (!declaredType.isEmpty() && !compatible.contains(declaredType)) {
      findings.add(
          Rule.JMX_TYPE_MISMATCH.at(
              origin,
              name.name(),
              type,
              String.join(" or ", compatible.stream().sorted().toList()),
              declaredType));
    }
  }
}
