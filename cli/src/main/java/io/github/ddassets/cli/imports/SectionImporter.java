package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the {@code init_config} or {@code instances} entry of a spec file into an
 * {@code @InitConfig} or {@code @InstanceConfig} record: its options, then its templates.
 */
final class SectionImporter {

  private final Unsupported unsupported;
  private final OptionImporter options;
  private final TemplateImporter templates;

  SectionImporter(Unsupported unsupported, OptionImporter options, TemplateImporter templates) {
    this.unsupported = unsupported;
    this.options = options;
    this.templates = templates;
  }

  /**
   * What a section holds: options (as components) and template references.
   *
   * @param templatesFirst whether the templates come before the options
   */
  record Section(
      List<ImportedComponent> components, List<AnnotationSpec> templates, boolean templatesFirst) {

    /** Whether the section's only template is this one, as a bare {@code @Template("...")}. */
    boolean usesOnlyTemplate(String template) {
      return templates.size() == 1
          && templates.get(0).members().size() == 1
          && templates
              .get(0)
              .members()
              .get("value")
              .get(0)
              .toString()
              .equals("\"" + template + "\"");
    }
  }

  /** Reads the children of a section entry: options then templates, or templates then options. */
  Optional<Section> read(YamlMap entry, String key) {
    for (Object name : entry.keys()) {
      if (!name.equals("template") && !name.equals("options")) {
        unsupported.at(
            entry.keyOrigin(name), "the `" + key + "` section has the key `" + name + "`");
      }
    }
    if (!(entry.get("options") instanceof YamlList children)) {
      unsupported.at(entry.origin(), "the `" + key + "` section needs an `options` list");
      return Optional.empty();
    }
    List<ImportedComponent> components = new ArrayList<>();
    List<AnnotationSpec> references = new ArrayList<>();
    boolean templatesFirst = false;
    int changes = 0;
    Boolean previous = null;
    for (YamlNode child : children.items()) {
      if (!(child instanceof YamlMap option)) {
        continue; // the spec loader reports it
      }
      boolean template = option.has("template");
      if (previous == null) {
        templatesFirst = template;
      } else if (previous != template && ++changes > 1) {
        unsupported.at(
            option.origin(),
            "options and templates alternate in `"
                + key
                + "`: a config record's options come all before or all after its templates");
      }
      previous = template;
      if (template) {
        templates.template(option).ifPresent(references::add);
      } else {
        options.option(option).ifPresent(components::add);
      }
    }
    return Optional.of(
        new Section(components, references, templatesFirst && !components.isEmpty()));
  }

  /** The config record of a section. */
  static TypeSpec record(
      String name,
      AnnotationSpec.Builder config,
      Section section,
      String defaultTemplate,
      String summary) {
    if (!section.usesOnlyTemplate(defaultTemplate)) {
      config.addMember("templates", "$L", TemplateImporter.array(section.templates()));
    }
    if (section.templatesFirst()) {
      config.addMember("templatesFirst", "true");
    }
    return ConfigRecords.record(name, summary, config.build(), section.components());
  }
}
