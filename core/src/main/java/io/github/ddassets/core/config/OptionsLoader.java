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
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads one level of options: expands {@code template} entries (a mapping is merged with the entry,
 * a list is spliced in its place), applies their overrides, checks each option and fills in its
 * defaults, then recurses into sections.
 *
 * <p>As in ddev, {@code hidden} on a template entry carries over to the plain options that follow
 * it at the same level until the next template entry, and overrides accumulate for the whole level:
 * one that a template did not use is tried again on the next ones.
 */
final class OptionsLoader {

  private final ConfigTemplates templates;
  private final List<Finding> findings;
  private final String fileName;
  private final TemplateExpansion expansion;

  OptionsLoader(
      ConfigTemplates templates,
      List<Finding> findings,
      String fileName,
      TemplateExpansion expansion) {
    this.templates = templates;
    this.findings = findings;
    this.fileName = fileName;
    this.expansion = expansion;
  }

  /**
   * Loads a level of options.
   *
   * @param sections the names of the sections above the level
   * @param chain the templates the level came from, outermost first: a template among them may not
   *     be expanded again inside it
   */
  void load(YamlList options, List<String> sections, List<String> chain) {
    String context = context(sections);
    Map<String, YamlNode> overrides = new LinkedHashMap<>();
    List<OverrideProblem> overrideProblems = new ArrayList<>();
    Map<Object, Integer> names = new HashMap<>();
    // The templates each spliced item came from; an item written at this level has the level's.
    Map<YamlNode, List<String>> chains = new IdentityHashMap<>();
    boolean hideTemplate = false;
    List<YamlNode> items = options.items();
    for (int index = 1; index <= items.size(); index++) {
      YamlNode node = items.get(index - 1);
      String where = context + "option #" + index;
      if (!(node instanceof YamlMap entry)) {
        findings.add(Rule.SPEC_OPTION_INVALID.at(node.origin(), where + " must be a mapping"));
        continue;
      }
      YamlMap option = entry;
      List<String> optionChain = chains.getOrDefault(node, chain);
      boolean resolved = true;
      while (option.has("template")) {
        hideTemplate = PythonValues.truthy(option.value("hidden"));
        Origin templateOrigin = option.get("template").origin();
        YamlNode overrideNode = option.remove("overrides");
        if (overrideNode instanceof YamlMap overrideMap) {
          for (Map.Entry<Object, YamlNode> override : overrideMap.entries()) {
            overrides.put(PythonValues.str(override.getKey()), override.getValue());
          }
        }
        String templateName = PythonValues.str(option.remove("template").toPlain());
        Optional<String> refusal = expansion.refusal(optionChain, templateName);
        YamlNode template = null;
        try {
          if (refusal.isEmpty()) {
            template = templates.load(templateName);
            refusal = expansion.charge(template, templateName);
          }
        } catch (TemplateException e) {
          refusal = Optional.of(e.getMessage());
        }
        if (refusal.isPresent()) {
          findings.add(Rule.SPEC_TEMPLATE_UNKNOWN.at(templateOrigin, where + ": " + refusal.get()));
          resolved = false;
          break;
        }
        optionChain = append(optionChain, templateName);
        if (option.has("name") && template instanceof YamlMap templateMap) {
          templateMap.put("name", option.get("name"));
        }
        List<String> errors = templates.applyOverrides(template, overrides);
        if (!errors.isEmpty()) {
          overrideProblems.add(new OverrideProblem(templateOrigin, where, errors));
        }
        if (template instanceof YamlMap templateMap) {
          templateMap.update(option);
          option = templateMap;
          items.set(index - 1, templateMap);
        } else if (template instanceof YamlList templateList && templateList.size() > 0) {
          items.remove(index - 1);
          items.addAll(index - 1, templateList.items());
          for (YamlNode item : templateList.items()) {
            chains.put(item, optionChain);
          }
          if (!(templateList.items().get(0) instanceof YamlMap first)) {
            findings.add(
                Rule.SPEC_TEMPLATE_UNKNOWN.at(
                    templateOrigin, where + ": the template's items must be mappings"));
            resolved = false;
            break;
          }
          option = first;
        } else {
          String shape =
              template instanceof YamlList ? "an empty list" : "neither a mapping nor a list";
          findings.add(
              Rule.SPEC_TEMPLATE_UNKNOWN.at(templateOrigin, where + ": the template is " + shape));
          resolved = false;
          break;
        }
      }
      if (resolved) {
        loadOption(option, index, where, context, sections, names, hideTemplate, optionChain);
      }
    }
    if (!overrides.isEmpty()) {
      for (OverrideProblem problem : overrideProblems) {
        findings.add(
            Rule.SPEC_OVERRIDE_UNUSED.at(
                problem.origin(), problem.where() + ": " + String.join("; ", problem.errors())));
      }
    }
  }

