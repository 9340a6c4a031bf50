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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a configuration spec as ddev's spec loader does: checks the top level and each file,
 * expands templates, applies overrides and fills in the defaults the renderer relies on, collecting
 * every problem as a finding rather than stopping at the first.
 */
public final class SpecLoader {

  private final ConfigTemplates templates;

  /** A loader that resolves templates with the given set. */
  public SpecLoader(ConfigTemplates templates) {
    this.templates = templates;
  }

  /**
   * Loads a spec that was already parsed.
   *
   * @param spec the parsed document (it is modified in place)
   * @param integration the integration name, which names the expected config file
   */
  public LoadedSpec load(YamlNode spec, String integration) {
    List<Finding> findings = new ArrayList<>();
    if (!(spec instanceof YamlMap root)) {
      findings.add(Rule.SPEC_STRUCTURE.at(spec.origin(), "the spec must be a mapping"));
      return new LoadedSpec(Optional.empty(), findings);
    }
    Object version = root.value("version");
    if (root.has("version") && version != null && !PythonValues.isStr(version)) {
      findings.add(Rule.SPEC_STRUCTURE.at(root.keyOrigin("version"), "`version` must be a string"));
    }
    if (!root.has("files")) {
      findings.add(
          Rule.SPEC_STRUCTURE.at(root.origin(), "the spec needs a top-level `files` list"));
    } else if (!(root.get("files") instanceof YamlList files)) {
      findings.add(Rule.SPEC_STRUCTURE.at(root.keyOrigin("files"), "`files` must be a list"));
    } else {
      loadFiles(files, integration, findings);
    }
    return new LoadedSpec(Optional.of(root), findings);
  }

  private void loadFiles(YamlList files, String integration, List<Finding> findings) {
    TemplateExpansion expansion = new TemplateExpansion();
    Map<Object, Integer> names = new HashMap<>();
    Map<Object, Integer> exampleNames = new HashMap<>();
    int index = 0;
    for (YamlNode node : files.items()) {
      index++;
      String where = "file #" + index;
      if (!(node instanceof YamlMap file)) {
        findings.add(Rule.SPEC_FILE_INVALID.at(node.origin(), where + " must be a mapping"));
        continue;
      }
      if (!file.has("name")) {
        findings.add(
            Rule.SPEC_FILE_INVALID.at(
                file.origin(), where + " needs a `name`: the file the Agent loads"));
        continue;
      }
      if (!(file.value("name") instanceof String name)) {
        findings.add(
            Rule.SPEC_FILE_INVALID.at(file.keyOrigin("name"), where + ": `name` must be a string"));
        continue;
      }
      Integer previous = names.putIfAbsent(name, index);
      if (previous != null) {
        findings.add(
            Rule.SPEC_FILE_INVALID.at(
                file.get("name").origin(),
                where + ": file name `" + name + "` is already used by file #" + previous));
      }
      Object exampleName = exampleName(file, name, files.size(), integration, where, findings);
      if (!PythonValues.isStr(exampleName)) {
        findings.add(
            Rule.SPEC_FILE_INVALID.at(
                file.keyOrigin("example_name"), where + ": `example_name` must be a string"));
      } else {
        Optional<Finding> problem = exampleNameProblem(file, (String) exampleName, where);
        if (problem.isPresent()) {
          findings.add(problem.get());
        }
      }
      Integer previousExample = exampleNames.putIfAbsent(exampleName, index);
      if (previousExample != null) {
        findings.add(
            Rule.SPEC_FILE_INVALID.at(
                file.keyOrigin("example_name"),
                where
                    + ": example file name `"
                    + exampleName
                    + "` is already used by file #"
                    + previousExample));
      }
      if (!file.has("options")) {
        findings.add(
            Rule.SPEC_FILE_INVALID.at(
                file.origin(), "file `" + name + "` needs an `options` list"));
      } else if (!(file.get("options") instanceof YamlList options)) {
        findings.add(
            Rule.SPEC_FILE_INVALID.at(
                file.keyOrigin("options"), "file `" + name + "`: `options` must be a list"));
      } else {
        new OptionsLoader(templates, findings, name, expansion).load(options, List.of(), List.of());
      }
    }
  }

  /** Checks the file's name and fills in its example name, as ddev does. */
  private static Object exampleName(
      YamlMap file,
      String name,
      int fileCount,
      String integration,
      String where,
      List<Finding> findings) {
    if (name.equals("auto_conf.yaml") || name.equals("conf.yaml.default")) {
      Object given = file.value("example_name");
      if (file.has("example_name") && !name.equals(given)) {
        findings.add(
            Rule.SPEC_FILE_NAME.at(
                file.get("example_name").origin(),
                where
                    + ": example file name `"
                    + PythonValues.str(given)
                    + "` should be `"
                    + name
                    + "`"));
      }
      return file.putIfAbsent("example_name", new YamlScalar(name, file.origin())).toPlain();
    }
    if (fileCount == 1) {
      String expected = integration.toLowerCase(Locale.ROOT).replace(' ', '_') + ".yaml";
      if (!name.equals(expected)) {
        findings.add(
            Rule.SPEC_FILE_NAME.at(
                file.get("name").origin(),
                where + ": file name `" + name + "` should be `" + expected + "`"));
      }
    }
    return file.putIfAbsent("example_name", new YamlScalar("conf.yaml.example", file.origin()))
        .toPlain();
  }

  /**
   * The example name, if it is not a plain file name: the example is written under that name, and a
   * path such as {@code ../escape.yaml} would put it outside the folder it is written into.
   */
  private static Optional<Finding> exampleNameProblem(YamlMap file, String name, String where) {
    Optional<String> problem = ExampleNames.problem(name);
    if (problem.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Rule.SPEC_FILE_INVALID.at(
            file.get("example_name").origin(),
            where
                + ": example file name `"
                + name
                + "` must be a plain file name, so that the example stays in its folder ("
                + problem.get()
                + ")"));
  }

  /** The origin to blame for a problem with an option: its name when it has one. */
  static Origin originOf(YamlMap option) {
    return option.has("name") ? option.get("name").origin() : option.origin();
  }
}
