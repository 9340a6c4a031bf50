package io.github.ddassets.core.config;

import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A spec after loading: templates expanded, overrides applied, defaults filled in.
 *
 * @param root the resolved spec, or empty when it could not be read at all
 * @param findings what loading found wrong
 */
public record LoadedSpec(Optional<YamlMap> root, List<Finding> findings) {

  public LoadedSpec {
    findings = List.copyOf(findings);
  }

  /** The resolved files of the spec (those that are well-formed mappings). */
  public List<YamlMap> files() {
    if (root.isEmpty() || !(root.get().get("files") instanceof YamlList files)) {
      return List.of();
    }
    List<YamlMap> wellFormed = new ArrayList<>();
    for (YamlNode item : files.items()) {
      if (item instanceof YamlMap file && file.get("options") instanceof YamlList) {
        wellFormed.add(file);
      }
    }
    return List.copyOf(wellFormed);
  }
}
