package io.github.ddassets.core.config;

import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** Loads spec texts with the small test templates, and shows findings as one line each. */
final class SpecFixtures {

  /** The display path of every spec these tests load. */
  static final String SPEC = "spec.yaml";

  private SpecFixtures() {}

  /** The folder of the test templates ({@code src/test/resources/.../spec/templates}). */
  static Path templatesDir() {
    URL url = SpecFixtures.class.getResource("templates");
    if (url == null) {
      throw new IllegalStateException("test templates not on the class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The test templates, shown in findings as {@code test-templates/<file>}. */
  static ConfigTemplates templates() {
    return new ConfigTemplates(List.of(TemplateRoot.directory(templatesDir(), "test-templates")));
  }

  /** Reads and loads a spec of the integration {@code acme}. */
  static LoadedSpec load(String text) {
    return load(text, "acme");
  }

  /** Reads and loads a spec of the given integration. */
  static LoadedSpec load(String text, String integration) {
    try {
      return new SpecLoader(templates()).load(YamlReader.read(text, SPEC), integration);
    } catch (YamlSyntaxException e) {
      throw new AssertionError("test spec is not valid YAML: " + e.getMessage(), e);
    }
  }

  /** Each finding as {@code <rule id> <origin> <message>}. */
  static List<String> lines(LoadedSpec spec) {
    return spec.findings().stream().map(SpecFixtures::line).toList();
  }

  /** The findings of loading a spec text, one line each. */
  static List<String> findings(String text) {
    return lines(load(text));
  }

  static String line(Finding finding) {
    return finding.rule().id() + " " + finding.origin().describe() + " " + finding.message();
  }

  /** The options of the spec's first file. */
  static YamlList options(LoadedSpec spec) {
    return (YamlList) spec.files().get(0).get("options");
  }

  /**
   * An option of the first file, found by names: {@code option(spec, "instances", "tags")} is the
   * option {@code tags} of the section {@code instances}.
   */
  static YamlMap option(LoadedSpec spec, String... path) {
    YamlList level = options(spec);
    YamlMap found = null;
    for (String name : path) {
      found = null;
      for (YamlNode node : level.items()) {
        if (node instanceof YamlMap map && name.equals(map.value("name"))) {
          found = map;
          break;
        }
      }
      if (found == null) {
        throw new AssertionError("no option " + name + " in " + level.toPlain());
      }
      if (found.get("options") instanceof YamlList nested) {
        level = nested;
      }
    }
    return found;
  }

  /** The names of the options of a level, in order. */
  static List<Object> names(YamlList options) {
    return options.items().stream().map(node -> ((YamlMap) node).value("name")).toList();
  }
}
