package io.github.ddassets.core.declare;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.LoadedSpec;
import io.github.ddassets.core.config.SpecLoader;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters that read an option of their section's templates, such as {@code tags} of {@code
 * instances/default}: a component named like a template option binds to it. The spec keeps the
 * template's option (so ddev sees the same spec) and the generated loader reads the value into the
 * component, checked against the component's Java type.
 */
final class TemplateBoundParams {

  /** The options the templates give each section, by name, as loaded. */
  private final Map<ConfigSection, Map<String, YamlMap>> templateOptions;

  private TemplateBoundParams(Map<ConfigSection, Map<String, YamlMap>> templateOptions) {
    this.templateOptions = templateOptions;
  }

  /** Every parameter left out: the spec of the templates alone. */
  static final TemplateBoundParams ALL = new TemplateBoundParams(null);

  /** Loads the sections' templates alone to learn which options they give. */
  static TemplateBoundParams of(DeclaredConfig config, ConfigTemplates templates) {
    YamlMap templatesOnly =
        new ConfigSpecBuilder(new ArrayList<>(), TemplateBoundParams.ALL).build(config);
    LoadedSpec loaded = new SpecLoader(templates).load(templatesOnly, config.integration().name());
    Map<ConfigSection, Map<String, YamlMap>> options = new EnumMap<>(ConfigSection.class);
    if (loaded.files().isEmpty()
        || !(loaded.files().get(0).get("options") instanceof YamlList entries)) {
      return new TemplateBoundParams(options);
    }
    for (YamlNode entry : entries.items()) {
      if (!(entry instanceof YamlMap section)
          || !(section.get("options") instanceof YamlList sectionOptions)) {
        continue;
      }
      for (ConfigSection key : ConfigSection.values()) {
        if (key.key().equals(section.value("name"))) {
          Map<String, YamlMap> byName = new LinkedHashMap<>();
          for (YamlNode option : sectionOptions.items()) {
            if (option instanceof YamlMap map && map.value("name") instanceof String name) {
              byName.put(name, map);
            }
          }
          options.put(key, byName);
        }
      }
    }
    return new TemplateBoundParams(options);
  }

  /** Whether the parameter reads a template option rather than declaring its own. */
  boolean isBound(ConfigSection section, ParamDeclaration param) {
    return templateOptions == null
        || templateOptions.getOrDefault(section, Map.of()).containsKey(param.effectiveName());
  }

  /**
   * What a bound parameter must not say: an example, a default or {@code required} (the template
   * gives them), or a Java type that does not read the template's value type.
   */
  List<Finding> check(ConfigSection section, List<ParamDeclaration> params) {
    List<Finding> findings = new ArrayList<>();
    for (ParamDeclaration param : params) {
      if (!isBound(section, param)) {
        continue;
      }
      String name = param.effectiveName();
      if (param.required()
          || param.values().example().isPresent()
          || param.values().defaultValue().isPresent()) {
        findings.add(
            Rule.SOURCE_ATTRIBUTE_INVALID.at(
                param.origin(),
                "`"
                    + name
                    + "` is an option of the section's templates, which give its example,"
                    + " default and required flag: this component only reads it, so remove"
                    + " required, example and defaultValue"));
      }
      Optional<String> expected = templateType(templateOptions.get(section).get(name));
      Optional<String> actual = specType(param.type());
      if (expected.isPresent() && actual.isPresent() && !expected.equals(actual)) {
        findings.add(
            Rule.SOURCE_PARAM_TYPE.at(
                param.origin(),
                name,
                actual.get(),
                "the template's option `" + name + "` is of type " + expected.get()));
      }
    }
    return findings;
  }

  private static Optional<String> templateType(YamlMap option) {
    return option.get("value") instanceof YamlMap value
            && value.value("type") instanceof String type
        ? Optional.of(type)
        : Optional.empty();
  }

  private static Optional<String> specType(ParamType type) {
    if (type instanceof ParamType.ScalarType scalar) {
      return Optional.of(scalar.scalar().specType());
    }
    if (type instanceof ParamType.EnumType) {
      return Optional.of("string");
    }
    if (type instanceof ParamType.ListType) {
      return Optional.of("array");
    }
    if (type instanceof ParamType.MapType || type instanceof ParamType.RecordType) {
      return Optional.of("object");
    }
    return Optional.empty();
  }
}
