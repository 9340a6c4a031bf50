package io.github.ddassets.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a JMX rule's {@code attribute} block: an MBean attribute (or {@code Attr.key} of a
 * composite one) and how its metric is named and sent.
 *
 * @param name the attribute name
 * @param alias the {@code alias}, with its placeholders as written, if set
 * @param metricType the {@code metric_type} (or legacy {@code type}) as written, if set
 * @param tags the attribute's own tags ({@code key:value} strings)
 * @param values the value conversions ({@code true: 1}), as plain YAML values, in file order
 * @param origin where the attribute's key is written
 */
public record JmxAttribute(
    String name,
    Optional<String> alias,
    Optional<String> metricType,
    List<String> tags,
    Map<Object, Object> values,
    Origin origin) {

  /** JMXFetch's metric type when none is written. */
  public static final String DEFAULT_TYPE = "gauge";

  public JmxAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(metricType, "metricType");
    tags = List.copyOf(tags);
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    Objects.requireNonNull(origin, "origin");
  }

  /** An attribute listed by name only. */
  public static JmxAttribute named(String name, Origin origin) {
    return new JmxAttribute(
        name, Optional.empty(), Optional.empty(), List.of(), Map.of(), origin);
  }

  /** The metric type JMXFetch applies: the written one, or {@value #DEFAULT_TYPE}. */
  public String effectiveType() {
    return metricType.orElse(DEFAULT_TYPE);
  }
}
