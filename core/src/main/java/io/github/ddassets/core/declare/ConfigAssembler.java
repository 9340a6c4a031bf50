package io.github.ddassets.core.declare;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.LoadedSpec;
import io.github.ddassets.core.config.SpecLoader;
import io.github.ddassets.core.render.ExampleRenderer;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.SpecWriter;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a declared configuration into its texts: the spec (written as declared, template references
 * kept), then the spec loaded and rendered as ddev does into {@code conf.yaml.example} and {@code
 * auto_conf.yaml}, with every finding placed on the declaration to fix.
 */
public final class ConfigAssembler {

  private ConfigAssembler() {}

  /**
   * Builds, loads and renders the configuration of one integration.
   *
   * @param config what the code declares
   * @param templates the templates the spec is resolved with
   */
  public static ConfigOutcome assemble(DeclaredConfig config, ConfigTemplates templates) {
    if (!config.declaresAny()) {
      return ConfigOutcome.none();
    }
    List<Finding> findings = new ArrayList<>();
    TemplateBoundParams bound = TemplateBoundParams.of(config, templates);
    for (ConfigSection section : ConfigSection.values()) {
      Optional<ConfigDeclaration> declared = config.section(section);
      if (declared.isPresent()) {
        findings.addAll(bound.check(section, declared.get().params()));
      }
    }
    YamlMap spec = new ConfigSpecBuilder(findings, bound).build(config);
    String integration = config.integration().name();
    String specText = SpecWriter.write(spec);
    Map<String, String> examples = new LinkedHashMap<>();
    // The loader expands templates in place: load a copy so the written spec keeps its references.
    LoadedSpec loaded = new SpecLoader(templates).load(spec.copy(), integration);
    List<Finding> specFindings = new ArrayList<>(loaded.findings());
    for (RenderedExample example : ExampleRenderer.pyYaml().render(loaded)) {
      examples.put(example.exampleName(), example.text());
      specFindings.addAll(example.findings());
    }
    findings.addAll(new FindingPlacement(config, templates).place(specFindings, loaded));
    return new ConfigOutcome(Optional.of(specText), examples, findings, optionNames(loaded));
  }

  /** The option names of the main file's sections, as loaded (templates expanded). */
  private static Map<ConfigSection, Set<String>> optionNames(LoadedSpec loaded) {
    Map<ConfigSection, Set<String>> names = new EnumMap<>(ConfigSection.class);
    if (loaded.files().isEmpty()) {
      return names;
    }
    for (YamlNode entry : ((YamlList) loaded.files().get(0).get("options")).items()) {
      if (!(entry instanceof YamlMap section)
          || !(section.get("options") instanceof YamlList options)) {
        continue;
      }
      for (ConfigSection key : ConfigSection.values()) {
        if (key.key().equals(section.value("name"))) {
          Set<String> sectionNames = new TreeSet<>();
          for (YamlNode option : options.items()) {
            if (option instanceof YamlMap map && map.value("name") instanceof String name) {
              sectionNames.add(name);
            }
          }
          names.put(key, sectionNames);
        }
      }
    }
    return names;
  }
}
