package io.github.ddassets.cli.imports;

import io.github.ddassets.cli.imports.ExampleParams.Param;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.yaml.PyYaml;
import io.github.ddassets.core.yaml.PythonValues;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The spec.yaml an example file without one stands for: one option per {@code ## @param} block, in
 * the section it is written in, with the type, requirement, default, description, example and
 * enabled state the block shows. Rendered as ddev renders a spec, it gives the example back, or
 * the example in ddev's own layout; what the blocks cannot say becomes a note.
 */
final class ExampleSpec {

  /**
   * The spec and what it could not keep.
   *
   * @param text the spec.yaml text
   * @param notes what the example shows that the spec does not say, one sentence each
   */
  record Result(String text, List<String> notes) {}

  private ExampleSpec() {}

  /**
   * Builds the spec of an example.
   *
   * @param example the example's text
   * @param shown how to name the example in notes
   * @param integration the integration's name (the spec's file is {@code <name>.yaml})
   * @param displayName the spec's {@code name}
   * @param templates the templates the spec's default templates come from
   */
  static Result of(
      String example,
      String shown,
      String integration,
      String displayName,
      ConfigTemplates templates) {
    ExampleParams.Parsed parsed = ExampleParams.parse(example, shown);
    List<String> notes = new ArrayList<>(parsed.notes());
    List<Object> files = new ArrayList<>();
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("name", integration.toLowerCase(Locale.ROOT) + ".yaml");
    List<Object> sections = new ArrayList<>();
    Map<String, List<Param>> defaults = defaultOptions(templates);
    for (String section : ExampleParams.SECTIONS) {
      // ddev wants each section built on its default template: the options the example documents
      // that the template brings come from it, with overrides where the example says otherwise;
      // the template's others are hidden. The annotations write a section's templates all before
      // or all after its own options, so the template goes first when the example starts with
      // one of its options, else last.
      Map<String, Param> brought = new LinkedHashMap<>();
      defaults.getOrDefault(section, List.of()).forEach(param -> brought.put(param.name(), param));
      List<String> documented = new ArrayList<>();
      List<Object> own = new ArrayList<>();
      Map<String, Object> overrides = new LinkedHashMap<>();
      boolean templateFirst = false;
      for (Param param : parsed.params()) {
        if (!param.section().equals(section)) {
          continue;
        }
        Param standard = brought.get(param.name());
        if (standard == null) {
          own.add(option(param, shown, notes));
          continue;
        }
        templateFirst |= documented.isEmpty() && own.isEmpty();
        documented.add(param.name());
        overrides.putAll(differences(param, standard));
      }
      brought.keySet().stream()
          .filter(name -> !documented.contains(name))
          .forEach(name -> overrides.put(name + ".hidden", true));
      Map<String, Object> template = new LinkedHashMap<>();
      template.put("template", section + "/default");
      if (!overrides.isEmpty()) {
        template.put("overrides", overrides);
      }
      List<Object> options = new ArrayList<>();
      if (templateFirst) {
        options.add(template);
      }
      options.addAll(own);
      if (!templateFirst) {
        options.add(template);
      }
      if (!documented.isEmpty()) {
        notes.add(
            shown
                + ": "
                + String.join(", ", documented)
                + " in "
                + section
                + " are taken from ddev's "
                + section
                + "/default template, with its types and its place among the options");
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("template", section);
      entry.put("options", options);
      sections.add(entry);
    }
    file.put("options", sections);
    files.add(file);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", displayName);
    spec.put("files", files);
    return new Result(PyYaml.dumpBlock(spec), notes);
  }

  /** The overrides that make a template's option say what the example's block says. */
  private static Map<String, Object> differences(Param param, Param standard) {
    Map<String, Object> overrides = new LinkedHashMap<>();
    String name = param.name();
    if (!param.description().equals(standard.description())) {
      overrides.put(name + ".description", String.join("\n", param.description()));
    }
    if (param.required() != standard.required()) {
      overrides.put(name + ".required", param.required());
    }
    if (param.enabled() != standard.enabled()) {
      overrides.put(name + ".enabled", param.enabled());
    }
    Object example = param.example().filter(x -> x != ExampleParams.NULL).orElse(null);
    if (example != null && !param.example().equals(standard.example())) {
      overrides.put(name + ".value.example", example);
    }
    return overrides;
  }

  /** The options each section's default template brings, read from what it renders. */
  private static Map<String, List<Param>> defaultOptions(ConfigTemplates templates) {
    String probe =
        "name: probe\nfiles:\n- name: probe.yaml\n  options:\n"
            + "  - template: init_config\n    options:\n    - template: init_config/default\n"
            + "  - template: instances\n    options:\n    - template: instances/default\n";
    Map<String, List<Param>> names = new LinkedHashMap<>();
    SpecRendering.render(probe, "probe", "probe", templates).examples().stream()
        .findFirst()
        .ifPresent(
            rendered ->
                ExampleParams.parse(rendered.text(), "probe")
                    .params()
                    .forEach(
                        param ->
                            names
                                .computeIfAbsent(param.section(), key -> new ArrayList<>())
                                .add(param)));
    return names;
  }

  private static Map<String, Object> option(Param param, String shown, List<String> notes) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("name", param.name());
    option.put("description", String.join("\n", longLinesMarked(param.description())));
    option.put("required", param.required());
    if (param.enabled() != param.required()) {
      option.put("enabled", param.enabled());
    }
    Map<String, Object> value = new LinkedHashMap<>();
    String where = shown + ":" + param.line() + ": `" + param.name() + "`";
    Object example = param.example().filter(x -> x != ExampleParams.NULL).orElse(null);
    String type = type(param.type(), example);
    if (type == null) {
      notes.add(where + ": the type `" + param.type() + "` is none of ddev's; it becomes a string");
      type = "string";
    }
    value.put("type", type);
    if (type.equals("array")) {
      value.put("items", Map.of("type", itemType(param.type(), example)));
    }
    if (example == null && type.equals("boolean")) {
      // ddev requires a boolean's example: the default, else false.
      example = param.defaultText().map(text -> !text.equalsIgnoreCase("false")).orElse(false);
      notes.add(where + ": a boolean without an example is shown with `" + example + "`");
    }
    if (example != null) {
      value.put("example", asType(type, example, where, notes));
    } else if (param.example().isPresent()) {
      notes.add(where + ": the example is the name alone, which the spec cannot show");
    }
    defaultValue(param, type, example, value);
    option.put("value", value);
    return option;
  }

  /**
   * The description's lines, those over ddev's 120 characters once rendered marked {@code /noqa},
   * which ddev accepts and leaves out of the example: the example already shows them so.
   */
  private static List<String> longLinesMarked(List<String> lines) {
    return lines.stream()
        .map(line -> renderedLength(line) > DESCRIPTION_LIMIT ? line + " /noqa" : line)
        .toList();
  }

  /** The length of a description line as an option of a section renders it: {@code "    ## "}. */
  private static int renderedLength(String line) {
    return "    ## ".length() + line.codePointCount(0, line.length());
  }

  /** ddev's limit on a rendered description line. */
  private static final int DESCRIPTION_LIMIT = 120;

  /** ddev's type of a type the {@code @param} line names, or null for one it does not know. */
  private static String type(String text, Object example) {
    String type = text.toLowerCase(Locale.ROOT);
    if (type.startsWith("list")) {
      return "array";
    }
    return switch (type) {
      case "string", "str" -> "string";
      case "integer", "int" -> "integer";
      case "float", "number", "double" -> "number";
      case "boolean", "bool" -> "boolean";
      case "dictionary", "dict", "mapping", "object", "map" -> "object";
      default -> example instanceof Map<?, ?> ? "object" : null;
    };
  }

  private static String itemType(String text, Object example) {
    String type = text.toLowerCase(Locale.ROOT);
    if (type.contains("integer")) {
      return "integer";
    }
    if (example instanceof List<?> items && !items.isEmpty()) {
      if (items.stream().allMatch(item -> item instanceof Map<?, ?>)) {
        return "object";
      }
      if (items.stream().allMatch(item -> item instanceof Long)) {
        return "integer";
      }
    }
    return "string";
  }

  /** The example as a value of the type: a number written for a string becomes its text. */
  private static Object asType(String type, Object example, String where, List<String> notes) {
    if (type.equals("string") && !(example instanceof String)) {
      notes.add(where + ": the example `" + PythonValues.str(example) + "` is not text");
      return PythonValues.str(example);
    }
    if (type.equals("number") && example instanceof Long number) {
      return number.doubleValue();
    }
    return example;
  }

  /**
   * The default the {@code @param} line shows: {@code default} when its value is shown as written,
   * else {@code display_default} with the text; without a default, {@code display_default: null}
   * where ddev would show the example as the default.
   */
  private static void defaultValue(
      Param param, String type, Object example, Map<String, Object> value) {
    if (param.required()) {
      return;
    }
    if (param.defaultText().isEmpty()) {
      if (showsExample(example)) {
        value.put("display_default", null);
      }
      return;
    }
    String text = param.defaultText().get();
    Object parsed = parse(text);
    if (parsed != null && type.equals("string")) {
      parsed = PythonValues.str(parsed);
    }
    if (parsed instanceof Long number && type.equals("number")) {
      parsed = number.doubleValue();
    }
    boolean fits =
        switch (type) {
          case "string" -> parsed instanceof String;
          case "integer" -> parsed instanceof Long;
          case "number" -> parsed instanceof Double;
          case "boolean" -> parsed instanceof Boolean;
          default -> false;
        };
    if (fits && shown(parsed).equals(text)) {
      value.put("default", parsed);
    } else {
      value.put("display_default", text);
    }
  }

  /** How ddev shows a default value. */
  private static String shown(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Boolean bool) {
      return bool ? "true" : "false";
    }
    return PythonValues.repr(value);
  }

  /** Whether ddev shows an example as the default of an option that has none. */
  private static boolean showsExample(Object example) {
    if (example instanceof Boolean || example instanceof Long || example instanceof Double) {
      return true;
    }
    return example instanceof String text
        && !text.isEmpty()
        && !(text.charAt(0) == '<' && text.charAt(text.length() - 1) == '>');
  }

  private static Object parse(String text) {
    try {
      YamlNode node = YamlReader.read("value: " + text + "\n", "default");
      return Optional.ofNullable(node)
          .map(YamlNode::toPlain)
          .filter(Map.class::isInstance)
          .map(map -> ((Map<?, ?>) map).get("value"))
          .orElse(null);
    } catch (YamlSyntaxException | RuntimeException e) {
      return null;
    }
  }
}
