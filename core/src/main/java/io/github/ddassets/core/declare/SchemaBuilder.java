package io.github.ddassets.core.declare;

import io.github.ddassets.core.declare.ParamDeclaration.Constraints;
import io.github.ddassets.core.declare.ParamType.AnyType;
import io.github.ddassets.core.declare.ParamType.EnumType;
import io.github.ddassets.core.declare.ParamType.ListType;
import io.github.ddassets.core.declare.ParamType.MapType;
import io.github.ddassets.core.declare.ParamType.RecordType;
import io.github.ddassets.core.declare.ParamType.Scalar;
import io.github.ddassets.core.declare.ParamType.ScalarType;
import io.github.ddassets.core.declare.Vocabulary.Param;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Builds the value schema of a parameter ({@code type}, {@code items}, {@code properties}, {@code
 * additionalProperties}, {@code anyOf}) from its Java type, and places its constraints ({@code
 * enum}, {@code pattern}, {@code minimum}, {@code maximum}) on the scalar they constrain: the value
 * itself, a list's items or a map's values.
 */
final class SchemaBuilder {

  private final List<Finding> findings;
  private final Snippets snippets;
  private final DefaultValueCheck defaults;

  SchemaBuilder(List<Finding> findings, Snippets snippets) {
    this.findings = findings;
    this.snippets = snippets;
    this.defaults = new DefaultValueCheck(findings);
  }

  /** The schema of a parameter, without its example and defaults. */
  YamlMap schema(ParamDeclaration param) {
    Origin origin = param.origin();
    YamlMap schema = new YamlMap(origin);
    Constraints constraints = param.constraints();
    if (!constraints.anyOf().isEmpty()) {
      anyOf(param, schema);
      return schema;
    }
    if (param.type() instanceof AnyType) {
      findings.add(
          Rule.SOURCE_PARAM_TYPE.at(
              origin,
              param.effectiveName(),
              "Object",
              "say which YAML types it accepts with anyOf, such as anyOf = {STRING, MAPPING}"));
      return schema;
    }
    describe(param.type(), schema, origin);
    constrain(param, schema);
    return schema;
  }

  private void anyOf(ParamDeclaration param, YamlMap schema) {
    Origin origin = param.origin().attribute(Param.ANY_OF);
    List<String> anyOf = param.constraints().anyOf();
    boolean fits =
        param.type() instanceof AnyType
            || param.type() instanceof ListType list
                && list.element() instanceof ScalarType scalar
                && scalar.scalar() == Scalar.STRING
                && AnyOfSchemas.isStringOrStrings(anyOf);
    if (!fits) {
      invalid(
          origin,
          "anyOf of `"
              + param.effectiveName()
              + "` needs a parameter of type Object (or List<String> for {STRING,"
              + " LIST_OF_STRINGS})");
    }
    if (param.constraints().constrainsValues()) {
      invalid(
          param.origin(),
          "enumValues, pattern, minimum and maximum of `"
              + param.effectiveName()
              + "` do not apply together with anyOf");
    }
    if (anyOf.size() == 1) {
      // One type needs no alternatives: anyOf = MAPPING is `type: object`, any mapping.
      YamlMap single = (YamlMap) YamlNode.fromPlain(AnyOfSchemas.schema(anyOf.get(0)), origin);
      for (Map.Entry<Object, YamlNode> entry : single.entries()) {
        schema.put(entry.getKey(), entry.getValue(), origin);
      }
      return;
    }
    YamlList alternatives = new YamlList(origin);
    for (String name : anyOf) {
      alternatives.add(YamlNode.fromPlain(AnyOfSchemas.schema(name), origin));
    }
    schema.put("anyOf", alternatives, origin);
  }

  /** Writes the type of a Java shape into a schema. */
  private void describe(ParamType type, YamlMap schema, Origin origin) {
    if (type instanceof ScalarType scalar) {
      put(schema, "type", scalar.scalar().specType(), origin);
    } else if (type instanceof EnumType enumType) {
      put(schema, "type", "string", origin);
      schema.put("enum", YamlNode.fromPlain(enumType.values(), origin), origin);
    } else if (type instanceof ListType list) {
      put(schema, "type", "array", origin);
      YamlMap items = new YamlMap(origin);
      describe(list.element(), items, origin);
      schema.put("items", items, origin);
      if (list.unique()) {
        put(schema, "uniqueItems", true, origin);
      }
    } else if (type instanceof MapType map) {
      put(schema, "type", "object", origin);
      if (map.value() instanceof AnyType) {
        put(schema, "additionalProperties", true, origin);
      } else {
        YamlMap values = new YamlMap(origin);
        describe(map.value(), values, origin);
        schema.put("additionalProperties", values, origin);
      }
    } else if (type instanceof RecordType record) {
      properties(record, schema, origin);
    } else {
      put(schema, "type", "object", origin);
    }
  }

