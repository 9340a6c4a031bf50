package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.ddassets.annotations.Param;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An option (or property) being imported: its names, its {@code @Param}, its {@code @Layout} and
 * what it declares.
 */
final class ImportedParam {

  final String name;
  final String javaName;
  final AnnotationSpec.Builder param = AnnotationSpec.builder(Param.class);
  final LayoutAnnotation layout = new LayoutAnnotation();
  final List<TypeSpec> nested = new ArrayList<>();
  String javadoc = "";
  private final Unsupported unsupported;

  ImportedParam(
      String name, YamlMap declaration, Unsupported unsupported, boolean javadocDescriptions) {
    this.unsupported = unsupported;
    this.name = name;
    this.javaName = JavaNames.component(name);
    if (!JavaNames.derivesBack(javaName, name)) {
      param.addMember(Vocabulary.Param.NAME, "$S", name);
    }
    if (declaration.has("description")) {
      if (declaration.value("description") instanceof String description) {
        if (javadocDescriptions && JavadocText.fits(description)) {
          this.javadoc = description;
        } else {
          param.addMember(Vocabulary.Param.DESCRIPTION, "$S", description);
        }
      } else {
        unsupported.at(declaration.keyOrigin("description"), "a description that is not text");
      }
    }
  }

  void flag(YamlMap option, String key, String attribute) {
    Object value = option.value(key);
    if (Boolean.TRUE.equals(value)) {
      param.addMember(attribute, "true");
    } else if (option.has(key) && !Boolean.FALSE.equals(value)) {
      unsupported.at(option.keyOrigin(key), "`" + key + "` of `" + name + "` is not a boolean");
    } else if (option.has(key)) {
      unsupported.at(
          option.keyOrigin(key),
          "`" + key + ": false` of `" + name + "` is written out, which @Param cannot declare");
    }
  }

  void enumValues(YamlList values) {
    List<Object> plain = values.items().stream().map(YamlNode::toPlain).toList();
    if (!plain.stream().allMatch(String.class::isInstance)) {
      unsupported.at(values.origin(), "an `enum` of `" + name + "` with values other than text");
      return;
    }
    param.addMember(
        Vocabulary.Param.ENUM_VALUES,
        plain.size() == 1 ? "$S" : "{" + "$S, ".repeat(plain.size() - 1) + "$S}",
        plain.toArray());
  }

  boolean hasAnyOf() {
    return param.build().members().containsKey(Vocabulary.Param.ANY_OF);
  }

  /** The component's annotations: {@code @Param}, and {@code @Layout} when it needs one. */
  List<AnnotationSpec> annotations() {
    List<AnnotationSpec> annotations = new ArrayList<>();
    annotations.add(param.build());
    layout.build().ifPresent(annotations::add);
    return annotations;
  }
}
