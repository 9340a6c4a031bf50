package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sections of the main spec file, in order: {@code init_config}, {@code instances} and, when
 * declared, {@code logs}, unless {@code @InstanceConfig(sections = ...)} says otherwise.
 */
final class SectionOrder {

  /** The sections a main spec file can have. */
  static final List<String> KNOWN = List.of("init_config", "instances", "logs");

  private SectionOrder() {}

  static List<String> of(DeclaredConfig config, List<Finding> findings) {
    List<String> given =
        config.instances().isPresent() ? config.instances().get().layout().sections() : List.of();
    List<String> standard = new ArrayList<>(List.of("init_config", "instances"));
    if (config.logs().isPresent()) {
      standard.add("logs");
    }
    if (given.isEmpty()) {
      return standard;
    }
    Set<String> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (String section : given) {
      if (!KNOWN.contains(section)) {
        problems.add("unknown section `" + section + "`");
      } else if (!seen.add(section)) {
        problems.add("section `" + section + "` is listed twice");
      }
    }
    if (!seen.contains("instances")) {
      problems.add("instances is missing");
    }
    if (config.logs().isPresent() != seen.contains("logs")) {
      problems.add(
          config.logs().isPresent()
              ? "logs is missing, though @Logs is declared"
              : "logs is listed, though no @Logs is declared");
    }
    if (config.initConfig().isPresent() && !seen.contains("init_config")) {
      problems.add("init_config is missing, though @InitConfig is declared");
    }
    if (!problems.isEmpty()) {
      Origin origin =
          config.instances().get().origin().attribute(Vocabulary.InstanceConfig.SECTIONS);
      findings.add(
          Rule.SOURCE_ATTRIBUTE_INVALID.at(
              origin, "sections of the spec: " + String.join("; ", problems)));
    }
    List<String> known = new ArrayList<>();
    for (String section : given) {
      if (KNOWN.contains(section) && !known.contains(section)) {
        known.add(section);
      }
    }
    return List.copyOf(known);
  }
}
