package io.github.ddassets.core.declare;

import io.github.ddassets.core.rules.Finding;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The configuration files of one integration and what building them found.
 *
 * @param files text by path inside the integration folder: {@code assets/configuration/spec.yaml}
 *     and the example files
 * @param findings every finding: declarations, spec loading, example rendering
 * @param optionNames the names of every option of each section, templates' included, sorted
 */
public record ConfigOutcome(
    Map<String, String> files,
    List<Finding> findings,
    Map<ConfigSection, Set<String>> optionNames) {

  public ConfigOutcome {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
    findings = List.copyOf(findings);
    optionNames = Map.copyOf(optionNames);
  }

  /** Nothing to write: the integration declares no configuration. */
  public static ConfigOutcome none() {
    return new ConfigOutcome(Map.of(), List.of(), Map.of());
  }
}
