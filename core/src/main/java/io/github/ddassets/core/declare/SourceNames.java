package io.github.ddassets.core.declare;

import io.github.ddassets.core.config.LoadedSpec;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in the words of the sources what the spec loader says in the words of {@code spec.yaml}. The
 * loader names an option by its place in the spec, {@code file `acme.yaml`, instances, port} (or
 * {@code option #2}), which is right for a hand-written spec but not for a finding on a record
 * component: there the option is {@code Instance.port}. A finding on a template reference or
 * override drops the place altogether, since it sits on the annotation it is about.
 */
final class SourceNames {

  /** The place the loader puts before a problem of a whole option entry: {@code option #2: }. */
  private static final Pattern ENTRY =
      Pattern.compile("^file `[^`]*`, (?:[^,:`]+, )*option #\\d+: ");

  /** The duplicate-option message, which names the first option by its number. */
  private static final Pattern DEFINED_BY =
      Pattern.compile("^(option `([^`]*)` is already defined by )option #(\\d+)");

  /** Spec places, such as {@code file `acme.yaml`, instances, port}, by the name they become. */
  private final Map<String, String> names;

  /** Components by {@code <option name>#<number>}, when only one section has that pair. */
  private final Map<String, String> numbered;

  private SourceNames(Map<String, String> names, Map<String, String> numbered) {
    this.names = names;
    this.numbered = numbered;
  }

  /**
   * The names of the declared parameters among the options of a loaded spec.
   *
   * @param loaded the spec built from the declarations, loaded
   * @param config the declarations
   */
  static SourceNames of(LoadedSpec loaded, DeclaredConfig config) {
    Map<Origin, String> components = new HashMap<>();
    for (ConfigSection section : ConfigSection.values()) {
      config
          .section(section)
          .ifPresent(
              declared -> {
                String type = simpleName(declared.typeName());
                declared
                    .params()
                    .forEach(
                        param -> components.put(param.origin(), type + "." + param.javaName()));
              });
    }
    SourceNames sourceNames = new SourceNames(new LinkedHashMap<>(), new HashMap<>());
    List<YamlMap> files = loaded.files();
    for (int index = 0; index < files.size(); index++) {
      YamlMap file = files.get(index);
      String context = "file `" + file.value("name") + "`, ";
      String suffix = index == 0 ? "" : " in " + file.value("name");
      for (YamlNode entry : options(file)) {
        if (entry instanceof YamlMap section && section.value("name") instanceof String name) {
          sourceNames.name(options(section), context + name + ", ", suffix, components);
        }
      }
    }
    return sourceNames;
  }

  private void name(
      List<YamlNode> options, String context, String suffix, Map<Origin, String> components) {
    for (int index = 1; index <= options.size(); index++) {
      if (!(options.get(index - 1) instanceof YamlMap option)) {
        continue;
      }
      String component = components.get(option.origin());
      if (component != null) {
        names.put(context + option.value("name"), component + suffix);
        names.put(context + "option #" + index, component + suffix);
        // Another section with the same option at the same number makes the number ambiguous.
        String key = option.value("name") + "#" + index;
        numbered.put(key, numbered.containsKey(key) ? "" : component + suffix);
      }
    }
  }

  private static List<YamlNode> options(YamlMap map) {
    return map.get("options") instanceof YamlList list ? list.items() : List.of();
  }

  /** The message with the spec place it starts with named as in the sources, if it is one. */
  String rename(String message) {
    for (Map.Entry<String, String> name : names.entrySet()) {
      String place = name.getKey();
      if (message.startsWith(place)
          && (message.length() == place.length()
              || message.charAt(place.length()) == ':'
              || message.charAt(place.length()) == ','
              || message.charAt(place.length()) == ' ')) {
        return name.getValue() + message.substring(place.length());
      }
    }
    Matcher definedBy = DEFINED_BY.matcher(message);
    if (definedBy.find()) {
      String first = numbered.getOrDefault(definedBy.group(2) + "#" + definedBy.group(3), "");
      if (!first.isEmpty()) {
        return definedBy.group(1) + first + message.substring(definedBy.end());
      }
    }
    return message;
  }

  /** The message without the place of the option entry it starts with, if it has one. */
  static String withoutEntry(String message) {
    return ENTRY.matcher(message).replaceFirst("");
  }

  private static String simpleName(String typeName) {
    return typeName.substring(typeName.lastIndexOf('.') + 1);
  }
}
