package io.github.ddassets.core.config;

import io.github.ddassets.core.config.TemplateRoot.TemplateFile;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads spec templates by name ({@code instances/http}, or {@code instances/http.username} for one
 * element of a template) from an ordered list of roots, and writes {@code overrides} into them, as
 * ddev's template loader does.
 */
public final class ConfigTemplates {

  private final List<TemplateRoot> roots;
  // Concurrent: folders of one repository are checked in parallel with the same templates. Two
  // threads may parse the same template once each; callers only ever get copies.
  private final Map<String, YamlNode> parsed = new ConcurrentHashMap<>();

  /** Templates looked up in the given roots, first match wins. */
  public ConfigTemplates(List<TemplateRoot> roots) {
    this.roots = List.copyOf(roots);
  }

  /** Only the built-in templates. */
  public static ConfigTemplates builtIn() {
    return new ConfigTemplates(List.of(TemplateRoot.builtIn()));
  }

  /**
   * A fresh copy of a template, or of one element of it.
   *
   * @throws TemplateException when it does not exist or cannot be navigated
   */
  public YamlNode load(String template) throws TemplateException {
    List<String> pathParts = new ArrayList<>(Arrays.asList(template.split("/", -1)));
    List<String> branches =
        new ArrayList<>(Arrays.asList(pathParts.remove(pathParts.size() - 1).split("\\.", -1)));
    pathParts.add(branches.remove(0));
    String name = String.join("/", pathParts);
    YamlNode data = parse(name).copy();
    for (int i = 0; i < branches.size(); i++) {
      String branch = branches.get(i);
      String walked = String.join(".", branches.subList(0, i + 1));
      if (data instanceof YamlMap map) {
        if (!map.has(branch)) {
          throw new TemplateException("template `" + name + "` has no element `" + walked + "`");
        }
        data = map.get(branch);
      } else if (data instanceof YamlList list) {
        data =
            namedItem(list, branch)
                .orElseThrow(
                    () ->
                        new TemplateException(
                            "template `" + name + "` has no named element `" + walked + "`"));
      } else {
        throw new TemplateException(
            "template `"
                + name
                + "."
                + String.join(".", branches.subList(0, i))
                + "` is not a mapping");
      }
    }
    return data;
  }

  private YamlNode parse(String name) throws TemplateException {
    YamlNode cached = parsed.get(name);
    if (cached != null) {
      return cached;
    }
    for (TemplateRoot root : roots) {
      Optional<YamlNode> tree = root.parsed(name);
      if (tree.isPresent()) {
        parsed.put(name, tree.get());
        return tree.get();
      }
      for (String extension : List.of("yaml", "yml")) {
        Optional<TemplateFile> file;
        try {
          file = root.read(name + "." + extension);
        } catch (IOException e) {
          throw new TemplateException("cannot read template `" + name + "`: " + e.getMessage());
        }
        if (file.isPresent()) {
          try {
            YamlNode node = YamlReader.read(file.get().text(), file.get().displayPath());
            parsed.put(name, node);
            return node;
          } catch (YamlSyntaxException e) {
            throw new TemplateException(
                "cannot parse template `" + file.get().displayPath() + "`: " + e.getMessage());
          }
        }
      }
    }
    throw new TemplateException("template `" + name + "` does not exist");
  }

  private static Optional<YamlNode> namedItem(YamlList list, String name) {
    for (YamlNode item : list.items()) {
      if (item instanceof YamlMap map && name.equals(map.value("name"))) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /**
   * Writes overrides into a loaded template. Each key is a dotted path; its first segment may be
   * the template's own name, and list levels are searched by item name (expanding nested template
   * references when the item lives in one). Applied overrides are removed from the map; those that
   * could not be applied stay, and their problems are returned.
   */
  public List<String> applyOverrides(YamlNode template, Map<String, YamlNode> overrides) {
    List<String> errors = new ArrayList<>();
    for (String override : new ArrayList<>(new java.util.TreeSet<>(overrides.keySet()))) {
      YamlNode value = overrides.get(override);
      List<String> keys = new ArrayList<>(Arrays.asList(override.split("\\.", -1)));
      String finalKey = keys.remove(keys.size() - 1);
      // Each problem names the whole override and the part of it that failed: ddev's own wording
      // names only the path walked so far, which is empty (``) when the first segment fails.
      String named = "template override `" + override + "`: ";
      YamlNode root = template;
      String error = "";
      for (int i = 0; i < keys.size() && error.isEmpty(); i++) {
        String key = keys.get(i);
        String before = String.join(".", keys.subList(0, i));
        if (root instanceof YamlMap map) {
          if (i == 0 && key.equals(map.value("name"))) {
            continue;
          }
          if (map.has(key)) {
            root = map.get(key);
          } else {
            error = named + noMapping(before, key);
          }
        } else if (root instanceof YamlList list) {
          YamlNode found = expandAndFind(list, key, new HashSet<>());
          if (found != null) {
            root = found;
          } else {
            error = named + noMapping(before, key);
          }
        } else {
          error = named + notMapping(before);
        }
      }
      if (error.isEmpty()) {
        String where = String.join(".", keys);
        if (root instanceof YamlMap map) {
          map.put(finalKey, value);
        } else if (root instanceof YamlList list) {
          YamlNode found = expandAndFind(list, finalKey, new HashSet<>());
          if (found != null) {
            list.items().replaceAll(item -> item == found ? value : item);
          } else {
            error = named + noMapping(where, finalKey);
          }
        } else {
          error = named + notMapping(where);
        }
      }
      if (error.isEmpty()) {
        overrides.remove(override);
      } else {
        errors.add(error);
      }
    }
    return errors;
  }

  /** What lacks the named mapping {@code key}: the template itself, or the path walked so far. */
  private static String noMapping(String walked, String key) {
    return (walked.isEmpty() ? "the template" : "`" + walked + "`")
        + " has no named mapping `"
        + key
        + "`";
  }

  private static String notMapping(String walked) {
    return walked.isEmpty()
        ? "the template is not a mapping"
        : "`" + walked + "` does not refer to a mapping";
  }

  /**
   * Finds the item of a list named {@code name}; when it lives in a nested template reference, that
   * reference is loaded and spliced into the list in place, so later steps see it expanded.
   */
  private YamlNode expandAndFind(YamlList list, String name, Set<String> visited) {
    for (YamlNode item : list.items()) {
      if (item instanceof YamlMap map && name.equals(map.value("name"))) {
        return item;
      }
    }
    List<YamlNode> items = list.items();
    for (int index = 0; index < items.size(); index++) {
      if (!(items.get(index) instanceof YamlMap map) || map.has("name") || !map.has("template")) {
        continue;
      }
      Object templateName = map.value("template");
      if (!(templateName instanceof String nestedName) || !visited.add(nestedName)) {
        continue;
      }
      YamlNode nested;
      try {
        nested = load(nestedName);
      } catch (TemplateException e) {
        continue;
      }
      if (nested instanceof YamlMap nestedMap) {
        if (name.equals(nestedMap.value("name"))) {
          items.set(index, nestedMap);
          return nestedMap;
        }
      } else if (nested instanceof YamlList nestedList) {
        YamlNode found = expandAndFind(nestedList, name, visited);
        if (found != null) {
          items.remove(index);
          items.addAll(index, nestedList.items());
          return found;
        }
      }
    }
    return null;
  }
}
