package io.github.ddassets.core.render;

import io.github.ddassets.core.config.LoadedSpec;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the example files of a loaded spec ({@code conf.yaml.example}, {@code auto_conf.yaml})
 * exactly as ddev's example consumer does: {@code ## @param} headers, {@code ##} descriptions, the
 * example as YAML, commented out unless the option is enabled, sections sorted by display priority,
 * list-valued sections opening a YAML list item.
 */
public final class ExampleRenderer {

  /** Keys an option may have (anything else is an error when rendering). */
  static final Set<String> OPTION_KEYS =
      Set.of(
          "name",
          "description",
          "required",
          "hidden",
          "display_priority",
          "deprecation",
          "legacy",
          "multiple",
          "multiple_instances_defined",
          "metadata_tags",
          "options",
          "value",
          "secret",
          "enabled",
          "example",
          "template",
          "overrides",
          "fleet_configurable",
          "formats");

  /** Keys a value may have: OpenAPI schema properties and ddev's additions. */
  static final Set<String> VALUE_KEYS =
      Set.of(
          "additionalProperties",
          "allOf",
          "anyOf",
          "default",
          "description",
          "enum",
          "exclusiveMaximum",
          "exclusiveMinimum",
          "format",
          "items",
          "maxItems",
          "maxLength",
          "maxProperties",
          "maximum",
          "minItems",
          "minLength",
          "minProperties",
          "minimum",
          "multipleOf",
          "not",
          "oneOf",
          "pattern",
          "properties",
          "required",
          "title",
          "type",
          "uniqueItems",
          "example",
          "display_default",
          "compact_example",
          "require_trusted_provider");

  private static final int LINE_LIMIT = 120;
  private static final String NOQA = " /noqa";

  /** Options by display priority, highest first. */
  private static final Comparator<YamlMap> BY_PRIORITY =
      new Comparator<>() {
        @Override
        public int compare(YamlMap a, YamlMap b) {
          return Long.compare(-priority(a), -priority(b));
        }
      };

  private final ExampleYaml yaml;

  ExampleRenderer(ExampleYaml yaml) {
    this.yaml = yaml;
  }

  /** A renderer that dumps examples as PyYAML does. */
  public static ExampleRenderer pyYaml() {
    return new ExampleRenderer(PyYamlExamples.INSTANCE);
  }

  /** Every example file of the spec, in the order of its {@code files}. */
  public List<RenderedExample> render(LoadedSpec spec) {
    List<RenderedExample> examples = new ArrayList<>();
    for (YamlMap file : spec.files()) {
      examples.add(renderFile(file));
    }
    return examples;
  }

  private RenderedExample renderFile(YamlMap file) {
    Writer out = new Writer();
    List<YamlMap> options = mappings(file.get("options"));
    for (int i = 1; i <= options.size(); i++) {
      YamlMap option = options.get(i - 1);
      if (PythonValues.truthy(option.value("hidden"))) {
        continue;
      }
      writeOption(option, out, "", false);
      if (i != options.size()) {
        out.text.append('\n');
      }
    }
    return new RenderedExample(
        PythonValues.str(file.value("example_name")), out.text.toString(), out.findings);
  }

  private void writeOption(YamlMap option, Writer out, String indent, boolean startList) {
    String name = PythonValues.str(option.value("name"));
    unknownKeys(option, OPTION_KEYS, Rule.SPEC_OPTION_UNKNOWN_KEY, name, out);
    if (option.has("value")) {
      // A value that is not a mapping is the loader's finding; there is nothing to render.
      if (option.get("value") instanceof YamlMap value) {
        writeParameter(option, value, name, out, indent, startList);
      }
    } else {
      writeSection(option, name, out, indent);
    }
  }

