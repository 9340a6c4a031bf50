package io.github.ddassets.core.config;

import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an option's {@code value} schema as ddev does, and fills in the example a top-level value
 * lacks: {@code <NAME>} for strings, numbers and {@code anyOf}, {@code []} for arrays and {@code
 * {}} for objects. A boolean without an example is an error. Beyond ddev, an example given is
 * checked against the rest of its schema ({@link ExampleValues}, a strict rule).
 */
final class ValueChecker {

  /** The types ddev knows. */
  static final Set<String> TYPES =
      Set.of("array", "boolean", "integer", "number", "object", "string");

  private final List<Finding> findings;
  private final String optionName;
  private final String label;

  ValueChecker(List<Finding> findings, String optionName, String label) {
    this.findings = findings;
    this.optionName = optionName;
    this.label = label;
  }

  void check(YamlMap value, int depth) {
    int before = findings.size();
    boolean exampleGiven = value.has("example");
    checkSchema(value, depth);
    // Below the top-level type, which ddev checks, only an example of a sound schema: a schema
    // problem already has its finding, and the example would only repeat it.
    if (depth == 0 && exampleGiven && findings.size() == before) {
      Optional<String> problem = ExampleValues.problem(value, value.value("example"));
      if (problem.isPresent()) {
        findings.add(
            Rule.SPEC_EXAMPLE_VALUE.at(value.get("example").origin(), label, problem.get()));
      }
    }
  }

  private void checkSchema(YamlMap value, int depth) {
    if (value.has("require_trusted_provider")
        && !PythonValues.isBool(value.value("require_trusted_provider"))) {
      invalid(
          value.keyOrigin("require_trusted_provider"),
          "`require_trusted_provider` must be true or false");
    }
    if (value.has("anyOf")) {
      checkAnyOf(value, depth);
      return;
    }
    if (!value.has("type")) {
      invalid(value.origin(), "every value needs a `type`");
      return;
    }
    if (!(value.value("type") instanceof String type)) {
      invalid(value.keyOrigin("type"), "`type` must be a string");
      return;
    }
    switch (type) {
      case "string" -> checkString(value, depth);
      case "integer", "number" -> checkNumber(value, depth, type);
      case "boolean" -> checkBoolean(value, depth);
      case "array" -> checkArray(value, depth);
      case "object" -> checkObject(value, depth);
      default ->
          invalid(
              value.get("type").origin(),
              "unknown type `" + type + "`; known: " + String.join(" | ", new TreeSet<>(TYPES)));
    }
  }

  private void checkAnyOf(YamlMap value, int depth) {
    if (value.has("type")) {
      invalid(value.keyOrigin("type"), "a value has either `type` or `anyOf`, not both");
      return;
    }
    if (!(value.get("anyOf") instanceof YamlList anyOf)) {
      invalid(value.keyOrigin("anyOf"), "`anyOf` must be a list");
      return;
    }
    if (anyOf.size() == 1) {
      invalid(value.keyOrigin("anyOf"), "`anyOf` holds a single type: use `type` instead");
      return;
    }
    int index = 0;
    for (YamlNode type : anyOf.items()) {
      index++;
      if (!(type instanceof YamlMap typeMap)) {
        invalid(type.origin(), "type #" + index + " of `anyOf` must be a mapping");
        return;
      }
      check(typeMap, depth + 1);
    }
    if (depth == 0 && value.value("example") == null) {
      value.put("example", new YamlScalar(placeholder(), value.origin()), value.origin());
    }
  }

  private void checkString(YamlMap value, int depth) {
    if (!value.has("example")) {
      fillExample(value, depth, placeholder());
    } else if (!PythonValues.isStr(value.value("example"))) {
      wrongExample(value, "string", "a string");
    }
    if (value.has("pattern") && !PythonValues.isStr(value.value("pattern"))) {
      invalid(value.keyOrigin("pattern"), "`pattern` of a string must be a string");
    }
  }

  private void checkNumber(YamlMap value, int depth, String type) {
    if (!value.has("example")) {
      fillExample(value, depth, placeholder());
    } else if (!PythonValues.isNumber(value.value("example"))) {
      wrongExample(value, type, "a number");
    }
    checkBounds(value, "minimum", "maximum", type, false);
  }

  private void checkBoolean(YamlMap value, int depth) {
    if (!value.has("example")) {
      if (depth == 0) {
        findings.add(Rule.SPEC_BOOLEAN_EXAMPLE.at(value.origin(), optionName));
      }
    } else if (!PythonValues.isBool(value.value("example"))) {
      wrongExample(value, "boolean", "true or false");
    }
  }

  private void checkArray(YamlMap value, int depth) {
    if (!value.has("example")) {
      fillExample(value, depth, new ArrayList<>());
    } else if (!PythonValues.isList(value.value("example"))) {
      wrongExample(value, "array", "a list");
    }
    if (value.has("uniqueItems") && !PythonValues.isBool(value.value("uniqueItems"))) {
      invalid(value.keyOrigin("uniqueItems"), "`uniqueItems` must be true or false");
    }
    checkBounds(value, "minItems", "maxItems", "array", true);
    if (!value.has("items")) {
      invalid(value.origin(), "every array needs `items`");
      return;
    }
    if (!(value.get("items") instanceof YamlMap items)) {
      invalid(value.keyOrigin("items"), "`items` of an array must be a mapping");
      return;
    }
    check(items, depth + 1);
  }

