package io.github.ddassets.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** Shape tests on manifest values: what an annotation attribute can hold. */
final class JsonValues {

  private JsonValues() {}

  /** Whether a value is an array of strings. */
  static boolean isStrings(JsonNode value) {
    return value.isArray() && allMatch(value, JsonNode::isTextual);
  }

  /** Whether every item of an array meets the condition. */
  static boolean allMatch(JsonNode array, Predicate<JsonNode> condition) {
    for (JsonNode item : array) {
      if (!condition.test(item)) {
        return false;
      }
    }
    return true;
  }

  /** The keys of an object in order; empty for anything else. */
  static List<String> keys(JsonNode item) {
    List<String> keys = new ArrayList<>();
    if (item.isObject()) {
      for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
        keys.add(names.next());
      }
    }
    return keys;
  }
}
