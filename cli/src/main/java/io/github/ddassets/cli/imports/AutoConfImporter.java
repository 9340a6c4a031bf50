package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import io.github.ddassets.annotations.AutoConf;
import io.github.ddassets.annotations.ParamValue;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns an {@code auto_conf.yaml} file of the spec into {@code @AutoConf}: its identifiers, the
 * examples that differ from the instance options, and its templates. The processor builds that file
 * from the instance record, so its options must be the record's required options (and those given
 * an example), identical but for their example and description.
 */
final class AutoConfImporter {

  private final Unsupported unsupported;
  private final TemplateImporter templates;

  AutoConfImporter(Unsupported unsupported, TemplateImporter templates) {
    this.unsupported = unsupported;
    this.templates = templates;
  }

  /**
   * The annotations of the type that declares the file: {@code @AutoConf}, and {@code @Layout} when
   * a template reference has an empty {@code options:} key.
   *
   * @param file the auto_conf.yaml file of the spec
   * @param instanceOptions the options of the main file's instances section, as written
   */
  Optional<List<AnnotationSpec>> autoConf(
      YamlMap file, List<YamlMap> instanceOptions, ClassName checkClass) {
    if (!(file.get("options") instanceof YamlList entries) || entries.items().size() != 3) {
      unsupported.at(file.origin(), shape());
      return Optional.empty();
    }
    List<YamlNode> items = entries.items();
    Optional<List<Object>> identifiers = identifiers(items.get(0));
    boolean emptyInit =
        items.get(1) instanceof YamlMap init
            && init.size() == 2
            && "init_config".equals(init.value("template"))
            && List.of().equals(init.value("options"));
    if (identifiers.isEmpty()
        || !emptyInit
        || !(items.get(2) instanceof YamlMap instances)
        || instances.size() != 2
        || !"instances".equals(instances.value("template"))
        || !(instances.get("options") instanceof YamlList children)) {
      unsupported.at(file.origin(), shape());
      return Optional.empty();
    }
    AnnotationSpec.Builder autoConf = AnnotationSpec.builder(AutoConf.class);
    List<Object> ids = identifiers.get();
    autoConf.addMember(
        Vocabulary.AutoConf.AD_IDENTIFIERS,
        ids.size() == 1 ? "$S" : "{" + "$S, ".repeat(ids.size() - 1) + "$S}",
        ids.toArray());
    List<AnnotationSpec> examples = new ArrayList<>();
    List<AnnotationSpec> references = new ArrayList<>();
    List<YamlMap> templateEntries = new ArrayList<>();
    List<String> emptyOptions = new ArrayList<>();
    List<String> listed = new ArrayList<>();
    for (YamlNode child : children.items()) {
      if (child instanceof YamlMap entry && entry.has("template")) {
        templateEntries.add(entry);
        templates.template(entry, emptyOptions).ifPresent(references::add);
      } else if (child instanceof YamlMap option && references.isEmpty()) {
        example(option, instanceOptions).ifPresent(examples::add);
        listed.add(String.valueOf(option.value("name")));
      } else {
        unsupported.at(child.origin(), "an auto_conf.yaml option after a template");
      }
    }
    List<String> expected = new ArrayList<>();
    for (YamlMap option : instanceOptions) {
      String name = String.valueOf(option.value("name"));
      if (Boolean.TRUE.equals(option.value("required")) || listed.contains(name)) {
        expected.add(name);
      }
    }
    if (!expected.equals(listed)) {
      unsupported.at(
          children.origin(),
          "auto_conf.yaml lists the options "
              + listed
              + ", where the processor writes the instance's required options and those given an"
              + " example, in the instance's order: "
              + expected);
    }
    templates.checkEmptyOptions(templateEntries, emptyOptions);
    if (!examples.isEmpty()) {
      autoConf.addMember(Vocabulary.AutoConf.EXAMPLES, "$L", TemplateImporter.array(examples));
    }
    if (!references.isEmpty()) {
      autoConf.addMember(Vocabulary.AutoConf.TEMPLATES, "$L", TemplateImporter.array(references));
    }
    autoConf.addMember(Vocabulary.AutoConf.CHECK, "$T.class", checkClass);
    List<AnnotationSpec> annotations = new ArrayList<>();
    annotations.add(autoConf.build());
    new LayoutAnnotation()
        .names(Vocabulary.Layout.EMPTY_OPTIONS, emptyOptions)
        .build()
        .ifPresent(annotations::add);
    return Optional.of(annotations);
  }

  private Optional<List<Object>> identifiers(YamlNode node) {
    if (node instanceof YamlMap entry
        && entry.size() == 2
        && "ad_identifiers".equals(entry.value("template"))
        && entry.get("overrides") instanceof YamlMap overrides
        && overrides.size() == 1
        && overrides.value("value.example") instanceof List<?> ids
        && !ids.isEmpty()
        && ids.stream().allMatch(String.class::isInstance)) {
      return Optional.of(List.copyOf(ids));
    }
    return Optional.empty();
  }

  /** The {@code @ParamValue} of an option whose example differs from the instance's, if any. */
  private Optional<AnnotationSpec> example(YamlMap option, List<YamlMap> instanceOptions) {
    Object name = option.value("name");
    Optional<YamlMap> original =
        instanceOptions.stream().filter(o -> Objects.equals(o.value("name"), name)).findFirst();
    if (original.isEmpty()) {
      unsupported.at(
          option.origin(), "auto_conf.yaml option `" + name + "` is not an instance option");
      return Optional.empty();
    }
    Object example = exampleOf(option);
    Map<?, ?> mine = withoutExample(option);
    if (!mine.equals(withoutExample(original.get()))) {
      unsupported.at(
          option.origin(),
          "auto_conf.yaml option `"
              + name
              + "` differs from the instance option beyond its example and description");
      return Optional.empty();
    }
    Object description = option.value("description");
    boolean sameDescription = Objects.equals(description, original.get().value("description"));
    if (!sameDescription && !(description instanceof String)) {
      unsupported.at(option.origin(), "auto_conf.yaml option `" + name + "` without description");
      return Optional.empty();
    }
    boolean required = Boolean.TRUE.equals(option.value("required"));
    if (required && sameDescription && Objects.equals(example, exampleOf(original.get()))) {
      return Optional.empty();
    }
    boolean text =
        original.get().get("value") instanceof YamlMap value
            && "string".equals(value.value("type"));
    Optional<String> written =
        text && example instanceof String string ? Optional.of(string) : YamlText.of(example);
    if (written.isEmpty() || example == null) {
      unsupported.at(option.origin(), "the auto_conf.yaml example of `" + name + "`");
      return Optional.empty();
    }
    AnnotationSpec.Builder value =
        AnnotationSpec.builder(ParamValue.class)
            .addMember(Vocabulary.ParamValue.PARAM, "$S", name)
            .addMember(Vocabulary.ParamValue.VALUE, "$S", written.get());
    if (!sameDescription) {
      value.addMember(Vocabulary.ParamValue.DESCRIPTION, "$S", description);
    }
    return Optional.of(value.build());
  }

  private static Object exampleOf(YamlMap option) {
    return option.get("value") instanceof YamlMap value ? value.value("example") : null;
  }

  private static Map<?, ?> withoutExample(YamlMap option) {
    YamlMap copy = option.copy();
    copy.remove("description");
    if (copy.get("value") instanceof YamlMap value) {
      value.remove("example");
    }
    return (Map<?, ?>) copy.toPlain();
  }

  private static String shape() {
    return "auto_conf.yaml must hold an ad_identifiers template with its `value.example`, an"
        + " init_config section with no options, and an instances section";
  }
}
