package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.ddassets.annotations.Deprecation;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.declare.Vocabulary.Param;
import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the {@code @Param} attributes that hold values (constraints, example, default, display
 * default and deprecation notice) and the compact-example flag of {@code @Layout}, each only when
 * the processor reads it back the same.
 */
final class ParamAttributes {

  private final Unsupported unsupported;

  ParamAttributes(Unsupported unsupported) {
    this.unsupported = unsupported;
  }

  void constraints(ImportedParam component, YamlMap schema) {
    if (schema.get("enum") instanceof YamlList values && !"string".equals(schema.value("type"))) {
      unsupported.at(schema.keyOrigin("enum"), "`enum` of `" + component.name + "` on non-strings");
    } else if (schema.has("enum") && !(schema.get("enum") instanceof YamlList)) {
      unsupported.at(schema.keyOrigin("enum"), "`enum` must be a list");
    }
    if (schema.value("pattern") instanceof String pattern) {
      component.param.addMember(Param.PATTERN, "$S", pattern);
    } else if (schema.has("pattern")) {
      unsupported.at(schema.keyOrigin("pattern"), "`pattern` must be a string");
    }
    bound(component, schema, "minimum", Param.MINIMUM);
    bound(component, schema, "maximum", Param.MAXIMUM);
  }

  private void bound(ImportedParam component, YamlMap schema, String key, String attribute) {
    if (schema.value(key) instanceof Number number) {
      component.param.addMember(attribute, "$L", number);
    } else if (schema.has(key)) {
      unsupported.at(schema.keyOrigin(key), "`" + key + "` must be a number");
    }
  }

  /** The example, default, display default and compact flag, as the processor reads them. */
  void values(ImportedParam component, YamlMap schema, TypeName type) {
    // Strings and nested enums take their values as text; a nested record (also a type without
    // package here) takes YAML, like any other type.
    boolean text =
        !component.hasAnyOf()
            && (type.equals(ClassName.get(String.class))
                || type instanceof ClassName className
                    && className.packageName().isEmpty()
                    && "string".equals(schema.value("type")));
    value(component, schema, "example", Param.EXAMPLE, text);
    value(component, schema, "default", Param.DEFAULT_VALUE, text);
    if (schema.has("display_default")) {
      Object shown = schema.value("display_default");
      Optional<String> yaml = YamlText.of(shown);
      if (yaml.isPresent()) {
        component.param.addMember(Param.DISPLAY_DEFAULT, "$S", yaml.get());
      } else {
        unsupported.at(schema.keyOrigin("display_default"), "a display_default YAML cannot hold");
      }
    }
    if (schema.has("compact_example")) {
      if (Boolean.TRUE.equals(schema.value("compact_example"))) {
        component.layout.flag(Vocabulary.Layout.COMPACT_EXAMPLE, true);
      } else {
        unsupported.at(schema.keyOrigin("compact_example"), "compact_example other than true");
      }
    }
  }

  void value(ImportedParam component, YamlMap schema, String key, String attribute, boolean text) {
    if (!schema.has(key)) {
      return;
    }
    Object value = schema.value(key);
    if (text) {
      if (value instanceof String string) {
        component.param.addMember(attribute, "$S", string);
      } else {
        unsupported.at(
            schema.keyOrigin(key),
            "the "
                + key
                + " of the string `"
                + component.name
                + "` is not a string ("
                + PythonValues.repr(value)
                + "), which @Param cannot declare");
      }
      return;
    }
    Optional<String> yaml = YamlText.of(value);
    if (yaml.isPresent()) {
      component.param.addMember(attribute, "$S", yaml.get());
    } else {
      unsupported.at(schema.keyOrigin(key), "the " + key + " of `" + component.name + "`");
    }
  }

  void deprecation(YamlMap option, ImportedParam component) {
    if (!(option.get("deprecation") instanceof YamlMap notice)) {
      unsupported.at(option.keyOrigin("deprecation"), "`deprecation` must be a mapping");
      return;
    }
    for (Map.Entry<Object, YamlNode> line : notice.entries()) {
      if (!(line.getKey() instanceof String key)
          || !(line.getValue().toPlain() instanceof String text)) {
        unsupported.at(notice.keyOrigin(line.getKey()), "a deprecation line must be text");
        continue;
      }
      component.param.addMember(
          Param.DEPRECATION,
          "$L",
          AnnotationSpec.builder(Deprecation.class)
              .addMember(Vocabulary.Deprecation.KEY, "$S", key)
              .addMember(Vocabulary.Deprecation.VALUE, "$S", text)
              .build());
    }
  }
}
