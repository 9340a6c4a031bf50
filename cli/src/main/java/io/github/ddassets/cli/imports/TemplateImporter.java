package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.github.ddassets.annotations.Template;
import io.github.ddassets.annotations.TemplateOverride;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns {@code - template:} entries into {@code @Template} annotations. */
final class TemplateImporter {

  private static final Set<String> KEYS = Set.of("template", "overrides", "hidden", "options");

  private final Unsupported unsupported;

  TemplateImporter(Unsupported unsupported) {
    this.unsupported = unsupported;
  }

  /**
   * The {@code @Template} of an entry; unsupported keys are reported.
   *
   * @param emptyOptions receives the template's name when the entry has an empty {@code options:}
   *     key, which {@code @Layout(emptyOptions)} on the annotated type writes back
   */
  Optional<AnnotationSpec> template(YamlMap entry, List<String> emptyOptions) {
    String name = String.valueOf(entry.value("template"));
    for (Object key : entry.keys()) {
      if (!KEYS.contains(key)) {
        unsupported.at(
            entry.keyOrigin(key),
            "the template entry `"
                + name
                + "` has the key `"
                + key
                + "`, which @Template cannot"
                + " declare");
      }
    }
    AnnotationSpec.Builder template = AnnotationSpec.builder(Template.class);
    template.addMember(Vocabulary.Template.VALUE, "$S", name);
    if (entry.has("options") && entry.value("options") == null) {
      emptyOptions.add(name);
    } else if (entry.has("options")) {
      unsupported.at(
          entry.keyOrigin("options"),
          "the template entry `" + name + "` has `options`, which @Template cannot declare");
    }
    if (Boolean.TRUE.equals(entry.value("hidden"))) {
      template.addMember(Vocabulary.Template.HIDDEN, "true");
    } else if (entry.has("hidden")) {
      unsupported.at(entry.keyOrigin("hidden"), "`hidden` of a template other than true");
    }
    if (entry.has("overrides")) {
      if (!(entry.get("overrides") instanceof YamlMap overrides) || overrides.size() == 0) {
        unsupported.at(entry.keyOrigin("overrides"), "`overrides` must be a non-empty mapping");
      } else {
        List<AnnotationSpec> written = new ArrayList<>();
        for (Map.Entry<Object, YamlNode> override : overrides.entries()) {
          Optional<String> value = YamlText.of(override.getValue().toPlain());
          if (value.isEmpty() || !(override.getKey() instanceof String)) {
            unsupported.at(
                overrides.keyOrigin(override.getKey()),
                "the override `" + override.getKey() + "`, whose value YAML text cannot hold");
            continue;
          }
          written.add(
              AnnotationSpec.builder(TemplateOverride.class)
                  .addMember(Vocabulary.TemplateOverride.PATH, "$S", override.getKey())
                  .addMember(Vocabulary.TemplateOverride.VALUE, "$S", value.get())
                  .build());
        }
        template.addMember(Vocabulary.Template.OVERRIDES, "$L", array(written));
      }
    }
    return Optional.of(template.build());
  }

  /**
   * Reports the template entries {@code @Layout(emptyOptions)} cannot tell apart: it names
   * templates, so every entry of a name it lists has the empty {@code options:} key, or none does.
   *
   * @param entries the template entries of one annotation, in order
   * @param emptyOptions the names of those with an empty {@code options:} key
   */
  void checkEmptyOptions(List<YamlMap> entries, List<String> emptyOptions) {
    for (YamlMap entry : entries) {
      String name = String.valueOf(entry.value("template"));
      if (emptyOptions.contains(name) && !entry.has("options")) {
        unsupported.at(
            entry.origin(),
            "the template `"
                + name
                + "` is referenced both with and without an empty `options:`, which"
                + " @Layout(emptyOptions) cannot tell apart");
      }
    }
  }

  /**
   * An array initializer of annotations, one per line ({@code {@A, @B}} laid out as a formatter
   * would), the only one, or {@code {}} for none.
   */
  static CodeBlock array(List<AnnotationSpec> annotations) {
    if (annotations.isEmpty()) {
      return CodeBlock.of("{}");
    }
    if (annotations.size() == 1) {
      return CodeBlock.of("$L", annotations.get(0));
    }
    CodeBlock.Builder block = CodeBlock.builder().add("{\n");
    for (int i = 0; i < annotations.size(); i++) {
      block.add(i == 0 ? "$L" : ",\n$L", annotations.get(i));
    }
    // The closing brace lines up with the attribute, one level out from the elements.
    return block.add("\n$<$<}$>$>").build();
  }
}
