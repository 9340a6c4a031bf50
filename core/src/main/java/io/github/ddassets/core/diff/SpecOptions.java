package io.github.ddassets.core.diff;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.LoadedSpec;
import io.github.ddassets.core.config.SpecLoader;
import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The options of a configuration spec, with its templates expanded: a template that adds an option
 * to every instance adds it to the comparison too, so the options compared are those users write.
 */
final class SpecOptions {

  private static final String MAIN_EXAMPLE = "conf.yaml.example";

  private final ConfigTemplates templates;

  SpecOptions(ConfigTemplates templates) {
    this.templates = templates;
  }

  /**
   * Every option of a spec by path. Problems loading the spec (an unknown template) leave out what
   * could not be loaded; only a spec that is not YAML at all cannot be compared.
   *
   * @throws UnreadableReleaseException when the text is not YAML
   */
  Map<String, OptionFacts> read(String text, String displayPath, String integration)
      throws UnreadableReleaseException {
    YamlNode document;
    try {
      document = YamlReader.read(text, displayPath);
    } catch (YamlSyntaxException e) {
      throw new UnreadableReleaseException(e.origin().describe() + ": " + e.getMessage());
    }
    LoadedSpec spec = new SpecLoader(templates).load(document, integration);
    Map<String, OptionFacts> options = new TreeMap<>();
    for (YamlMap file : spec.files()) {
      String prefix =
          MAIN_EXAMPLE.equals(file.value("example_name"))
              ? ""
              : PythonValues.str(file.value("name")) + ":";
      collect((YamlList) file.get("options"), prefix, options);
    }
    return options;
  }

  private static void collect(YamlList list, String prefix, Map<String, OptionFacts> options) {
    for (YamlNode node : list.items()) {
      if (!(node instanceof YamlMap option) || !(option.value("name") instanceof String name)) {
        continue;
      }
      String path = prefix + name;
      options.putIfAbsent(
          path,
          new OptionFacts(
              path,
              type(option.get("value")),
              PythonValues.truthy(option.value("required")),
              defaultValue(option.get("value")),
              option.value("description") instanceof String text ? text : "",
              option.get("name").origin()));
      if (option.get("options") instanceof YamlList children) {
        collect(children, path + ".", options);
      }
    }
  }

  /** The value's type: {@code integer}, {@code array of string}, {@code string or array}... */
  static String type(YamlNode value) {
    if (!(value instanceof YamlMap map)) {
      return "";
    }
    if (map.get("anyOf") instanceof YamlList alternatives) {
      List<String> types = new ArrayList<>();
      alternatives.items().forEach(item -> types.add(type(item)));
      return String.join(" or ", types);
    }
    String type = map.value("type") instanceof String text ? text : "";
    if (type.equals("array") && map.get("items") instanceof YamlMap items) {
      String itemType = type(items);
      return itemType.isEmpty() ? type : "array of " + itemType;
    }
    return type;
  }

  /** The documented default: {@code display_default} when given, else {@code default}. */
  private static String defaultValue(YamlNode value) {
    if (!(value instanceof YamlMap map)) {
      return "";
    }
    String key = map.has("display_default") ? "display_default" : "default";
    if (!map.has(key)) {
      return "";
    }
    Object plain = map.get(key).toPlain();
    return plain == null ? "null" : PythonValues.str(plain);
  }
}