  private void checkObject(YamlMap value, int depth) {
    if (!value.has("example")) {
      fillExample(value, depth, new java.util.LinkedHashMap<>());
    } else if (!PythonValues.isDict(value.value("example"))) {
      wrongExample(value, "object", "a mapping");
    }
    List<Object> required = checkRequired(value);
    value.putIfAbsent("properties", new YamlList(value.origin()));
    if (!(value.get("properties") instanceof YamlList properties)) {
      invalid(value.keyOrigin("properties"), "`properties` of an object must be a list");
      return;
    }
    List<Object> names = new ArrayList<>();
    for (YamlNode node : properties.items()) {
      if (!(node instanceof YamlMap property)) {
        invalid(node.origin(), "every entry of `properties` must be a mapping");
        continue;
      }
      if (!property.has("name")) {
        invalid(property.origin(), "every entry of `properties` needs a `name`");
        continue;
      }
      if (!(property.value("name") instanceof String name)) {
        invalid(property.keyOrigin("name"), "the `name` of a property must be a string");
        continue;
      }
      names.add(name);
      if (property.has("formats")) {
        Formats.check(property.get("formats"), label, name, findings);
      }
      check(property, depth + 1);
    }
    if (new HashSet<>(names).size() != names.size()) {
      invalid(properties.origin(), "the entries of `properties` must have unique names");
    }
    if (required != null && !required.isEmpty() && !names.containsAll(required)) {
      invalid(
          value.keyOrigin("required"), "every entry of `required` must be defined in `properties`");
    }
    if (value.has("additionalProperties")) {
      YamlNode additional = value.get("additionalProperties");
      if (Boolean.TRUE.equals(additional.toPlain())) {
        return;
      }
      if (!(additional instanceof YamlMap additionalMap)) {
        invalid(additional.origin(), "`additionalProperties` must be a mapping or `true`");
        return;
      }
      check(additionalMap, depth + 1);
    }
  }

  /** The object's {@code required} list when well-formed, else null (with a finding). */
  private List<Object> checkRequired(YamlMap value) {
    if (!value.has("required")) {
      return null;
    }
    Object required = value.value("required");
    if (!(required instanceof List<?> list)) {
      invalid(value.keyOrigin("required"), "`required` of an object must be a list");
      return null;
    }
    if (list.isEmpty()) {
      invalid(value.keyOrigin("required"), "remove `required` when no property is required");
    } else if (new HashSet<>(list).size() != list.size()) {
      invalid(value.keyOrigin("required"), "the entries of `required` must be unique");
    }
    return new ArrayList<>(list);
  }

  /** Checks a pair of bounds, which are integers or else any numbers. */
  private void checkBounds(
      YamlMap value, String lowKey, String highKey, String type, boolean integers) {
    String kindName = integers ? "an integer" : "a number";
    boolean lowOk = true;
    boolean highOk = true;
    if (value.has(lowKey) && !isBound(value.value(lowKey), integers)) {
      invalid(
          value.keyOrigin(lowKey), "`" + lowKey + "` of " + article(type) + " must be " + kindName);
      lowOk = false;
    }
    if (value.has(highKey) && !isBound(value.value(highKey), integers)) {
      invalid(
          value.keyOrigin(highKey),
          "`" + highKey + "` of " + article(type) + " must be " + kindName);
      highOk = false;
    }
    if (value.has(lowKey)
        && value.has(highKey)
        && lowOk
        && highOk
        && toDouble(value.value(highKey)) <= toDouble(value.value(lowKey))) {
      invalid(value.keyOrigin(highKey), "`" + highKey + "` must be greater than `" + lowKey + "`");
    }
  }

  private static boolean isBound(Object bound, boolean integer) {
    return integer ? PythonValues.isInt(bound) : PythonValues.isNumber(bound);
  }

  private static double toDouble(Object number) {
    if (number instanceof Boolean bool) {
      return bool ? 1 : 0;
    }
    return ((Number) number).doubleValue();
  }

  private static String article(String type) {
    return (type.startsWith("a") || type.startsWith("i") || type.startsWith("o") ? "an " : "a ")
        + type;
  }

  private void fillExample(YamlMap value, int depth, Object example) {
    if (depth == 0) {
      value.put("example", YamlNode.fromPlain(example, value.origin()), value.origin());
    }
  }

  private void wrongExample(YamlMap value, String type, String expected) {
    findings.add(
        Rule.SPEC_EXAMPLE_TYPE.at(value.get("example").origin(), label, article(type), expected));
  }

  private void invalid(Origin origin, String problem) {
    findings.add(Rule.SPEC_VALUE_INVALID.at(origin, label, problem));
  }

  private String placeholder() {
    return "<" + optionName.toUpperCase(Locale.ROOT) + ">";
  }
}