  /**
   * The properties of a nested record. Its required components are listed in the object's {@code
   * required}, or, with the layout flag, each entry says itself whether it is required.
   */
  private void properties(RecordType record, YamlMap schema, Origin origin) {
    put(schema, "type", "object", origin);
    YamlList properties = new YamlList(origin);
    List<String> required = new ArrayList<>();
    for (ParamDeclaration component : record.components()) {
      properties.add(property(component, record.requiredOnProperties()));
      if (component.required() && !record.requiredOnProperties()) {
        required.add(component.effectiveName());
      }
    }
    schema.put("properties", properties, origin);
    if (!required.isEmpty()) {
      schema.put("required", YamlNode.fromPlain(required, origin), origin);
    }
  }

  /**
   * A component of a nested record as an entry of {@code properties}. With {@code requiredHere},
   * the entry says after its type whether it is required, as hand-written specs place it: {@code
   * true} for a required component, {@code false} when {@code required = false} is written out.
   */
  private YamlMap property(ParamDeclaration component, boolean requiredHere) {
    Origin origin = component.origin();
    YamlMap property = new YamlMap(origin);
    put(property, "name", component.effectiveName(), origin.attribute(Param.NAME));
    if (!component.description().isEmpty()) {
      put(property, "description", component.description(), origin.attribute(Param.DESCRIPTION));
    }
    property.update(schema(component));
    if (requiredHere && (component.required() || component.display().optionalWritten())) {
      if (property.has("required")) {
        // The component's own object lists its required properties under the same key.
        invalid(
            origin.attribute(Param.REQUIRED),
            "`"
                + component.effectiveName()
                + "` says whether it is required where its object lists its required properties:"
                + " set "
                + Vocabulary.Layout.REQUIRED_ON_PROPERTIES
                + " on `"
                + component.effectiveName()
                + "` too");
      } else {
        put(property, "required", component.required(), origin.attribute(Param.REQUIRED));
      }
    }
    Optional<String> text = component.values().example();
    if (text.isPresent()) {
      Optional<YamlNode> example =
          snippets.value(
              component,
              text.get(),
              origin.attribute(Param.EXAMPLE),
              what("the example", component));
      if (example.isPresent()) {
        property.put("example", example.get(), origin.attribute(Param.EXAMPLE));
      }
    }
    defaultValue(component, property);
    optionOnly(component);
    return property;
  }

  /**
   * Writes a parameter's default into its schema, once checked: the generated loader must be able
   * to apply it. A required parameter may state one too, as ddev accepts: spec.yaml keeps it, while
   * the example's {@code @param} line shows none and the loader never applies it.
   */
  void defaultValue(ParamDeclaration param, YamlMap schema) {
    if (param.values().defaultValue().isEmpty()) {
      return;
    }
    Origin origin = param.origin().attribute(Param.DEFAULT_VALUE);
    Optional<YamlNode> node =
        snippets.value(
            param, param.values().defaultValue().get(), origin, what("the default", param));
    if (node.isPresent()) {
      defaults.check(param, node.get().toPlain(), origin);
      schema.put("default", node.get(), origin);
    }
  }

