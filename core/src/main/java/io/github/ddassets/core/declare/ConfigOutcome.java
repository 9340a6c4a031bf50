package io.github.ddassets.core.declare;

import io.github.ddassets.core.rules.Finding;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The configuration of one integration as text, and what building it found. Where the texts go in
 * the integration folder is the build's business ({@code core.build}), not the assembler's.
 *
 * @param spec the text of {@code spec.yaml}, empty when nothing is declared
 * @param examples the text of each example file ({@code conf.yaml.example}, {@code auto_conf.yaml}),
 *     by file name
 * @param findings every finding: declarations, spec loading, example rendering
 * @param optionNames the names of every option of each section, templates' included, sorted
 */
public record ConfigOutcome(
    Optional<String> spec,
    Map<String, String> examples,
    List<Finding> findings,
    Map<ConfigSection, Set<String>> optionNames) {

  public ConfigOutcome {
    examples = Collections.unmodifiableMap(new TreeMap<>(examples));
    findings = List.copyOf(findings);
    optionNames = Map.copyOf(optionNames);
  }

  /** Nothing to write: the integration declares no configuration. */
  public static ConfigOutcome none() {
    return new ConfigOutcome(Optional.empty(), Map.of(), List.of(), Map.of());
  }
}
