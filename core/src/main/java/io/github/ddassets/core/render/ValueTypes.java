package io.github.ddassets.core.render;

import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;

/** The type text of a {@code ## @param} line: {@code string}, {@code list of strings}, ... */
final class ValueTypes {

  private ValueTypes() {}

  static String describe(YamlNode node) {
    if (!(node instanceof YamlMap value)) {
      return "unknown";
    }
    if (value.get("anyOf") instanceof YamlList anyOf) {
      List<String> types = new ArrayList<>();
      anyOf.items().forEach(type -> types.add(describe(type)));
      return String.join(" or ", types);
    }
    Object type = value.value("type");
    if ("object".equals(type)) {
      return "mapping";
    }
    if (!"array".equals(type)) {
      return type == null ? "unknown" : PythonValues.str(type);
    }
    if (!(value.get("items") instanceof YamlMap items)) {
      return "list of unknowns";
    }
    if (items.has("anyOf")) {
      return "(list of " + describe(items) + ")";
    }
    Object itemType = items.value("type");
    if ("object".equals(itemType)) {
      return "list of mappings";
    }
    if ("array".equals(itemType)) {
      return "list of lists";
    }
    return "list of " + PythonValues.str(itemType) + "s";
  }
}
