package io.github.ddassets.core.declare;

import io.github.ddassets.core.declare.Vocabulary.Param;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * Turns a parameter into a spec option: {@code name}, {@code description}, the display flags that
 * differ from ddev's defaults, and a {@code value} with the schema, example and defaults. Every key
 * points at the annotation attribute it comes from.
 */
final class OptionBuilder {

  private final List<Finding> findings;
  private final Snippets snippets;
  private final SchemaBuilder schemas;

  OptionBuilder(List<Finding> findings) {
    this.findings = findings;
    this.snippets = new Snippets(findings);
    this.schemas = new SchemaBuilder(findings, snippets);
  }

  /** The option of a parameter, with the example given (which may replace the parameter's). */
  YamlMap option(ParamDeclaration param, Optional<Example> exampleOverride) {
    Origin origin = param.origin();
    YamlMap option = new YamlMap(origin);
    put(option, "name", param.effectiveName(), origin.attribute(Param.NAME));
    // A missing description is left out: the spec loader reports it on the parameter, as ddev does.
    if (!param.description().isEmpty()) {
      put(option, "description", param.description(), origin.attribute(Param.DESCRIPTION));
    }
    ParamDeclaration.Display display = param.display();
    if (param.required() || display.optionalWritten()) {
      put(option, "required", param.required(), origin.attribute(Param.REQUIRED));
    }
    if (display.hidden()) {
      put(option, "hidden", true, origin.attribute(Param.HIDDEN));
    }
    if (display.secret()) {
      put(option, "secret", true, origin.attribute(Param.SECRET));
    }
    if (display.displayPriority() != 0) {
      put(
          option,
          "display_priority",
          (long) display.displayPriority(),
          origin.attribute(Param.DISPLAY_PRIORITY));
    }
    if (display.enabled().isPresent()) {
      put(option, "enabled", display.enabled().get(), origin.attribute(Param.ENABLED));
    }
    if (!display.deprecation().isEmpty()) {
      option.put(
          "deprecation",
          YamlNode.fromPlain(display.deprecation(), origin.attribute(Param.DEPRECATION)),
          origin.attribute(Param.DEPRECATION));
    }
    option.put("value", value(param, exampleOverride), origin);
    return option;
  }

  private YamlMap value(ParamDeclaration param, Optional<Example> exampleOverride) {
    Origin origin = param.origin();
    YamlMap value = schemas.schema(param);
    Optional<Example> example = example(param, exampleOverride);
    if (example.isPresent()) {
      Example given = example.get();
      putNode(
          value,
          "example",
          snippets.value(
              param, given.text(), given.origin(), SchemaBuilder.what("the example", param)));
    }
    schemas.defaultValue(param, value);
    Optional<String> displayDefault = param.values().displayDefault();
    if (displayDefault.isPresent()) {
      putNode(
          value,
          "display_default",
          snippets.yaml(
              displayDefault.get(),
              origin.attribute(Param.DISPLAY_DEFAULT),
              SchemaBuilder.what("the displayDefault", param)));
    }
    Optional<Origin> compactExample = param.display().compactExample();
    if (compactExample.isPresent()) {
      Origin layout = compactExample.get();
      if (!(param.type() instanceof ParamType.ListType)
          && !param.constraints().anyOf().contains("LIST_OF_STRINGS")) {
        findings.add(
            Rule.SOURCE_ATTRIBUTE_INVALID.at(
                layout,
                Vocabulary.Layout.COMPACT_EXAMPLE
                    + " of `"
                    + param.effectiveName()
                    + "` needs a list parameter"));
      }
      put(value, "compact_example", true, layout);
    }
    return value;
  }

  /** The example shown: the one given, else the parameter's own, else an enum's value. */
  private static Optional<Example> example(
      ParamDeclaration param, Optional<Example> exampleOverride) {
    if (exampleOverride.isPresent()) {
      return exampleOverride;
    }
    Optional<String> own = param.values().example();
    if (own.isPresent()) {
      return Optional.of(new Example(own.get(), param.origin().attribute(Param.EXAMPLE)));
    }
    return enumExample(param);
  }

  /**
   * An enum parameter without example shows its default, or its first value, rather than ddev's
   * {@code <NAME>} placeholder: a user can only write one of the values. A default that is none of
   * them has its own finding (source-param-default), so it is not shown as the example too.
   */
  private static Optional<Example> enumExample(ParamDeclaration param) {
    if (!(param.type() instanceof ParamType.EnumType enumType)
        || enumType.constants().isEmpty()
        || !param.constraints().anyOf().isEmpty()) {
      return Optional.empty();
    }
    Origin origin = param.origin();
    List<String> values = enumType.values();
    Optional<String> defaultValue = param.values().defaultValue();
    if (defaultValue.isPresent() && values.contains(defaultValue.get())) {
      return Optional.of(new Example(defaultValue.get(), origin.attribute(Param.DEFAULT_VALUE)));
    }
    return Optional.of(new Example(values.get(0), origin));
  }

  private static void put(YamlMap map, String key, Object value, Origin origin) {
    map.put(key, new YamlScalar(value, origin), origin);
  }

  /** Puts a node, when there is one, at its own origin. */
  private static void putNode(YamlMap map, String key, Optional<YamlNode> node) {
    if (node.isPresent()) {
      map.put(key, node.get(), node.get().origin());
    }
  }

  /**
   * An example that replaces a parameter's own (in {@code auto_conf.yaml}).
   *
   * @param text the example as written
   * @param origin where it was written
   */
  record Example(String text, Origin origin) {}
}
