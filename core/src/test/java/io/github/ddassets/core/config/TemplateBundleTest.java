package io.github.ddassets.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlScalar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The built-in templates parsed at build time: the same trees as parsing their YAML. */
class TemplateBundleTest {

  @Test
  void theBuiltBundle_holdsEveryBuiltInTemplate_asParsingItsYamlGives() throws Exception {
    Map<String, String> files = builtInYaml();
    TemplateBundle bundle = TemplateBundle.builtIn();

    assertThat(bundle.names())
        .containsExactlyElementsOf(
            files.keySet().stream().map(path -> path.replaceFirst("\\.yaml$", "")).toList());
    for (Map.Entry<String, String> file : files.entrySet()) {
      String name = file.getKey().replaceFirst("\\.yaml$", "");
      YamlNode parsed =
          YamlReader.read(file.getValue(), TemplateRoot.BUILT_IN_PREFIX + file.getKey());
      assertSameTree(bundle.tree(name).orElseThrow(), parsed, name);
    }
  }

  @Test
  void builtInTemplates_loadFromTheBundle_asFromTheirYaml() throws Exception {
    ConfigTemplates fromBundle = ConfigTemplates.builtIn();
    TemplateRoot yamlOnly = relativePath -> TemplateRoot.builtIn().read(relativePath);
    ConfigTemplates fromYaml = new ConfigTemplates(List.of(yamlOnly));
    for (String name : List.of("instances/http", "instances/default", "init_config/jmx", "logs")) {
      assertSameTree(fromBundle.load(name), fromYaml.load(name), name);
    }
    assertSameTree(
        fromBundle.load("instances/tls.tls_verify"),
        fromYaml.load("instances/tls.tls_verify"),
        "instances/tls.tls_verify");
  }

  @Test
  void everyKindOfValue_comesBackWithItsOrigin() throws Exception {
    String yaml =
        """
        name: text
        count: 42
        big: 123456789012345678901234567890
        ratio: 1.5
        on: yes
        nothing: null
        day: 2024-01-02
        7: seven
        items:
          - a
          - [1, 2]
          - {x: y}
        """;
    TemplateBundle bundle = roundTrip(Map.of("t/all.yaml", yaml));

    assertSameTree(
        bundle.tree("t/all").orElseThrow(),
        YamlReader.read(yaml, TemplateRoot.BUILT_IN_PREFIX + "t/all.yaml"),
        "t/all");
    assertThat(bundle.tree("t/none")).isEmpty();
  }

  @Test
  void whatTheFormatCannotHold_failsTheBuild() {
    assertThatThrownBy(() -> roundTrip(Map.of("dup.yaml", "a: 1\na: 2\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate key");
    assertThatThrownBy(() -> roundTrip(Map.of("nan.yaml", "a: .nan\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("float");
    assertThatThrownBy(() -> roundTrip(Map.of("long.yaml", "a: " + "x".repeat(30_000) + "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("string over");
  }

  @Test
  void aBundleOfAnotherFormat_isEmpty_andADamagedOneFailsToRead() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TemplateBundle.write(Map.of("a.yaml", "a: 1\n"), out);
    byte[] bytes = out.toByteArray();

    byte[] otherFormat = bytes.clone();
    otherFormat[3] = 99;
    assertThat(TemplateBundle.read(new ByteArrayInputStream(otherFormat)).names()).isEmpty();

    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
    assertThatThrownBy(() -> TemplateBundle.read(new ByteArrayInputStream(truncated)))
        .isInstanceOf(IOException.class);
  }

  private static TemplateBundle roundTrip(Map<String, String> files) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TemplateBundle.write(new TreeMap<>(files), out);
    return TemplateBundle.read(new ByteArrayInputStream(out.toByteArray()));
  }

  /** The YAML files of the built-in templates in the test class path, by relative path. */
  private static Map<String, String> builtInYaml() throws IOException, URISyntaxException {
    Path folder =
        Path.of(TemplateBundle.class.getResource("/io/github/ddassets/core/templates").toURI());
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(path -> path.toString().endsWith(".yaml")).toList()) {
        files.put(
            folder.relativize(file).toString().replace('\\', '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertThat(files).hasSize(20);
    return files;
  }

  /** Same node kinds, values (with their Java types), key order and origins, all the way down. */
  private static void assertSameTree(YamlNode actual, YamlNode expected, String where) {
    assertThat(actual.getClass()).as(where).isEqualTo(expected.getClass());
    assertThat(actual.origin()).as(where).isEqualTo(expected.origin());
    if (expected instanceof YamlMap map) {
      YamlMap actualMap = (YamlMap) actual;
      assertThat(actualMap.keyList()).as(where).isEqualTo(map.keyList());
      for (Object key : map.keyList()) {
        assertThat(actualMap.keyOrigin(key)).as(where + "." + key).isEqualTo(map.keyOrigin(key));
        assertSameTree(actualMap.get(key), map.get(key), where + "." + key);
      }
    } else if (expected instanceof YamlList list) {
      List<YamlNode> actualItems = ((YamlList) actual).items();
      assertThat(actualItems).as(where).hasSameSizeAs(list.items());
      for (int i = 0; i < list.size(); i++) {
        assertSameTree(actualItems.get(i), list.items().get(i), where + "[" + i + "]");
      }
    } else {
      Object value = ((YamlScalar) expected).value();
      Object actualValue = ((YamlScalar) actual).value();
      assertThat(actualValue).as(where).isEqualTo(value);
      if (value != null) {
        assertThat(actualValue.getClass()).as(where).isEqualTo(value.getClass());
      }
    }
  }
}