  private void loadOption(
      YamlMap option,
      int index,
      String where,
      String context,
      List<String> sections,
      Map<Object, Integer> names,
      boolean hideTemplate,
      List<String> chain) {
    if (!option.has("name")) {
      findings.add(Rule.SPEC_OPTION_INVALID.at(option.origin(), where + " needs a `name`"));
      return;
    }
    Object name = option.value("name");
    if (!PythonValues.isStr(name)) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(
              option.get("name").origin(), where + ": `name` must be a string"));
    }
    String label = context + PythonValues.str(name);
    Origin origin = SpecLoader.originOf(option);
    option.putIfAbsent("hidden", new YamlScalar(hideTemplate, option.origin()));
    requireType(
        option, "hidden", PythonValues.isBool(option.value("hidden")), label, "true or false");
    Integer previous = names.putIfAbsent(name, index);
    if (previous != null && !PythonValues.truthy(option.value("hidden"))) {
      findings.add(Rule.SPEC_OPTION_DUPLICATE.at(origin, PythonValues.str(name), previous));
    }
    if (!option.has("description")) {
      findings.add(Rule.SPEC_OPTION_DESCRIPTION.at(origin, label + " needs a `description`"));
      return;
    }
    if (!PythonValues.isStr(option.value("description"))) {
      findings.add(
          Rule.SPEC_OPTION_DESCRIPTION.at(
              option.get("description").origin(), label + ": `description` must be a string"));
    }
    option.putIfAbsent("required", new YamlScalar(false, option.origin()));
    requireType(
        option, "required", PythonValues.isBool(option.value("required")), label, "true or false");
    option.putIfAbsent("display_priority", new YamlScalar(0L, option.origin()));
    requireType(
        option,
        "display_priority",
        PythonValues.isInt(option.value("display_priority")),
        label,
        "an integer");
    checkDeprecation(option, label);
    checkMetadataTags(option, label);
    if (option.has("formats")) {
      Formats.check(option.get("formats"), label, null, findings);
    }
    if (option.has("value") && option.has("options")) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(origin, label + " cannot have both `value` and `options`"));
      return;
    }
    if (option.has("value")) {
      if (!(option.get("value") instanceof YamlMap value)) {
        findings.add(
            Rule.SPEC_OPTION_INVALID.at(
                option.keyOrigin("value"), label + ": `value` must be a mapping"));
        return;
      }
      option.putIfAbsent("secret", new YamlScalar(false, option.origin()));
      requireType(
          option, "secret", PythonValues.isBool(option.value("secret")), label, "true or false");
      new ValueChecker(findings, PythonValues.str(name), label).check(value, 0);
    } else if (option.has("options")) {
      if (!(option.get("options") instanceof YamlList nested)) {
        findings.add(
            Rule.SPEC_OPTION_INVALID.at(
                option.keyOrigin("options"), label + ": `options` must be a list"));
        return;
      }
      option.putIfAbsent("multiple", new YamlScalar(false, option.origin()));
      requireType(
          option,
          "multiple",
          PythonValues.isBool(option.value("multiple")),
          label,
          "true or false");
      option.putIfAbsent("multiple_instances_defined", new YamlScalar(false, option.origin()));
      requireType(
          option,
          "multiple_instances_defined",
          PythonValues.isBool(option.value("multiple_instances_defined")),
          label,
          "true or false");
      List<String> deeper = new ArrayList<>(sections);
      deeper.add(PythonValues.str(name));
      load(nested, deeper, chain);
    }
  }

  private void requireType(YamlMap option, String key, boolean ok, String label, String expected) {
    if (!ok) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(
              option.keyOrigin(key), label + ": `" + key + "` must be " + expected));
    }
  }

  private void checkDeprecation(YamlMap option, String label) {
    option.putIfAbsent("deprecation", new YamlMap(option.origin()));
    if (!(option.get("deprecation") instanceof YamlMap deprecation)) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(
              option.keyOrigin("deprecation"), label + ": `deprecation` must be a mapping"));
      return;
    }
    for (Map.Entry<Object, YamlNode> entry : deprecation.entries()) {
      if (!PythonValues.isStr(entry.getValue().toPlain())) {
        findings.add(
            Rule.SPEC_OPTION_INVALID.at(
                entry.getValue().origin(),
                label
                    + ": deprecation `"
                    + PythonValues.str(entry.getKey())
                    + "` must be a string"));
      }
    }
  }

  private void checkMetadataTags(YamlMap option, String label) {
    option.putIfAbsent("metadata_tags", new YamlList(option.origin()));
    if (!(option.get("metadata_tags") instanceof YamlList tags)) {
      findings.add(
          Rule.SPEC_OPTION_INVALID.at(
              option.keyOrigin("metadata_tags"), label + ": `metadata_tags` must be a list"));
      return;
    }
    for (YamlNode tag : tags.items()) {
      if (!PythonValues.isStr(tag.toPlain())) {
        findings.add(
            Rule.SPEC_OPTION_INVALID.at(
                tag.origin(), label + ": `metadata_tags` must only hold strings"));
      }
    }
  }

  private static List<String> append(List<String> chain, String template) {
    List<String> longer = new ArrayList<>(chain);
    longer.add(template);
    return List.copyOf(longer);
  }

  private String context(List<String> sections) {
    StringBuilder text = new StringBuilder("file `").append(fileName).append("`, ");
    for (String section : sections) {
      text.append(section).append(", ");
    }
    return text.toString();
  }

  /** Overrides a template could not use, reported only if they stay unused for the level. */
  private record OverrideProblem(Origin origin, String where, List<String> errors) {}
}
