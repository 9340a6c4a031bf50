package io.github.ddassets.cli.imports;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.ddassets.annotations.ValueType;
import io.github.ddassets.core.declare.Vocabulary.Layout;
import io.github.ddassets.core.declare.Vocabulary.Param;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Turns the options of a section (and the properties of nested objects) into record components with
 * their {@code @Param}: the Java type from the {@code value} schema, the attributes that differ
 * from their defaults, nested records and enums where the schema needs them.
 */
final class OptionImporter {

  private static final Set<String> OPTION_KEYS =
      Set.of(
          "name",
          "description",
          "required",
          "hidden",
          "secret",
          "display_priority",
          "enabled",
          "deprecation",
          "value");

  /** The keys of a schema, which a property and an option's value share. */
  private static final Set<String> SCHEMA_KEYS =
      Set.of(
          "type",
          "example",
          "default",
          "items",
          "properties",
          "additionalProperties",
          "required",
          "enum",
          "pattern",
          "minimum",
          "maximum",
          "uniqueItems",
          "anyOf");

  private static final Set<String> PROPERTY_KEYS = withSchemaKeys("name", "description");
  private static final Set<String> VALUE_KEYS =
      withSchemaKeys("display_default", "compact_example");
  private static final Set<String> CONSTRAINTS = Set.of("enum", "pattern", "minimum", "maximum");
  private static final Map<String, ValueType> ANY_OF = anyOfSchemas();

  private final Unsupported unsupported;
  private final Set<Origin> droppedKeys;
  private final boolean javadocDescriptions;
  private final ParamAttributes attributes;

  /**
   * @param unsupported where constructs the annotations cannot declare go
   * @param droppedKeys the places of the keys ddev does not know, which the import leaves out
   * @param javadoc whether descriptions become Javadoc {@code @param} tags where they can
   */
  OptionImporter(Unsupported unsupported, Set<Origin> droppedKeys, boolean javadoc) {
    this.unsupported = unsupported;
    this.droppedKeys = Set.copyOf(droppedKeys);
    this.javadocDescriptions = javadoc;
    this.attributes = new ParamAttributes(unsupported);
  }

  /** The component of one option of a section. */
  Optional<ImportedComponent> option(YamlMap option) {
    String name = String.valueOf(option.value("name"));
    for (Object key : option.keys()) {
      if (!OPTION_KEYS.contains(key) && !droppedKeys.contains(option.keyOrigin(key))) {
        unsupported.at(
            option.keyOrigin(key),
            "option `" + name + "` has the key `" + key + "`, which @Param cannot declare");
      }
    }
    if (!(option.get("value") instanceof YamlMap value)) {
      unsupported.at(option.origin(), "option `" + name + "` has no `value` mapping");
      return Optional.empty();
    }
    ImportedParam component = new ImportedParam(name, option, unsupported, javadocDescriptions);
    if (Boolean.FALSE.equals(option.value("required"))) {
      component.param.addMember(Param.REQUIRED, "false");
    } else {
      component.flag(option, "required", Param.REQUIRED);
    }
    component.flag(option, "hidden", Param.HIDDEN);
    component.flag(option, "secret", Param.SECRET);
    if (option.value("display_priority") instanceof Long priority && priority != 0) {
      component.param.addMember(Param.DISPLAY_PRIORITY, "$L", priority);
    }
    if (option.value("enabled") instanceof Boolean enabled) {
      component.param.addMember(Param.ENABLED, "$L", enabled);
    }
    if (option.has("deprecation")) {
      attributes.deprecation(option, component);
    }
    return build(component, value, value, VALUE_KEYS, option.value("required"));
  }

