package io.github.ddassets.core.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.ddassets.core.rules.FailOn;
import io.github.ddassets.core.rules.RulePolicy;
import io.github.ddassets.core.rules.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A project's {@code .ddassets.toml}: the rule levels, the failing threshold and the additions to
 * Datadog's lists that every run over the project shares, so that CI, a developer's shell and the
 * build agree without repeating options.
 *
 * <pre>{@code
 * fail-on = "warning"
 *
 * [rules]
 * metadata-short-name-empty = "off"
 * manifest-classifier-tag-unknown = "error"
 *
 * [extend]
 * units = ["kibibyte"]
 * classifier-tags = ["Category::Quantum"]
 * global-metric-prefixes = ["otel."]
 * }</pre>
 *
 * @param file the file read
 * @param rules the level of each rule it sets
 * @param failOn the failing threshold it sets, if any
 * @param vocabulary the units, classifier tags and global prefixes it adds
 */
public record ProjectFile(
    Path file, RulePolicy rules, Optional<FailOn> failOn, Vocabulary vocabulary) {

  /** The file's name, looked for in the validated folder and each folder above it. */
  public static final String NAME = ".ddassets.toml";

  private static final Set<String> KEYS = Set.of("fail-on", "rules", "extend");
  private static final Set<String> EXTEND_KEYS =
      Set.of("units", "classifier-tags", "global-metric-prefixes");

  /** The nearest {@value #NAME} in a folder or one of the folders above it. */
  public static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a project file.
   *
   * @param file the file
   * @param shown how to name it in messages
   * @throws IOException when it cannot be read or says something ddassets does not understand: the
   *     message names the file, the line where the TOML syntax fails, and the key or rule id that
   *     is wrong
   */
  public static ProjectFile read(Path file, String shown) throws IOException {
    JsonNode root;
    try {
      root = new TomlMapper().readTree(TextFiles.readUtf8(file));
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where = at == null || at.getLineNr() <= 0 ? "" : ":" + at.getLineNr();
      throw new IOException(shown + where + ": not valid TOML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IOException("cannot read " + shown + ": " + TextFiles.describe(e));
    }
    List<String> problems = new ArrayList<>();
    unknownKeys(root, KEYS, "", problems);
    Optional<FailOn> failOn = Optional.empty();
    if (root.has("fail-on")) {
      String text = root.get("fail-on").asText();
      failOn = FailOn.parse(text);
      if (failOn.isEmpty()) {
        problems.add("fail-on = \"" + text + "\" is not error, warning or none");
      }
    }
    for (String table : List.of("rules", "extend")) {
      if (root.has(table) && !root.get(table).isObject()) {
        problems.add(table + " must be a table ([" + table + "])");
      }
    }
    Map<String, String> levels = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> rules = root.path("rules").fields();
    while (rules.hasNext()) {
      Map.Entry<String, JsonNode> rule = rules.next();
      levels.put(rule.getKey(), rule.getValue().asText());
    }
    RulePolicy.Parsed policy = RulePolicy.of(levels);
    policy.problems().forEach(problem -> problems.add("[rules] " + problem));
    JsonNode extend = root.path("extend");
    unknownKeys(extend, EXTEND_KEYS, "[extend] ", problems);
    Vocabulary vocabulary =
        new Vocabulary(
            new LinkedHashSet<>(strings(extend, "units", problems)),
            new LinkedHashSet<>(strings(extend, "classifier-tags", problems)),
            strings(extend, "global-metric-prefixes", problems));
    if (!problems.isEmpty()) {
      throw new IOException(shown + ": " + String.join("; ", problems));
    }
    return new ProjectFile(file, policy.policy(), failOn, vocabulary);
  }

  private static void unknownKeys(
      JsonNode table, Set<String> known, String where, List<String> problems) {
    table
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key)) {
                problems.add(
                    where
                        + "`"
                        + key
                        + "` is not a key ddassets knows (use "
                        + String.join(", ", known.stream().sorted().toList())
                        + ")");
              }
            });
  }

  private static List<String> strings(JsonNode table, String key, List<String> problems) {
    JsonNode values = table.path(key);
    List<String> items = new ArrayList<>();
    if (values.isMissingNode()) {
      return items;
    }
    if (!values.isArray()) {
      problems.add("[extend] " + key + " must be an array of strings");
      return items;
    }
    for (JsonNode value : values) {
      if (!value.isTextual() || value.asText().isBlank()) {
        problems.add("[extend] " + key + " must hold non-empty strings");
        return items;
      }
      items.add(value.asText());
    }
    return items;
  }
}
