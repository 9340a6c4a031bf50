package io.github.ddassets.core.declare;

import io.github.ddassets.core.config.DefaultTemplates;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlScalar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the spec tree of a declared configuration, in the shape ddev expects: the integration's
 * display name, and one file holding an {@code init_config} section, an {@code instances} section
 * and, when declared, a {@code logs} section and templates beside them (plus {@code auto_conf.yaml}
 * when declared). Template references stay {@code - template:} entries, so ddev resolves the same
 * spec; every node points at the declaration it came from.
 */
final class ConfigSpecBuilder {

  private final List<Finding> findings;
  private final Snippets snippets;
  private final OptionBuilder options;
  private final TemplateBoundParams bound;

  /**
   * @param findings where findings go
   * @param bound the parameters that read a template option: they are not written as options
   */
  ConfigSpecBuilder(List<Finding> findings, TemplateBoundParams bound) {
    this.findings = findings;
    this.bound = bound;
    this.snippets = new Snippets(findings);
    this.options = new OptionBuilder(findings);
  }

  /** The spec of a configuration that declares something. */
  YamlMap build(DeclaredConfig config) {
    IntegrationDeclaration integration = config.integration();
    Origin origin = integration.origin();
    YamlMap spec = new YamlMap(origin);
    Optional<ConfigDeclaration> instances = config.instances();
    SpecLayout layout = instances.isPresent() ? instances.get().layout() : SpecLayout.DEFAULT;
    if (layout.name().isEmpty()) {
      put(
          spec,
          "name",
          integration.effectiveDisplayName(),
          origin.attribute(Vocabulary.Integration.DISPLAY_NAME));
    } else {
      put(
          spec,
          "name",
          layout.name(),
          instances.get().origin().attribute(Vocabulary.InstanceConfig.SPEC_NAME));
    }
    if (!layout.version().isEmpty()) {
      put(
          spec,
          "version",
          layout.version(),
          instances.get().origin().attribute(Vocabulary.InstanceConfig.SPEC_VERSION));
    }
    YamlList files = new YamlList(origin);
    files.add(mainFile(config));
    if (config.autoConf().isPresent()) {
      files.add(new AutoConfFile(options, this).build(config.autoConf().get(), config.instances()));
    }
    spec.put("files", files, origin);
    return spec;
  }

  private YamlMap mainFile(DeclaredConfig config) {
    Origin origin = config.integration().origin();
    YamlMap file = new YamlMap(origin);
    put(
        file,
        "name",
        config.integration().name().toLowerCase(Locale.ROOT) + ".yaml",
        origin.attribute(Vocabulary.Integration.NAME));
    YamlList entries = new YamlList(origin);
    List<TemplateDeclaration> fileTemplates =
        config.instances().isPresent()
            ? config.instances().get().layout().fileTemplates()
            : List.of();
    for (String key : SectionOrder.of(config, findings)) {
      if (key.equals("logs")) {
        if (config.logs().isPresent()) {
          entries.add(
              LogsSection.build(config.logs().get(), config.integration().name(), findings));
        }
      } else {
        ConfigSection section =
            key.equals("init_config") ? ConfigSection.INIT_CONFIG : ConfigSection.INSTANCES;
        entries.add(section(section, config.section(section), fileTemplates, origin));
      }
    }
    for (TemplateDeclaration template : fileTemplates) {
      entries.add(fileTemplate(template));
    }
    file.put("options", entries, origin);
    return file;
  }

  /**
   * A template referenced beside the sections ({@code @InstanceConfig(fileTemplates)}). A section's
   * name there would be a second, empty section: sections are listed in {@code sections}.
   */
  private YamlMap fileTemplate(TemplateDeclaration template) {
    if (SectionOrder.KNOWN.contains(template.name())) {
      findings.add(
          Rule.SOURCE_ATTRIBUTE_INVALID.at(
              template.origin().attribute(Vocabulary.Template.VALUE),
              "`"
                  + template.name()
                  + "` is a section, not a template to place beside the sections: list sections"
                  + " in @InstanceConfig(sections)"));
    }
    return templateEntry(template);
  }

