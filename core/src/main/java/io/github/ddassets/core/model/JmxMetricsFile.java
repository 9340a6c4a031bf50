package io.github.ddassets.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A JMX integration's {@code metrics.yaml}: the rules JMXFetch tries, in order, on every attribute
 * of every MBean it sees. The first rule that matches an attribute decides its metric; later rules
 * never see it.
 *
 * @param origin the file as a whole (or the declaration it was built from)
 * @param rules the rules in file order
 */
public record JmxMetricsFile(Origin origin, List<JmxRule> rules) {

  /** The file's name inside the integration package's {@code data} folder. */
  public static final String FILE_NAME = "metrics.yaml";

  public JmxMetricsFile {
    Objects.requireNonNull(origin, "origin");
    rules = List.copyOf(rules);
  }
}