  private void writeParameter(
      YamlMap option, YamlMap value, String name, Writer out, String indent, boolean startList) {
    boolean required = PythonValues.truthy(option.value("required"));
    out.text
        .append(indent)
        .append("## @param ")
        .append(name)
        .append(" - ")
        .append(ValueTypes.describe(value))
        .append(" - ")
        .append(required ? "required" : "optional");
    unknownKeys(value, VALUE_KEYS, Rule.SPEC_VALUE_UNKNOWN_KEY, name, out);
    Object example = value.value("example");
    if (!required) {
      out.text.append(DefaultText.of(value, example));
    }
    out.text.append('\n');
    writeDescription(option, out, indent, "option");
    out.text.append(indent).append("#\n");
    String exampleYaml;
    String lineIndent = indent;
    if (startList) {
      exampleYaml = yaml.block(List.of(singleEntry(name, example)));
      lineIndent = indent.substring(0, indent.length() - 2);
    } else if (PythonValues.truthy(value.value("compact_example"))
        && example instanceof List<?> items) {
      exampleYaml = compact(name, items);
    } else {
      exampleYaml = yaml.block(singleEntry(name, example));
    }
    String continuation = example instanceof List<?> list && !list.isEmpty() ? "  " : "";
    writeExampleLines(exampleYaml, out, lineIndent, !enabled(option), continuation, true);
  }

  private String compact(String name, List<?> items) {
    List<String> lines = new ArrayList<>();
    lines.add(name + ":");
    for (Object item : items) {
      String dumped = item instanceof String ? yaml.flowDoubleQuoted(item) : yaml.flowOneLine(item);
      lines.add("- " + dumped.strip());
    }
    return String.join("\n", lines);
  }

  private void writeSection(YamlMap option, String name, Writer out, String indent) {
    writeDescription(option, out, indent, "section");
    out.text.append(indent).append("#\n");
    if (option.has("options")) {
      boolean multiple = PythonValues.truthy(option.value("multiple"));
      boolean instancesDefined = PythonValues.truthy(option.value("multiple_instances_defined"));
      out.text.append(indent).append(enabled(option) ? "" : "# ").append(name).append(":\n");
      if (multiple && instancesDefined) {
        List<YamlMap> instances = mappings(option.get("options"));
        for (int index = 0; index < instances.size(); index++) {
          writeSubOptions(instances.get(index), out, indent, true, true, index == 0);
        }
      } else {
        writeSubOptions(option, out, indent, multiple, false, false);
      }
      return;
    }
    Object example =
        option.has("example")
            ? option.value("example")
            : PythonValues.truthy(option.value("multiple")) ? List.of() : Map.of();
    String continuation = example instanceof List<?> list && !list.isEmpty() ? "  " : "";
    writeExampleLines(
        yaml.block(singleEntry(name, example)), out, indent, !enabled(option), continuation, false);
  }

  /**
   * The children of a section, sorted by display priority (highest first, stable), hidden ones
   * skipped. In a list-valued section the first child opens the list item.
   */
  private void writeSubOptions(
      YamlMap section,
      Writer out,
      String indent,
      boolean multiple,
      boolean topDescription,
      boolean startList) {
    List<YamlMap> options = new ArrayList<>(mappings(section.get("options")));
    options.sort(BY_PRIORITY);
    String nextIndent = indent + "    ";
    if (options.isEmpty()) {
      if (multiple) {
        out.text.append('\n').append(nextIndent, 0, nextIndent.length() - 2).append("- {}\n");
      }
      return;
    }
    for (int i = 0; i < options.size(); i++) {
      YamlMap option = options.get(i);
      if (PythonValues.truthy(option.value("hidden"))) {
        continue;
      }
      out.text.append('\n');
      if (i == 0 && multiple) {
        if (topDescription && PythonValues.truthy(section.value("description"))) {
          writeDescription(section, out, nextIndent, "option");
        }
        if (startList && option.has("options")) {
          out.text.append(indent).append("  -\n");
        }
        if (enabled(option)) {
          writeOption(option, out, nextIndent, true);
        } else {
          out.text.append(nextIndent, 0, nextIndent.length() - 2).append("-\n");
          writeOption(option, out, nextIndent, false);
        }
      } else {
        writeOption(option, out, nextIndent, false);
      }
    }
  }