  /**
   * The component of one property of a nested object.
   *
   * @param required whether the object lists it in its {@code required}
   */
  private Optional<ImportedComponent> property(YamlMap property, boolean required) {
    String name = String.valueOf(property.value("name"));
    ImportedParam component = new ImportedParam(name, property, unsupported, javadocDescriptions);
    Object own = property.value("required");
    if (own instanceof Boolean) {
      // Said on the property itself: the holder's @Layout(requiredOnProperties) writes it back.
      component.param.addMember(Param.REQUIRED, "$L", own);
      return build(component, property, property, PROPERTY_KEYS, own);
    }
    if (required) {
      component.param.addMember(Param.REQUIRED, "true");
    }
    if (property.has("required")
        && !(own instanceof List<?> && "object".equals(property.value("type")))) {
      unsupported.at(
          property.keyOrigin("required"),
          "`required` of property `" + name + "` that is neither a boolean nor an object's list");
    }
    return build(component, property, property, PROPERTY_KEYS, required);
  }

  private Optional<ImportedComponent> build(
      ImportedParam component, YamlMap keys, YamlMap schema, Set<String> allowed, Object required) {
    for (Object key : keys.keys()) {
      if (!allowed.contains(key) && !droppedKeys.contains(keys.keyOrigin(key))) {
        unsupported.at(
            keys.keyOrigin(key),
            "`"
                + component.name
                + "` has the key `"
                + key
                + "` in its value, which @Param cannot declare");
      }
    }
    boolean primitive = Boolean.TRUE.equals(required) || schema.has("default");
    Optional<TypeName> type = type(component, schema, component.name, primitive, true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    attributes.values(component, schema, type.get());
    ParameterSpec.Builder parameter =
        ParameterSpec.builder(type.get(), component.javaName)
            .addAnnotations(component.annotations());
    return Optional.of(
        new ImportedComponent(parameter.build(), component.javadoc, component.nested));
  }

  /** The Java type of a schema; constraints are read where SchemaBuilder writes them. */
  private Optional<TypeName> type(
      ImportedParam component, YamlMap schema, String typeBase, boolean primitive, boolean top) {
    if (schema.has("anyOf")) {
      return anyOf(component, schema);
    }
    Object type = schema.value("type");
    boolean leaf = !"array".equals(type) && !"object".equals(type);
    if (!leaf) {
      for (String key : CONSTRAINTS) {
        if (schema.has(key)) {
          unsupported.at(
              schema.keyOrigin(key),
              "`" + key + "` of `" + component.name + "` must constrain scalar values");
        }
      }
    } else {
      attributes.constraints(component, schema);
    }
    if (!"array".equals(type) && schema.has("uniqueItems")) {
      unsupported.at(schema.keyOrigin("uniqueItems"), "uniqueItems applies to arrays");
    }
    if (!"object".equals(type) && schema.has("required") && !top) {
      unsupported.at(schema.keyOrigin("required"), "`required` applies to objects");
    }
    if (type == null) {
      unsupported.at(schema.origin(), "the value of `" + component.name + "` has no `type`");
      return Optional.empty();
    }
    return switch (String.valueOf(type)) {
      case "string" -> Optional.of(stringType(component, schema, typeBase, top));
      case "integer" -> Optional.of(primitive ? TypeName.INT : TypeName.INT.box());
      case "number" -> Optional.of(primitive ? TypeName.DOUBLE : TypeName.DOUBLE.box());
      case "boolean" -> Optional.of(primitive ? TypeName.BOOLEAN : TypeName.BOOLEAN.box());
      case "array" -> arrayType(component, schema, typeBase, top);
      case "object" -> objectType(component, schema, typeBase, top);
      default -> {
        unsupported.at(schema.keyOrigin("type"), "unknown type `" + type + "`");
        yield Optional.empty();
      }
    };
  }

  /**
   * A string, or a nested enum when the spec's values are the lower case of Java constants and the
   * option has an example (without one, the processor shows an enum's first value).
   */
  private TypeName stringType(
      ImportedParam component, YamlMap schema, String typeBase, boolean top) {
    if (!(schema.get("enum") instanceof YamlList values)) {
      return ClassName.get(String.class);
    }
    List<String> constants = new ArrayList<>();
    for (YamlNode value : values.items()) {
      String constant = value.toPlain() instanceof String text ? JavaNames.enumConstant(text) : "";
      if (constant.isEmpty() || constants.contains(constant)) {
        component.enumValues(values);
        return ClassName.get(String.class);
      }
      constants.add(constant);
    }
    if (!top || !schema.has("example")) {
      component.enumValues(values);
      return ClassName.get(String.class);
    }
    String name = JavaNames.type(typeBase);
    TypeSpec.Builder enumType = TypeSpec.enumBuilder(name).addModifiers(Modifier.PUBLIC);
    constants.forEach(enumType::addEnumConstant);
    enumType.addJavadoc("The values of {@code $L}.\n", component.name);
    component.nested.add(enumType.build());
    return ClassName.get("", name);
  }

  private Optional<TypeName> arrayType(
      ImportedParam component, YamlMap schema, String typeBase, boolean top) {
    if (!(schema.get("items") instanceof YamlMap items)) {
      unsupported.at(schema.origin(), "the array `" + component.name + "` has no `items` mapping");
      return Optional.empty();
    }
    if (top && isAnyMapping(items) && !schema.has("uniqueItems")) {
      return Optional.of(anyOne(component, ValueType.LIST_OF_MAPPINGS));
    }
    for (Object key : items.keys()) {
      if (!Set.of("type", "items", "properties", "additionalProperties", "required", "enum")
              .contains(key)
          && !CONSTRAINTS.contains(key)) {
        unsupported.at(
            items.keyOrigin(key),
            "the items of `" + component.name + "` have the key `" + key + "`");
      }
    }
    boolean unique = Boolean.TRUE.equals(schema.value("uniqueItems"));
    return type(component, items, typeBase + "_item", false, false)
        .map(
            element ->
                ParameterizedTypeName.get(
                    ClassName.get(unique ? Set.class : List.class), element.box()));
  }

  private Optional<TypeName> objectType(
      ImportedParam component, YamlMap schema, String typeBase, boolean top) {
    boolean hasProperties = schema.has("properties");
    Object additional = schema.value("additionalProperties");
    if (hasProperties && schema.has("additionalProperties")) {
      unsupported.at(
          schema.origin(),
          "`" + component.name + "` has both `properties` and `additionalProperties`");
      return Optional.empty();
    }
    if (hasProperties) {
      return nestedRecord(component, schema, typeBase);
    }
    if (Boolean.TRUE.equals(additional)) {
      return Optional.of(map(ClassName.get(Object.class)));
    }
    if (schema.get("additionalProperties") instanceof YamlMap values) {
      return type(component, values, typeBase + "_value", false, false)
          .map(value -> map(value.box()));
    }
    if (top && !schema.has("required")) {
      return Optional.of(anyOne(component, ValueType.MAPPING));
    }
    unsupported.at(
        schema.origin(),
        "`"
            + component.name
            + "` is an object without `properties` or `additionalProperties` inside another"
            + " value, which no Java type declares");
    return Optional.empty();
  }

  /** A value of one shape no Java type declares exactly: {@code Object} with that anyOf. */
  private static TypeName anyOne(ImportedParam component, ValueType type) {
    component.param.addMember(Param.ANY_OF, "$T.$L", ValueType.class, type.name());
    return ClassName.get(Object.class);
  }

  private static boolean isAnyMapping(YamlMap schema) {
    return schema.size() == 1 && "object".equals(schema.value("type"));
  }

  private Optional<TypeName> nestedRecord(
      ImportedParam component, YamlMap schema, String typeBase) {
    if (!(schema.get("properties") instanceof YamlList properties)) {
      unsupported.at(schema.keyOrigin("properties"), "`properties` must be a list");
      return Optional.empty();
    }
    List<Object> required =
        schema.get("required") instanceof YamlList list
            ? list.items().stream().map(YamlNode::toPlain).toList()
            : List.of();
    boolean requiredOnProperties =
        properties.items().stream()
            .anyMatch(
                node ->
                    node instanceof YamlMap property
                        && property.value("required") instanceof Boolean);
    if (requiredOnProperties) {
      component.layout.flag(Layout.REQUIRED_ON_PROPERTIES, true);
      if (schema.has("required")) {
        unsupported.at(
            schema.keyOrigin("required"),
            "`"
                + component.name
                + "` lists its required properties while properties say it themselves");
      }
    }
    List<ImportedComponent> components = new ArrayList<>();
    List<Object> names = new ArrayList<>();
    for (YamlNode node : properties.items()) {
      if (!(node instanceof YamlMap property) || !(property.value("name") instanceof String)) {
        unsupported.at(node.origin(), "a property must be a mapping with a `name`");
        continue;
      }
      names.add(property.value("name"));
      property(property, required.contains(property.value("name"))).ifPresent(components::add);
    }
    List<Object> expectedRequired = names.stream().filter(required::contains).toList();
    if (!required.equals(expectedRequired)) {
      unsupported.at(
          schema.keyOrigin("required"),
          "`required` of `" + component.name + "` must list properties in their order, each once");
    }
    String name = JavaNames.type(typeBase);
    component.nested.add(
        ConfigRecords.record(
            name, "The {@code " + component.name + "} object.", List.of(), components));
    return Optional.of(ClassName.get("", name));
  }

  private Optional<TypeName> anyOf(ImportedParam component, YamlMap schema) {
    List<ValueType> types = new ArrayList<>();
    if (schema.get("anyOf") instanceof YamlList alternatives) {
      for (YamlNode alternative : alternatives.items()) {
        ValueType type = ANY_OF.get(PythonValues.str(alternative.toPlain()));
        if (type == null) {
          unsupported.at(
              alternative.origin(),
              "an `anyOf` alternative of `" + component.name + "` that no ValueType describes");
          return Optional.empty();
        }
        types.add(type);
      }
    }
    for (Object key : schema.keys()) {
      if (key.equals("type") || key.equals("items") || CONSTRAINTS.contains(key)) {
        unsupported.at(
            schema.keyOrigin(key), "`" + key + "` of `" + component.name + "` next to `anyOf`");
      }
    }
    component.param.addMember(
        Param.ANY_OF,
        types.size() == 1 ? "$T.$L" : "{" + "$T.$L, ".repeat(types.size() - 1) + "$T.$L}",
        types.stream()
            .flatMap(type -> java.util.stream.Stream.of(ValueType.class, type.name()))
            .toArray());
    boolean strings =
        types.size() == 2
            && types.containsAll(List.of(ValueType.STRING, ValueType.LIST_OF_STRINGS));
    return Optional.of(
        strings
            ? ParameterizedTypeName.get(List.class, String.class)
            : ClassName.get(Object.class));
  }

  private static ParameterizedTypeName map(TypeName value) {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), value);
  }

  private static Map<String, ValueType> anyOfSchemas() {
    Map<String, ValueType> schemas = new LinkedHashMap<>();
    schemas.put("{'type': 'string'}", ValueType.STRING);
    schemas.put("{'type': 'integer'}", ValueType.INTEGER);
    schemas.put("{'type': 'number'}", ValueType.NUMBER);
    schemas.put("{'type': 'boolean'}", ValueType.BOOLEAN);
    schemas.put("{'type': 'array', 'items': {'type': 'string'}}", ValueType.LIST_OF_STRINGS);
    schemas.put("{'type': 'array', 'items': {'type': 'integer'}}", ValueType.LIST_OF_INTEGERS);
    schemas.put("{'type': 'array', 'items': {'type': 'object'}}", ValueType.LIST_OF_MAPPINGS);
    schemas.put("{'type': 'object'}", ValueType.MAPPING);
    return schemas;
  }

  private static Set<String> withSchemaKeys(String... more) {
    Set<String> keys = new HashSet<>(SCHEMA_KEYS);
    keys.addAll(List.of(more));
    return Set.copyOf(keys);
  }
}
