package io.github.ddassets.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.render.ExampleRenderer;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.testing.SharedReference;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlScalar;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in templates ({@code core/src/main/resources/io/github/ddassets/core/templates}) have
 * the structure of ddev's templates (the copies in {@code ../shared/reference/ddev-templates}),
 * option for option and value for value, but descriptions of their own: none is copied, not even
 * one sentence. Real specs of the integrations-extras corpus resolve against them with no template
 * or override problem.
 */
class BuiltInTemplatesTest {

  private static final String RESOURCES = "/io/github/ddassets/core/templates/";
  private static final String BUILT_IN_PREFIX = "ddassets:templates/";
  private static final int LINE_LIMIT = 120;
  private static final String OPTION_INDENT = "    ";
  private static final int SHORTEST_SENTENCE = 25;
  private static final Pattern SENTENCE_BREAK = Pattern.compile("\\. |\\R");
  private static final Pattern PURE_URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S+");

  @Test
  void everyDdevTemplate_hasBuiltInTwin_withSameStructureOnceDescriptionsAreRemoved()
      throws IOException, YamlSyntaxException {
    Map<String, String> ddev = ddevTemplates();
    Map<String, String> builtIn = builtInTemplates();
    assertThat(ddev).as("ddev templates in ../shared/reference/ddev-templates").isNotEmpty();
    assertThat(builtIn.keySet())
        .as("built-in template files")
        .containsExactlyElementsOf(ddev.keySet());

    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, String> entry : ddev.entrySet()) {
      String path = entry.getKey();
      Object expected = withoutDescriptions(plain(entry.getValue(), "ddev:" + path));
      Object actual = withoutDescriptions(plain(builtIn.get(path), BUILT_IN_PREFIX + path));
      firstDifference(expected, actual, "$")
          .ifPresent(difference -> differences.add(path + ": " + difference));
    }
    assertThat(differences).as("structural differences from ddev's templates").isEmpty();
  }

  @Test
  void noDescription_isCopiedFromDdev() throws IOException, YamlSyntaxException {
    Map<String, String> ddev = ddevTemplates();
    Map<String, String> builtIn = builtInTemplates();
    Map<String, String> ours = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : builtIn.entrySet()) {
      Map<String, String> found = new LinkedHashMap<>();
      locateDescriptions(plain(entry.getValue(), BUILT_IN_PREFIX + entry.getKey()), "$", found);
      found.forEach((where, text) -> ours.put(entry.getKey() + " " + where, normalized(text)));
    }
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (Map.Entry<String, String> entry : ddev.entrySet()) {
      String path = entry.getKey();
      if (!builtIn.containsKey(path)) {
        continue;
      }
      Map<String, String[]> pairs = new LinkedHashMap<>();
      pairDescriptions(
          plain(entry.getValue(), "ddev:" + path),
          plain(builtIn.get(path), BUILT_IN_PREFIX + path),
          "$",
          pairs);
      for (Map.Entry<String, String[]> pair : pairs.entrySet()) {
        String where = path + " " + pair.getKey();
        String original = pair.getValue()[0];
        String twin = pair.getValue()[1];
        if (twin == null || twin.isBlank()) {
          problems.add(where + ": ddev has a description, the built-in template has none");
          continue;
        }
        compared++;
        if (normalized(twin).equals(normalized(original))) {
          problems.add(where + ": the description is ddev's");
        }
        // A sentence may not reappear in the same option, nor anywhere else in the built-in set.
        for (String sentence : SENTENCE_BREAK.split(original)) {
          String trimmed = sentence.strip();
          if (trimmed.length() < SHORTEST_SENTENCE || PURE_URL.matcher(trimmed).matches()) {
            continue;
          }
          ours.forEach(
              (ourPlace, ourText) -> {
                if (ourText.contains(normalized(trimmed))) {
                  problems.add(
                      ourPlace + ": copies the sentence \"" + trimmed + "\" of ddev's " + where);
                }
              });
        }
      }
    }
    assertThat(compared).as("descriptions compared").isPositive();
    assertThat(problems).as("descriptions copied from ddev's templates").isEmpty();
  }

  @Test
  void everyBuiltInTemplate_parses_andItsDescriptionLinesFitWhenRenderedAsOptions()
      throws IOException, YamlSyntaxException {
    Map<String, String> builtIn = builtInTemplates();
    assertThat(builtIn).as("built-in template files").isNotEmpty();
    List<String> tooLong = new ArrayList<>();
    for (Map.Entry<String, String> entry : builtIn.entrySet()) {
      YamlNode node = YamlReader.read(entry.getValue(), BUILT_IN_PREFIX + entry.getKey());
      assertThat(node).as(entry.getKey()).isNotInstanceOf(YamlScalar.class);
      List<String> descriptions = new ArrayList<>();
      collectDescriptions(node.toPlain(), descriptions);
      for (String description : descriptions) {
        for (String line : description.split("\\R", -1)) {
          String rendered = OPTION_INDENT + "## " + line;
          if (rendered.codePointCount(0, rendered.length()) > LINE_LIMIT) {
            tooLong.add(entry.getKey() + ": " + rendered.length() + " characters: " + line);
          }
        }
      }
    }
    assertThat(tooLong).as("description lines over " + LINE_LIMIT + " characters").isEmpty();
  }

  @Test
  void corpusSpecs_loadAndRenderWithBuiltInTemplates_withoutTemplateProblems()
      throws IOException, YamlSyntaxException {
    Path corpus = SharedReference.corpus();
    List<Path> specs;
    try (Stream<Path> folders = Files.list(corpus)) {
      specs =
          folders
              .map(folder -> folder.resolve("spec.yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    }
    assertThat(specs).as("corpus specs").hasSizeGreaterThanOrEqualTo(63);

    List<String> problems = new ArrayList<>();
    for (Path spec : specs) {
      String integration = spec.getParent().getFileName().toString();
      String text = Files.readString(spec, StandardCharsets.UTF_8);
      YamlNode parsed = YamlReader.read(text, integration + "/spec.yaml");
      LoadedSpec loaded = new SpecLoader(ConfigTemplates.builtIn()).load(parsed, integration);
      for (Finding finding : loaded.findings()) {
        if (finding.rule() == Rule.SPEC_TEMPLATE_UNKNOWN
            || finding.rule() == Rule.SPEC_OVERRIDE_UNUSED) {
          problems.add(integration + ": " + finding.origin().describe() + " " + finding.text());
        }
      }
      List<RenderedExample> examples = ExampleRenderer.pyYaml().render(loaded);
      assertThat(examples).as(integration + " rendered examples").isNotEmpty();
      for (RenderedExample example : examples) {
        for (Finding finding : example.findings()) {
          if (fromBuiltInTemplate(finding)) {
            problems.add(integration + ": " + finding.origin().describe() + " " + finding.text());
          }
        }
      }
    }
    assertThat(problems)
        .as("template problems of corpus specs with the built-in templates")
        .isEmpty();
  }

  /** A rendering problem caused by the built-in templates rather than by the spec. */
  private static boolean fromBuiltInTemplate(Finding finding) {
    return finding.origin() instanceof FileOrigin origin
        && origin.path().startsWith(BUILT_IN_PREFIX);
  }

  // ---- reading the two sets of templates ----

  /** ddev's templates by relative path ({@code instances/http.yaml}), skipped without ../shared. */
  private static Map<String, String> ddevTemplates() throws IOException {
    return readTree(SharedReference.reference().resolve("ddev-templates"));
  }

  /** The built-in templates by relative path, read from the class path (a folder or a jar). */
  private static Map<String, String> builtInTemplates() throws IOException {
    URL url = BuiltInTemplatesTest.class.getResource(RESOURCES);
    assertThat(url).as("built-in templates on the class path").isNotNull();
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if ("jar".equals(uri.getScheme())) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return readTree(jar.getPath(RESOURCES));
      }
    }
    return readTree(Path.of(uri));
  }

  private static Map<String, String> readTree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String relative =
            root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        if (relative.endsWith(".yaml") || relative.endsWith(".yml")) {
          files.put(relative, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  private static Object plain(String text, String displayPath) throws YamlSyntaxException {
    return YamlReader.read(text, displayPath).toPlain();
  }

  // ---- structure ----

  /** A deep copy of a parsed template without any {@code description} entry. */
  private static Object withoutDescriptions(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach(
          (key, value) -> {
            if (!"description".equals(key)) {
              copy.put(key, withoutDescriptions(value));
            }
          });
      return copy;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(BuiltInTemplatesTest::withoutDescriptions).toList();
    }
    return node;
  }

  /** The first place where two parsed documents differ, keys in order included, with its path. */
  private static Optional<String> firstDifference(Object expected, Object actual, String path) {
    if (expected instanceof Map<?, ?> expectedMap) {
      if (!(actual instanceof Map<?, ?> actualMap)) {
        return Optional.of(
            path + ": ddev has a mapping, the built-in template has " + shape(actual));
      }
      List<?> expectedKeys = List.copyOf(expectedMap.keySet());
      List<?> actualKeys = List.copyOf(actualMap.keySet());
      for (int i = 0; i < Math.max(expectedKeys.size(), actualKeys.size()); i++) {
        Object expectedKey = i < expectedKeys.size() ? expectedKeys.get(i) : null;
        Object actualKey = i < actualKeys.size() ? actualKeys.get(i) : null;
        if (!Objects.equals(expectedKey, actualKey)) {
          return Optional.of(
              path
                  + ": key #"
                  + (i + 1)
                  + " is "
                  + describe(expectedKey)
                  + " in ddev's template but "
                  + describe(actualKey)
                  + " in the built-in one (ddev keys "
                  + expectedKeys
                  + ", built-in keys "
                  + actualKeys
                  + ")");
        }
        Optional<String> difference =
            firstDifference(
                expectedMap.get(expectedKey),
                actualMap.get(actualKey),
                childPath(path, expectedKey));
        if (difference.isPresent()) {
          return difference;
        }
      }
      return Optional.empty();
    }
    if (expected instanceof List<?> expectedList) {
      if (!(actual instanceof List<?> actualList)) {
        return Optional.of(path + ": ddev has a list, the built-in template has " + shape(actual));
      }
      for (int i = 0; i < Math.min(expectedList.size(), actualList.size()); i++) {
        Optional<String> difference =
            firstDifference(
                expectedList.get(i), actualList.get(i), itemPath(path, i, expectedList.get(i)));
        if (difference.isPresent()) {
          return difference;
        }
      }
      if (expectedList.size() != actualList.size()) {
        return Optional.of(
            path
                + ": ddev's list has "
                + expectedList.size()
                + " items, the built-in one "
                + actualList.size());
      }
      return Optional.empty();
    }
    if (!Objects.equals(expected, actual)) {
      return Optional.of(
          path
              + ": ddev has "
              + describe(expected)
              + ", the built-in template has "
              + describe(actual));
    }
    return Optional.empty();
  }

  private static String shape(Object node) {
    if (node instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (node instanceof List<?>) {
      return "a list";
    }
    return describe(node);
  }

  private static String describe(Object value) {
    if (value == null) {
      return "nothing (null)";
    }
    if (value instanceof String text) {
      return "\"" + text + "\" (string)";
    }
    return value + " (" + value.getClass().getSimpleName() + ")";
  }

  private static String childPath(String path, Object key) {
    return path + "." + key;
  }

  private static String itemPath(String path, int index, Object item) {
    if (item instanceof Map<?, ?> map && map.get("name") instanceof String name) {
      return path + "[" + index + ":" + name + "]";
    }
    if (item instanceof Map<?, ?> map && map.get("template") instanceof String template) {
      return path + "[" + index + ":template " + template + "]";
    }
    return path + "[" + index + "]";
  }

  // ---- descriptions ----

  /**
   * Pairs the descriptions of ddev's template with the built-in ones at the same place: list items
   * are matched by {@code name} when they have one, else by position.
   */
  private static void pairDescriptions(
      Object ddev, Object builtIn, String path, Map<String, String[]> pairs) {
    if (ddev instanceof Map<?, ?> ddevMap) {
      Map<?, ?> builtInMap = builtIn instanceof Map<?, ?> map ? map : Map.of();
      for (Map.Entry<?, ?> entry : ddevMap.entrySet()) {
        if ("description".equals(entry.getKey()) && entry.getValue() instanceof String text) {
          Object ours = builtInMap.get("description");
          pairs.put(path, new String[] {text, ours instanceof String string ? string : null});
        } else {
          pairDescriptions(
              entry.getValue(),
              builtInMap.get(entry.getKey()),
              childPath(path, entry.getKey()),
              pairs);
        }
      }
    } else if (ddev instanceof List<?> ddevList) {
      List<?> builtInList = builtIn instanceof List<?> list ? list : List.of();
      for (int i = 0; i < ddevList.size(); i++) {
        Object item = ddevList.get(i);
        Object twin = i < builtInList.size() ? builtInList.get(i) : null;
        if (item instanceof Map<?, ?> map && map.get("name") instanceof String name) {
          twin =
              builtInList.stream()
                  .filter(
                      other ->
                          other instanceof Map<?, ?> otherMap && name.equals(otherMap.get("name")))
                  .findFirst()
                  .orElse(null);
        }
        pairDescriptions(item, twin, itemPath(path, i, item), pairs);
      }
    }
  }

  /** Every description of a parsed template, by where it is. */
  private static void locateDescriptions(Object node, String path, Map<String, String> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if ("description".equals(key) && value instanceof String text) {
              found.put(path, text);
            } else {
              locateDescriptions(value, childPath(path, key), found);
            }
          });
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        locateDescriptions(list.get(i), itemPath(path, i, list.get(i)), found);
      }
    }
  }

  private static void collectDescriptions(Object node, List<String> descriptions) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) -> {
            if ("description".equals(key) && value instanceof String text) {
              descriptions.add(text);
            } else {
              collectDescriptions(value, descriptions);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collectDescriptions(item, descriptions));
    }
  }

  /** Text compared without regard to case or to how white space is laid out. */
  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
