package io.github.ddassets.core.config;

import static io.github.ddassets.core.config.SpecFixtures.findings;
import static io.github.ddassets.core.config.SpecFixtures.load;
import static io.github.ddassets.core.config.SpecFixtures.names;
import static io.github.ddassets.core.config.SpecFixtures.option;
import static io.github.ddassets.core.yaml.OrderedMaps.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.yaml.YamlList;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates and overrides: {@link ConfigTemplates} on its own (ddev's {@code ConfigTemplates}), and
 * the way the spec loader expands {@code - template:} entries and applies their overrides. Every
 * template comes from {@code src/test/resources/io/github/ddassets/core/config/templates}.
 */
class TemplatesTest {

  @TempDir Path tmp;

  // ---- loading a template ----

  @Test
  void template_isReadWithItsOrigins() throws TemplateException {
    YamlMap port = (YamlMap) SpecFixtures.templates().load("port");

    assertThat(port.value("name")).isEqualTo("port");
    assertThat(port.get("name").origin().describe()).isEqualTo("test-templates/port.yaml:1:7");
    assertThat(port.keyOrigin("value").describe()).isEqualTo("test-templates/port.yaml:3:1");
  }

  @Test
  void template_isAFreshCopyEachTime() throws TemplateException {
    ConfigTemplates templates = SpecFixtures.templates();
    YamlMap first = (YamlMap) templates.load("port");
    first.put("name", new YamlScalar("changed", Origin.NONE));
    ((YamlMap) first.get("value")).put("example", new YamlScalar(1L, Origin.NONE));

    YamlMap second = (YamlMap) templates.load("port");

    assertThat(second.value("name")).isEqualTo("port");
    assertThat(second.value("value")).isEqualTo(map("type", "integer", "example", 8080L));
  }

  @Test
  void ymlExtension_isFound() throws TemplateException {
    assertThat(((YamlMap) SpecFixtures.templates().load("alternate")).value("name"))
        .isEqualTo("alternate");
  }

  @Test
  void dottedSuffix_selectsAKeyOfAMapping() throws TemplateException {
    YamlNode example = SpecFixtures.templates().load("port.value.example");

    assertThat(example.toPlain()).isEqualTo(8080L);
  }

  @Test
  void dottedSuffix_selectsANamedItemOfAList() throws TemplateException {
    YamlMap password = (YamlMap) SpecFixtures.templates().load("instances/http.password");

    assertThat(password.value("secret")).isEqualTo(true);
    assertThat(password.origin().describe()).isEqualTo("test-templates/instances/http.yaml:5:3");
  }

  @Test
  void missingTemplate_isAnError() {
    assertThatThrownBy(() -> SpecFixtures.templates().load("instances/nope.x"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("template `instances/nope` does not exist");
  }

  @Test
  void missingListElement_isAnError() {
    assertThatThrownBy(() -> SpecFixtures.templates().load("instances/http.nope"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("template `instances/http` has no named element `nope`");
  }

  @Test
  void missingMappingElement_isAnErrorNamingThePathWalked() {
    assertThatThrownBy(() -> SpecFixtures.templates().load("port.value.nope"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("template `port` has no element `value.nope`");
  }

  @Test
  void elementOfAScalar_isAnError() {
    assertThatThrownBy(() -> SpecFixtures.templates().load("port.value.type.x"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("template `port.value.type` is not a mapping");
  }

  @Test
  void unparsableTemplate_isAnError() {
    assertThatThrownBy(() -> SpecFixtures.templates().load("broken"))
        .isInstanceOf(TemplateException.class)
        .hasMessage(
            "cannot parse template `test-templates/broken.yaml`: expected ',' or ']', but got"
                + " <stream end>");
  }

  @Test
  void firstRootHoldingATemplate_wins() throws IOException, TemplateException {
    Path first = Files.createDirectories(tmp.resolve("first"));
    Files.writeString(first.resolve("port.yaml"), "name: port\ndescription: Mine.\n");
    ConfigTemplates templates =
        new ConfigTemplates(
            List.of(
                TemplateRoot.directory(first, "mine"),
                TemplateRoot.directory(SpecFixtures.templatesDir(), "test-templates")));

    YamlMap port = (YamlMap) templates.load("port");
    YamlMap alternate = (YamlMap) templates.load("alternate");

    assertThat(port.value("description")).isEqualTo("Mine.");
    assertThat(port.get("name").origin().describe()).isEqualTo("mine/port.yaml:1:7");
    assertThat(alternate.value("description")).isEqualTo("Found with the yml extension.");
  }

  @Test
  void directoryRoot_readsNothingOutsideItsFolder() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Files.writeString(tmp.resolve("secret.yaml"), "name: secret\n");
    ConfigTemplates templates = new ConfigTemplates(List.of(TemplateRoot.directory(root, "root")));

    assertThat(TemplateRoot.directory(root, "root").read("../secret.yaml")).isEmpty();
    assertThatThrownBy(() -> templates.load("../secret"))
        .isInstanceOf(TemplateException.class)
        .hasMessage("template `../secret` does not exist");
  }

  // ---- applyOverrides on its own ----

  @Test
  void overrides_writeIntoAMappingTemplate() throws TemplateException {
    YamlNode port = SpecFixtures.templates().load("port");
    Map<String, YamlNode> overrides = overrides("value.example", 9090L, "port.required", true);

    List<String> errors = SpecFixtures.templates().applyOverrides(port, overrides);

    assertThat(errors).isEmpty();
    assertThat(overrides).isEmpty();
    assertThat(port.toPlain())
        .isEqualTo(
            map(
                "name",
                "port",
                "description",
                "The port to connect to.",
                "value",
                map("type", "integer", "example", 9090L),
                "required",
                true));
  }

  @Test
  void overrides_findListItemsByName() throws TemplateException {
    YamlNode http = SpecFixtures.templates().load("instances/http");
    Map<String, YamlNode> overrides =
        overrides(
            "password.secret",
            false,
            "timeout.value.example",
            30L,
            "username",
            map("name", "user"));

    List<String> errors = SpecFixtures.templates().applyOverrides(http, overrides);

    assertThat(errors).isEmpty();
    assertThat(overrides).isEmpty();
    List<?> items = (List<?>) http.toPlain();
    assertThat(items.get(0)).isEqualTo(map("name", "user"));
    assertThat(((Map<?, ?>) items.get(1)).get("secret")).isEqualTo(false);
    assertThat(((Map<?, ?>) ((Map<?, ?>) items.get(2)).get("value")).get("example")).isEqualTo(30L);
  }

  @Test
  void overrides_spliceTheNestedTemplateHoldingTheirTarget() throws TemplateException {
    YamlNode defaults = SpecFixtures.templates().load("instances/default");
    Map<String, YamlNode> overrides = overrides("tags.value.example", List.of("env:prod"));

    List<String> errors = SpecFixtures.templates().applyOverrides(defaults, overrides);

    assertThat(errors).isEmpty();
    assertThat(names((YamlList) defaults)).containsExactly("tags", "interval");
    assertThat(((YamlMap) ((YamlList) defaults).items().get(0)).value("value"))
        .isEqualTo(
            map("type", "array", "items", map("type", "string"), "example", List.of("env:prod")));
  }

  @Test
  void overrides_replaceANestedItemWhole() throws TemplateException {
    YamlNode defaults = SpecFixtures.templates().load("instances/default");

    List<String> errors =
        SpecFixtures.templates().applyOverrides(defaults, overrides("tags", map("name", "labels")));

    assertThat(errors).isEmpty();
    assertThat(names((YamlList) defaults)).containsExactly("labels", "interval");
  }

  @Test
  void overrides_applyInSortedOrder() throws TemplateException {
    YamlNode port = SpecFixtures.templates().load("port");
    // "value" sorts before "value.example": the new mapping is written first, then its example.
    Map<String, YamlNode> overrides =
        overrides("value.example", "<PORT>", "value", map("type", "string", "example", "x"));

    SpecFixtures.templates().applyOverrides(port, overrides);

    assertThat(((YamlMap) port).value("value"))
        .isEqualTo(map("type", "string", "example", "<PORT>"));
  }

  @Test
  void unusableOverrides_stayWithTheirProblems() throws TemplateException {
    ConfigTemplates templates = SpecFixtures.templates();
    YamlNode http = templates.load("instances/http");
    YamlNode port = templates.load("port");
    Map<String, YamlNode> forHttp =
        overrides("nope.value.example", 1L, "nope", 2L, "timeout.value.example", 5L);
    Map<String, YamlNode> forPort =
        overrides(
            "value.nope.x", 1L, "value.type.x", 2L, "value.type.x.y", 3L, "description", "New.");

    List<String> httpErrors = templates.applyOverrides(http, forHttp);
    List<String> portErrors = templates.applyOverrides(port, forPort);

    assertThat(httpErrors)
        .containsExactly(
            "template override `nope`: the template has no named mapping `nope`",
            "template override `nope.value.example`: the template has no named mapping `nope`");
    assertThat(forHttp).containsOnlyKeys("nope", "nope.value.example");
    assertThat(portErrors)
        .containsExactly(
            "template override `value.nope.x`: `value` has no named mapping `nope`",
            "template override `value.type.x`: `value.type` does not refer to a mapping",
            "template override `value.type.x.y`: `value.type` does not refer to a mapping");
    assertThat(forPort).containsOnlyKeys("value.nope.x", "value.type.x", "value.type.x.y");
    assertThat(((YamlMap) port).value("description")).isEqualTo("New.");
  }

  // ---- templates in a spec ----

  @Test
  void mappingTemplate_isMergedWithTheEntryWhoseKeysWin() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: port
            required: true
            description: Our port.
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    YamlMap port = option(loaded, "port");
    assertThat(port.value("required")).isEqualTo(true);
    assertThat(port.value("description")).isEqualTo("Our port.");
    assertThat(port.value("value")).isEqualTo(map("type", "integer", "example", 8080L));
    assertThat(port.has("template")).isFalse();
  }

  @Test
  void nameOnTheEntry_renamesAMappingTemplate() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: port
            name: admin_port
            overrides:
              admin_port.value.example: 9000
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    assertThat(names(SpecFixtures.options(loaded))).containsExactly("admin_port");
    assertThat(option(loaded, "admin_port").value("value"))
        .isEqualTo(map("type", "integer", "example", 9000L));
  }

  @Test
  void listTemplate_isSplicedInPlace() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: first
            description: First.
            value: {type: string}
          - template: instances/http
          - name: last
            description: Last.
            value: {type: string}
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    assertThat(names(SpecFixtures.options(loaded)))
        .containsExactly("first", "username", "password", "timeout", "last");
    assertThat(option(loaded, "password").value("secret")).isEqualTo(true);
    assertThat(option(loaded, "username").value("value"))
        .isEqualTo(map("type", "string", "example", "<USERNAME>"));
  }

  @Test
  void templatesInTemplates_areExpandedInSections() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: init_config
            options:
            - template: init_config/default
          - template: instances
            options:
            - template: instances/default
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    assertThat(names(SpecFixtures.options(loaded))).containsExactly("init_config", "instances");
    assertThat(names((YamlList) option(loaded, "init_config").get("options")))
        .containsExactly("service");
    assertThat(names((YamlList) option(loaded, "instances").get("options")))
        .containsExactly("tags", "interval");
    assertThat(option(loaded, "instances").value("multiple")).isEqualTo(true);
    assertThat(option(loaded, "instances", "tags").value("value"))
        .isEqualTo(map("type", "array", "items", map("type", "string"), "example", List.of()));
  }

  @Test
  void unknownTemplate_isReportedOnTheTemplateName() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: instances
            options:
            - name: host
              description: Host.
              value: {type: string}
            - template: instances/nope
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-template-unknown spec.yaml:9:17 file `acme.yaml`, instances, option #2: template"
                + " `instances/nope` does not exist");
  }

  @Test
  void unknownTemplateElement_isReportedOnTheTemplateName() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: instances/http.proxy
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-template-unknown spec.yaml:4:15 file `acme.yaml`, option #1: template"
                + " `instances/http` has no named element `proxy`");
  }

  @Test
  void templateElement_isUsedAsTheOption() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: instances/http.timeout
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    assertThat(names(SpecFixtures.options(loaded))).containsExactly("timeout");
  }

  @Test
  void emptyListTemplate_isReported() {
    assertThat(findings("files:\n- name: acme.yaml\n  options:\n  - template: empty\n"))
        .containsExactly(
            "spec-template-unknown spec.yaml:4:15 file `acme.yaml`, option #1: the template is an"
                + " empty list");
  }

  @Test
  void scalarTemplate_isReported() {
    assertThat(findings("files:\n- name: acme.yaml\n  options:\n  - template: text\n"))
        .containsExactly(
            "spec-template-unknown spec.yaml:4:15 file `acme.yaml`, option #1: the template is"
                + " neither a mapping nor a list");
  }

  @Test
  void templateListOfScalars_isReportedOnEveryItem() {
    assertThat(findings("files:\n- name: acme.yaml\n  options:\n  - template: scalars\n"))
        .containsExactly(
            "spec-template-unknown spec.yaml:4:15 file `acme.yaml`, option #1: the template's items"
                + " must be mappings",
            "spec-option-invalid test-templates/scalars.yaml:2:3 file `acme.yaml`, option #2 must"
                + " be a mapping");
  }

  @Test
  void unparsableTemplate_isReportedOnTheTemplateName() {
    assertThat(findings("files:\n- name: acme.yaml\n  options:\n  - template: broken\n"))
        .containsExactly(
            "spec-template-unknown spec.yaml:4:15 file `acme.yaml`, option #1: cannot parse"
                + " template `test-templates/broken.yaml`: expected ',' or ']', but got <stream"
                + " end>");
  }

  @Test
  void overriddenValue_isReportedWhereTheOverrideIsWritten() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: port
            overrides:
              value.example: eighty
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-example-type spec.yaml:6:22 file `acme.yaml`, port: the example of"
                + " an integer value must be a number");
  }

  // ---- overrides in a spec ----

  @Test
  void overrideFirstSegment_mayBeTheTemplatesOwnName() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: port
            overrides:
              port.value.example: 443
              display_priority: 2
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    assertThat(option(loaded, "port").value("value"))
        .isEqualTo(map("type", "integer", "example", 443L));
    assertThat(option(loaded, "port").value("display_priority")).isEqualTo(2L);
  }

  @Test
  void overrides_reachIntoNestedTemplateReferences() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: instances
            options:
            - template: instances/default
              overrides:
                tags.required: true
                interval.value.example: 60
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    assertThat(names((YamlList) option(loaded, "instances").get("options")))
        .containsExactly("tags", "interval");
    assertThat(option(loaded, "instances", "tags").value("required")).isEqualTo(true);
    assertThat(option(loaded, "instances", "interval").value("value"))
        .isEqualTo(map("type", "integer", "example", 60L));
  }

  @Test
  void overrideUnusedByOneTemplate_isTriedOnTheNextOfTheLevel() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: port
            overrides:
              timeout.value.example: 30
          - template: instances/http
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    assertThat(option(loaded, "timeout").value("value"))
        .isEqualTo(map("type", "number", "example", 30L, "minimum", 0L));
  }

  @Test
  void overrideStillUnusedAtTheEndOfTheLevel_isReportedForEachTemplateThatMissedIt() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: port
            overrides:
              proxy.value.example: x
          - template: instances/http
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-override-unused spec.yaml:4:15 file `acme.yaml`, option #1: template override"
                + " `proxy.value.example`: the template has no named mapping `proxy`",
            "spec-override-unused spec.yaml:7:15 file `acme.yaml`, option #2: template override"
                + " `proxy.value.example`: the template has no named mapping `proxy`");
  }

  @Test
  void overridesOfOneLevel_doNotReachAnother() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: instances
            overrides:
              timeout.value.example: 30
            options:
            - template: instances/http
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-override-unused spec.yaml:4:15 file `acme.yaml`, option #1: template override"
                + " `timeout.value.example`: the template has no named mapping `timeout`");
  }

  // ---- hidden template entries ----

  @Test
  void hiddenTemplateEntry_hidesWhatItExpandsToAndTheFollowingPlainOptions() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: instances
            options:
            - name: first
              description: Before.
              value: {type: string}
            - template: instances/http
              hidden: true
            - name: plain
              description: After the hidden entry.
              value: {type: string}
            - template: port
            - name: after
              description: After the next entry.
              value: {type: string}
        """;

    LoadedSpec loaded = load(spec);

    assertThat(loaded.findings()).isEmpty();
    YamlList options = (YamlList) option(loaded, "instances").get("options");
    assertThat(hiddenByName(options))
        .containsExactly(
            Map.entry("first", false),
            Map.entry("username", true),
            Map.entry("password", true),
            Map.entry("timeout", true),
            Map.entry("plain", true),
            Map.entry("port", false),
            Map.entry("after", false));
  }

  @Test
  void hiddenOnAMappingTemplateEntry_hidesItButNotAnOptionSayingOtherwise() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - template: port
            hidden: true
          - name: plain
            description: Plain.
            hidden: false
            value: {type: string}
        """;

    LoadedSpec loaded = load(spec);

    assertThat(hiddenByName(SpecFixtures.options(loaded)))
        .containsExactly(Map.entry("port", true), Map.entry("plain", false));
  }

  private static List<Map.Entry<Object, Object>> hiddenByName(YamlList options) {
    return options.items().stream()
        .map(node -> Map.entry(((YamlMap) node).value("name"), ((YamlMap) node).value("hidden")))
        .toList();
  }

  /** Overrides as the loader passes them: dotted keys to nodes. */
  private static Map<String, YamlNode> overrides(Object... keysAndValues) {
    Map<String, YamlNode> overrides = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      overrides.put(
          (String) keysAndValues[i], YamlNode.fromPlain(keysAndValues[i + 1], Origin.NONE));
    }
    return overrides;
  }
}
