package io.github.ddassets.cli.imports;

import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options an example file documents, read from its {@code ## @param} blocks: the format of
 * Datadog's example files, {@code ## @param name - type - required|optional - default: x}, then
 * the description's {@code ##} lines, a {@code #} line, and the example, commented out ({@code #
 * name: value}) unless the option is enabled.
 */
final class ExampleParams {

  /** The sections of the main configuration file, in the order an example has them. */
  static final List<String> SECTIONS = List.of("init_config", "instances");

  private static final Pattern PARAM =
      Pattern.compile(
          "^(\\s*)## @param (\\S+) - (.+?) - (required|optional)(?: - default: (.*?))?\\s*$");
  private static final Pattern SECTION = Pattern.compile("^(init_config|instances):\\s*(#.*)?$");

  /**
   * One documented option.
   *
   * @param section {@code init_config} or {@code instances}
   * @param name the option's name
   * @param type the type as the {@code @param} line says it, such as {@code list of strings}
   * @param required whether the line says {@code required}
   * @param defaultText what follows {@code default:}, or empty
   * @param description the description's lines, without their {@code ## }
   * @param enabled whether the example is written out rather than commented
   * @param example the example value, when its lines read as YAML under the option's name
   * @param line the 1-based line of the {@code @param} line
   */
  record Param(
      String section,
      String name,
      String type,
      boolean required,
      Optional<String> defaultText,
      List<String> description,
      boolean enabled,
      Optional<Object> example,
      int line) {}

  /**
   * What an example file documents.
   *
   * @param params its options, in file order
   * @param sections the sections it has, in file order
   * @param notes what could not be read back, one sentence each
   */
  record Parsed(List<Param> params, List<String> sections, List<String> notes) {}

  private ExampleParams() {}

  /**
   * Reads the documented options of an example file.
   *
   * @param text the example's text
   * @param shown how to name the file in notes
   */
  static Parsed parse(String text, String shown) {
    List<String> lines = text.lines().toList();
    List<Param> params = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String section = null;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      Matcher sectionLine = SECTION.matcher(line);
      if (sectionLine.matches()) {
        section = sectionLine.group(1);
        sections.add(section);
        i++;
        continue;
      }
      Matcher param = PARAM.matcher(line);
      if (!param.matches()) {
        i++;
        continue;
      }
      int at = i + 1;
      if (section == null) {
        notes.add(
            shown
                + ":"
                + at
                + ": the option `"
                + param.group(2)
                + "` comes before init_config and instances; it is left out");
        i++;
        continue;
      }
      i++;
      List<String> description = new ArrayList<>();
      while (i < lines.size() && lines.get(i).strip().startsWith("##")) {
        if (PARAM.matcher(lines.get(i)).matches()) {
          break;
        }
        String stripped = lines.get(i).strip();
        description.add(
            stripped.startsWith("## ") ? stripped.substring(3) : stripped.substring(2).strip());
        i++;
      }
      if (i < lines.size() && lines.get(i).strip().equals("#")) {
        i++;
      }
      List<String> exampleLines = new ArrayList<>();
      while (i < lines.size()
          && !lines.get(i).isBlank()
          && !PARAM.matcher(lines.get(i)).matches()
          && !lines.get(i).strip().startsWith("##")
          && !SECTION.matcher(lines.get(i)).matches()) {
        exampleLines.add(lines.get(i));
        i++;
      }
      String name = param.group(2);
      boolean enabled =
          !exampleLines.isEmpty() && !exampleLines.get(0).strip().startsWith("#");
      Optional<Object> example = example(name, exampleLines, enabled);
      if (example.isEmpty()) {
        notes.add(
            shown
                + ":"
                + at
                + ": the example of `"
                + name
                + "` does not read as YAML under its name; the option is documented without it");
      }
      params.add(
          new Param(
              section,
              name,
              param.group(3).strip(),
              param.group(4).equals("required"),
              Optional.ofNullable(param.group(5)).map(String::strip).filter(x -> !x.isEmpty()),
              List.copyOf(trimEmpty(description)),
              enabled,
              example,
              at));
    }
    return new Parsed(params, sections, notes);
  }

  /** The example under the option's name, its lines uncommented and unindented. */
  private static Optional<Object> example(String name, List<String> lines, boolean enabled) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    List<String> plain = new ArrayList<>();
    for (String line : lines) {
      String text = line;
      if (!enabled) {
        String stripped = text.stripLeading();
        if (!stripped.startsWith("#")) {
          return Optional.empty();
        }
        int indent = text.length() - stripped.length();
        String rest = stripped.substring(1);
        text = " ".repeat(indent) + (rest.startsWith(" ") ? rest.substring(1) : rest);
      }
      plain.add(text);
    }
    // The first instance option opens the list item: "  - url: x".
    String first = plain.get(0).stripLeading();
    int indent = plain.get(0).length() - first.length();
    if (first.startsWith("- ")) {
      first = first.substring(2);
      indent += 2;
    }
    StringBuilder yaml = new StringBuilder(first).append('\n');
    for (String line : plain.subList(1, plain.size())) {
      int lead = line.length() - line.stripLeading().length();
      yaml.append(line.substring(Math.min(lead, indent))).append('\n');
    }
    try {
      YamlNode node = YamlReader.read(yaml.toString(), name);
      if (node instanceof YamlMap map && map.size() == 1 && map.has(name)) {
        return Optional.ofNullable(map.value(name)).or(() -> Optional.of(NULL));
      }
    } catch (YamlSyntaxException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** An example written as the name alone ({@code name:}), which YAML reads as null. */
  static final Object NULL = new Object();

  private static List<String> trimEmpty(List<String> lines) {
    List<String> trimmed = new ArrayList<>(lines);
    while (!trimmed.isEmpty() && trimmed.get(trimmed.size() - 1).isEmpty()) {
      trimmed.remove(trimmed.size() - 1);
    }
    return trimmed;
  }
}