  private void writeExampleLines(
      String exampleYaml,
      Writer out,
      String indent,
      boolean commented,
      String continuation,
      boolean indentFirst) {
    List<String> lines = PythonValues.splitLines(exampleYaml);
    for (int i = 0; i < lines.size(); i++) {
      if (indentFirst) {
        out.text.append(indent);
        if (commented) {
          out.text.append("# ");
        }
      } else if (commented) {
        out.text.append(indent).append("# ");
      }
      if (i > 0) {
        out.text.append(continuation);
      }
      out.text.append(lines.get(i)).append('\n');
    }
  }

  private void writeDescription(YamlMap option, Writer out, String indent, String kind) {
    StringBuilder description = new StringBuilder(PythonValues.str(option.value("description")));
    if (option.get("deprecation") instanceof YamlMap deprecation && deprecation.size() > 0) {
      description.append("\n\n<<< DEPRECATED >>>\n\n");
      for (Map.Entry<Object, YamlNode> entry : deprecation.entries()) {
        String keyPart = PythonValues.str(entry.getKey()) + ": ";
        description.append(keyPart);
        List<String> infoLines =
            PythonValues.splitLines(PythonValues.str(entry.getValue().toPlain()));
        for (int i = 0; i < infoLines.size(); i++) {
          if (i > 0) {
            description.append(" ".repeat(keyPart.length()));
          }
          description.append(infoLines.get(i)).append('\n');
        }
      }
    }
    for (String line : PythonValues.splitLines(description.toString())) {
      if (line.isEmpty()) {
        out.text.append(indent).append("##\n");
        continue;
      }
      String rendered = indent + "## " + line;
      if (PythonValues.length(rendered) > LINE_LIMIT && !rendered.contains(NOQA)) {
        int over = PythonValues.length(rendered) - LINE_LIMIT;
        out.findings.add(
            Rule.SPEC_DESCRIPTION_TOO_LONG.at(
                descriptionOrigin(option), kind, PythonValues.str(option.value("name")), over));
      } else if (rendered.contains(NOQA)) {
        rendered = rendered.replace(NOQA, "");
      }
      out.text.append(rendered).append('\n');
    }
  }

  private static io.github.ddassets.core.model.Origin descriptionOrigin(YamlMap option) {
    YamlNode description = option.get("description");
    return description != null ? description.origin() : option.origin();
  }

  private void unknownKeys(YamlMap map, Set<String> allowed, Rule rule, String name, Writer out) {
    for (Object key : map.keys()) {
      if (!allowed.contains(key)) {
        out.findings.add(rule.at(map.keyOrigin(key), name, PythonValues.str(key)));
      }
    }
  }

  /** ddev's rule: {@code enabled} when given, else {@code required}. */
  static boolean enabled(YamlMap option) {
    return option.has("enabled")
        ? PythonValues.truthy(option.value("enabled"))
        : PythonValues.truthy(option.value("required"));
  }

  private static long priority(YamlMap option) {
    Object priority = option.value("display_priority");
    if (priority instanceof Boolean bool) {
      return bool ? 1 : 0;
    }
    return priority instanceof Number number ? number.longValue() : 0;
  }

  /**
   * The mappings of a list of options. Anything else (a list item or an {@code options} that is not
   * a mapping, or not a list) is a finding of the loader, and is left out of the rendering.
   */
  private static List<YamlMap> mappings(YamlNode options) {
    if (!(options instanceof YamlList list)) {
      return List.of();
    }
    List<YamlMap> mappings = new ArrayList<>();
    for (YamlNode item : list.items()) {
      if (item instanceof YamlMap map) {
        mappings.add(map);
      }
    }
    return mappings;
  }

  private static Map<Object, Object> singleEntry(String name, Object example) {
    Map<Object, Object> map = new java.util.LinkedHashMap<>();
    map.put(name, example);
    return map;
  }

  /** The text and findings of one file being rendered. */
  private static final class Writer {
    final StringBuilder text = new StringBuilder();
    final List<Finding> findings = new ArrayList<>();
  }
}
