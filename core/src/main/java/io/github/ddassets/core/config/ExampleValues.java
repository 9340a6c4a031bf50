package io.github.ddassets.core.config;

import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks an option's example against its value schema beyond the top-level type ddev checks: the
 * items of a list and the values of a mapping have their schema's type, a string is one of the
 * schema's {@code enum}, a number lies within its {@code minimum} and {@code maximum}. The example
 * is what users copy into {@code conf.yaml}; one the schema refuses makes a file that the check
 * (its generated loader, or the config models ddev generates from the spec) then rejects.
 *
 * <p>ddev's value validator checks only an example's top-level type (asset-rules.md, section 4.1:
 * nested schemas get no example of their own), so these checks are a strict rule. Only what the
 * schema states is checked: {@code anyOf} alternatives, patterns and keys the schema does not
 * describe are left alone.
 */
final class ExampleValues {

  private ExampleValues() {}

  /**
   * What is wrong with an example whose top-level type is right, in words that follow "the
   * example", or empty.
   *
   * @param schema the option's {@code value}
   * @param example the example, as plain values
   */
  static Optional<String> problem(YamlMap schema, Object example) {
    return problem(schema, example, "");
  }

  /**
   * What is wrong with one value of an example, or empty.
   *
   * @param where where the value sits in the example, such as " at item 2"; empty at the top level
   */
  private static Optional<String> problem(YamlMap schema, Object value, String where) {
    if (schema.has("anyOf") || !(schema.value("type") instanceof String type)) {
      return Optional.empty();
    }
    if (!where.isEmpty() && !fits(type, value)) {
      return Optional.of(subject(value, where) + " not " + kind(type));
    }
    if (schema.value("enum") instanceof List<?> allowed
        && !allowed.isEmpty()
        && !oneOf(allowed, value)) {
      List<String> shown = new ArrayList<>();
      for (Object item : allowed) {
        shown.add(PythonValues.str(item));
      }
      return Optional.of(subject(value, where) + " not one of " + String.join(", ", shown));
    }
    if (isNumber(value)) {
      double number = ((Number) value).doubleValue();
      if (isNumber(schema.value("minimum"))
          && number < ((Number) schema.value("minimum")).doubleValue()) {
        return Optional.of(
            subject(value, where) + " less than the minimum " + show(schema.value("minimum")));
      }
      if (isNumber(schema.value("maximum"))
          && number > ((Number) schema.value("maximum")).doubleValue()) {
        return Optional.of(
            subject(value, where) + " more than the maximum " + show(schema.value("maximum")));
      }
    }
    if (type.equals("array") && value instanceof List<?> items) {
      return items(schema, items, where);
    }
    if (type.equals("object") && value instanceof Map<?, ?> entries) {
      return entries(schema, entries, where);
    }
    return Optional.empty();
  }

  private static Optional<String> items(YamlMap schema, List<?> items, String where) {
    if (!(schema.get("items") instanceof YamlMap itemSchema)) {
      return Optional.empty();
    }
    for (int i = 0; i < items.size(); i++) {
      Optional<String> problem =
          problem(
              itemSchema,
              items.get(i),
              where + (where.isEmpty() ? " at " : ", ") + "item " + (i + 1));
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** The values of a mapping: a named property's schema, else that of additionalProperties. */
  private static Optional<String> entries(YamlMap schema, Map<?, ?> entries, String where) {
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      Optional<YamlMap> valueSchema = property(schema, entry.getKey());
      if (valueSchema.isEmpty()
          && schema.get("additionalProperties") instanceof YamlMap additional) {
        valueSchema = Optional.of(additional);
      }
      if (valueSchema.isEmpty()) {
        continue;
      }
      String key = where + (where.isEmpty() ? " at " : ", ") + "key `" + entry.getKey() + "`";
      Optional<String> problem = problem(valueSchema.get(), entry.getValue(), key);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<YamlMap> property(YamlMap schema, Object name) {
    if (!(schema.get("properties") instanceof YamlList properties)) {
      return Optional.empty();
    }
    for (YamlNode node : properties.items()) {
      if (node instanceof YamlMap property && Objects.equals(property.value("name"), name)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }

  /** {@code is `x`,} at the top level; {@code has `x` at item 2, which is} below it. */
  private static String subject(Object value, String where) {
    return where.isEmpty()
        ? "is " + show(value) + ","
        : "has " + show(value) + where + ", which is";
  }

  /** Whether a value has a schema type (booleans are no numbers here, unlike in Python). */
  private static boolean fits(String type, Object value) {
    return switch (type) {
      case "string" -> PythonValues.isStr(value);
      case "integer" -> PythonValues.isInt(value) && !PythonValues.isBool(value);
      case "number" -> isNumber(value);
      case "boolean" -> PythonValues.isBool(value);
      case "array" -> PythonValues.isList(value);
      case "object" -> PythonValues.isDict(value);
      default -> true;
    };
  }

  private static String kind(String type) {
    return switch (type) {
      case "string" -> "a string";
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "array" -> "a list";
      default -> "a mapping";
    };
  }

  private static boolean isNumber(Object value) {
    return PythonValues.isNumber(value) && !PythonValues.isBool(value);
  }

  private static boolean oneOf(List<?> allowed, Object value) {
    for (Object item : allowed) {
      if (same(item, value)) {
        return true;
      }
    }
    return false;
  }

  /** Python's equality for the scalars an enum holds: {@code 1 == 1.0}. */
  private static boolean same(Object allowed, Object value) {
    if (isNumber(allowed) && isNumber(value)) {
      return ((Number) allowed).doubleValue() == ((Number) value).doubleValue();
    }
    return Objects.equals(allowed, value);
  }

  private static String show(Object value) {
    return "`" + PythonValues.str(value) + "`";
  }
}