  /** Attributes that only options have, set on a component of a nested record. */
  private void optionOnly(ParamDeclaration component) {
    ParamDeclaration.Display display = component.display();
    Origin origin = component.origin();
    Map<String, Origin> misplaced = new LinkedHashMap<>();
    if (display.secret()) {
      misplaced.put(Param.SECRET, origin.attribute(Param.SECRET));
    }
    if (display.hidden()) {
      misplaced.put(Param.HIDDEN, origin.attribute(Param.HIDDEN));
    }
    if (display.displayPriority() != 0) {
      misplaced.put(Param.DISPLAY_PRIORITY, origin.attribute(Param.DISPLAY_PRIORITY));
    }
    if (display.enabled().isPresent()) {
      misplaced.put(Param.ENABLED, origin.attribute(Param.ENABLED));
    }
    if (display.compactExample().isPresent()) {
      misplaced.put(Vocabulary.Layout.COMPACT_EXAMPLE, display.compactExample().get());
    }
    if (!display.deprecation().isEmpty()) {
      misplaced.put(Param.DEPRECATION, origin.attribute(Param.DEPRECATION));
    }
    if (component.values().displayDefault().isPresent()) {
      misplaced.put(Param.DISPLAY_DEFAULT, origin.attribute(Param.DISPLAY_DEFAULT));
    }
    for (Map.Entry<String, Origin> entry : misplaced.entrySet()) {
      invalid(
          entry.getValue(),
          entry.getKey()
              + " applies to options, not to `"
              + component.effectiveName()
              + "`, a component of a nested record");
    }
  }

  /** Places enum, pattern, minimum and maximum on the scalar they constrain. */
  private void constrain(ParamDeclaration param, YamlMap schema) {
    Constraints constraints = param.constraints();
    if (!constraints.constrainsValues()) {
      return;
    }
    Origin origin = param.origin();
    ParamType leafType = leafType(param.type());
    YamlMap leaf = leaf(param.type(), schema);
    boolean string = leafType instanceof ScalarType scalar && scalar.scalar() == Scalar.STRING;
    boolean number =
        leafType instanceof ScalarType scalar
            && (scalar.scalar() == Scalar.INTEGER || scalar.scalar() == Scalar.NUMBER);
    String name = param.effectiveName();
    if (!constraints.enumValues().isEmpty()) {
      if (string) {
        leaf.put(
            "enum",
            YamlNode.fromPlain(constraints.enumValues(), origin.attribute(Param.ENUM_VALUES)),
            origin.attribute(Param.ENUM_VALUES));
      } else {
        invalid(
            origin.attribute(Param.ENUM_VALUES),
            "enumValues of `" + name + "` needs string values" + enumHint(leafType));
      }
    }
    if (!constraints.pattern().isEmpty()) {
      pattern(constraints.pattern(), string, leaf, origin.attribute(Param.PATTERN), name);
    }
    bound("minimum", constraints.minimum(), number, leaf, origin.attribute(Param.MINIMUM), name);
    bound("maximum", constraints.maximum(), number, leaf, origin.attribute(Param.MAXIMUM), name);
  }

  private void pattern(String pattern, boolean string, YamlMap leaf, Origin origin, String name) {
    if (!string) {
      invalid(origin, "pattern of `" + name + "` needs string values");
      return;
    }
    try {
      Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      invalid(
          origin, "pattern of `" + name + "` is not a regular expression: " + e.getDescription());
      return;
    }
    put(leaf, "pattern", pattern, origin);
  }

  private void bound(
      String key, OptionalDouble bound, boolean number, YamlMap leaf, Origin origin, String name) {
    if (bound.isEmpty()) {
      return;
    }
    if (!number) {
      invalid(origin, key + " of `" + name + "` needs number values");
      return;
    }
    double value = bound.getAsDouble();
    Object written =
        value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : value;
    put(leaf, key, written, origin);
  }

  private static String enumHint(ParamType leafType) {
    return leafType instanceof EnumType ? " (an enum type gives its own values)" : "";
  }

  /** The type of the scalars a parameter holds: itself, its items, its map values. */
  static ParamType leafType(ParamType type) {
    if (type instanceof ListType list) {
      return leafType(list.element());
    }
    if (type instanceof MapType map) {
      return leafType(map.value());
    }
    return type;
  }

  private static YamlMap leaf(ParamType type, YamlMap schema) {
    if (type instanceof ListType list) {
      return leaf(list.element(), (YamlMap) schema.get("items"));
    }
    if (type instanceof MapType map
        && schema.get("additionalProperties") instanceof YamlMap values) {
      return leaf(map.value(), values);
    }
    return schema;
  }

  static String what(String value, ParamDeclaration param) {
    return value + " of `" + param.effectiveName() + "`";
  }

  private void invalid(Origin origin, String message) {
    findings.add(Rule.SOURCE_ATTRIBUTE_INVALID.at(origin, message));
  }

  private static void put(YamlMap map, String key, Object value, Origin origin) {
    map.put(key, new YamlScalar(value, origin), origin);
  }
}