  /**
   * A {@code - template: init_config} (or {@code instances}) entry: the type's parameters, then its
   * templates. Without a declaration, the section holds the default template alone.
   */
  private YamlMap section(
      ConfigSection section,
      Optional<ConfigDeclaration> declared,
      List<TemplateDeclaration> fileTemplates,
      Origin fallback) {
    Origin origin = declared.isPresent() ? declared.get().origin() : fallback;
    YamlMap entry = new YamlMap(origin);
    put(entry, "template", section.key(), origin);
    YamlList children = new YamlList(origin);
    if (declared.isEmpty()) {
      YamlMap template = new YamlMap(origin);
      put(template, "template", section.defaultTemplate(), origin);
      children.add(template);
    } else {
      ConfigDeclaration config = declared.get();
      if (config.templatesFirst()) {
        addTemplateEntries(children, config.templates());
      }
      for (ParamDeclaration param : config.params()) {
        if (!bound.isBound(section, param)) {
          children.add(options.option(param, Optional.empty()));
        }
      }
      if (!config.templatesFirst()) {
        addTemplateEntries(children, config.templates());
      }
      checkDefaultTemplate(section, config, fileTemplates);
    }
    entry.put("options", children, origin);
    return entry;
  }

  private void addTemplateEntries(YamlList children, List<TemplateDeclaration> templates) {
    for (TemplateDeclaration template : templates) {
      children.add(templateEntry(template));
    }
  }

  /** A {@code - template:} entry with its {@code hidden} flag and {@code overrides}. */
  YamlMap templateEntry(TemplateDeclaration template) {
    Origin origin = template.origin();
    YamlMap entry = new YamlMap(origin);
    put(entry, "template", template.name(), origin.attribute(Vocabulary.Template.VALUE));
    if (template.hidden()) {
      put(entry, "hidden", true, origin.attribute(Vocabulary.Template.HIDDEN));
    }
    if (template.emptyOptions().isPresent()) {
      put(entry, "options", null, template.emptyOptions().get());
    }
    if (!template.overrides().isEmpty()) {
      YamlMap overrides = new YamlMap(origin.attribute(Vocabulary.Template.OVERRIDES));
      for (TemplateDeclaration.TemplateOverride override : template.overrides()) {
        Origin valueOrigin = override.origin().attribute(Vocabulary.TemplateOverride.VALUE);
        Optional<YamlNode> value =
            snippets.yaml(
                override.value(), valueOrigin, "the override of `" + override.path() + "`");
        if (value.isPresent()) {
          overrides.put(
              override.path(),
              value.get(),
              override.origin().attribute(Vocabulary.TemplateOverride.PATH));
        }
      }
      entry.put("overrides", overrides, origin.attribute(Vocabulary.Template.OVERRIDES));
    }
    return entry;
  }

  /**
   * ddev requires a section built on the {@code init_config} or {@code instances} template to use
   * one of its default templates ({@code ddev validate config}). ddev looks for the reference
   * anywhere in the spec's text, so one placed beside the sections counts too.
   */
  private void checkDefaultTemplate(
      ConfigSection section, ConfigDeclaration config, List<TemplateDeclaration> fileTemplates) {
    if (!usesDefault(section, config.templates()) && !usesDefault(section, fileTemplates)) {
      findings.add(
          Rule.SPEC_DEFAULT_TEMPLATES.at(
              config.origin().attribute(section.templatesAttribute()),
              "the "
                  + section.key()
                  + " section uses no default template: add @Template(\""
                  + section.defaultTemplate()
                  + "\") (or the openmetrics, openmetrics_legacy or jmx one)"));
    }
  }

  private static boolean usesDefault(ConfigSection section, List<TemplateDeclaration> templates) {
    for (TemplateDeclaration template : templates) {
      if (DefaultTemplates.isDefault(section.key(), template.name())) {
        return true;
      }
    }
    return false;
  }

  /** Adds a finding met while building. */
  void report(Finding finding) {
    findings.add(finding);
  }

  static void put(YamlMap map, String key, Object value, Origin origin) {
    map.put(key, new YamlScalar(value, origin), origin);
  }

  static YamlNode plain(Object value, Origin origin) {
    return YamlNode.fromPlain(value, origin);
  }
}
