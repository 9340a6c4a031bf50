package io.github.ddassets.core.declare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The spec schemas of the {@code ValueType}s a parameter's {@code anyOf} lists. */
final class AnyOfSchemas {

  private AnyOfSchemas() {}

  /** The schema of one {@code ValueType}, by constant name, as plain values. */
  static Map<String, Object> schema(String valueType) {
    return switch (valueType) {
      case "STRING" -> type("string");
      case "INTEGER" -> type("integer");
      case "NUMBER" -> type("number");
      case "BOOLEAN" -> type("boolean");
      case "LIST_OF_STRINGS" -> array("string");
      case "LIST_OF_INTEGERS" -> array("integer");
      case "LIST_OF_MAPPINGS" -> array("object");
      case "MAPPING" -> type("object");
      default -> throw new IllegalArgumentException("unknown value type " + valueType);
    };
  }

  /** Whether {@code anyOf} is "a string or a list of strings", which {@code List<String>} holds. */
  static boolean isStringOrStrings(List<String> anyOf) {
    return anyOf.size() == 2 && anyOf.containsAll(List.of("STRING", "LIST_OF_STRINGS"));
  }

  private static Map<String, Object> type(String type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", type);
    return schema;
  }

  private static Map<String, Object> array(String itemType) {
    Map<String, Object> schema = type("array");
    schema.put("items", type(itemType));
    return schema;
  }
}
