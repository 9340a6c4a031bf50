package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.ddassets.core.declare.ConfigSection;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the {@code init_config} or {@code instances} entry of a spec file into an
 * {@code @InitConfig} or {@code @InstanceConfig} record: its options, then its templates, with the
 * {@code @Layout} that keeps the entry's layout.
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
   * @param emptyOptions the templates referenced with an empty {@code options:} key
   */
  record Section(
      List<ImportedComponent> components,
      List<AnnotationSpec> templates,
      boolean templatesFirst,
      List<String> emptyOptions) {

    Section {
      emptyOptions = List.copyOf(emptyOptions);
    }

    /**
     * Whether the section's only template is this one, as a bare {@code @Template("...")} with
     * nothing of its layout to keep.
     */
    boolean usesOnlyTemplate(String template) {
      return templates.size() == 1
          && emptyOptions.isEmpty()
          && templates.get(0).members().size() == 1
          && templates
              .get(0)
              .members()
              .get(Vocabulary.Template.VALUE)
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
    List<YamlMap> templateEntries = new ArrayList<>();
    List<String> emptyOptions = new ArrayList<>();
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
        templateEntries.add(option);
        templates.template(option, emptyOptions).ifPresent(references::add);
      } else {
        options.option(option).ifPresent(components::add);
      }
    }
    templates.checkEmptyOptions(templateEntries, emptyOptions);
    return Optional.of(
        new Section(components, references, templatesFirst && !components.isEmpty(), emptyOptions));
  }

  /**
   * The config record of a section.
   *
   * @param config the record's {@code @InitConfig} or {@code @InstanceConfig}
   * @param configSection which of the two it is
   */
  static TypeSpec record(
      String name,
      AnnotationSpec.Builder config,
      ConfigSection configSection,
      Section section,
      String summary) {
    if (!section.usesOnlyTemplate(configSection.defaultTemplate())) {
      config.addMember(
          configSection.templatesAttribute(), "$L", TemplateImporter.array(section.templates()));
    }
    List<AnnotationSpec> annotations = new ArrayList<>();
    annotations.add(config.build());
    new LayoutAnnotation()
        .flag(Vocabulary.Layout.TEMPLATES_FIRST, section.templatesFirst())
        .names(Vocabulary.Layout.EMPTY_OPTIONS, section.emptyOptions())
        .build()
        .ifPresent(annotations::add);
    return ConfigRecords.record(name, summary, annotations, section.components());
  }
}
