package io.github.ddassets.core.config;

import static io.github.ddassets.core.config.SpecFixtures.findings;
import static io.github.ddassets.core.config.SpecFixtures.load;
import static io.github.ddassets.core.config.SpecFixtures.option;
import static io.github.ddassets.core.yaml.OrderedMaps.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The top level, the files and the options of a spec, as ddev's {@code spec_validator}, {@code
 * files_validator} and {@code options_validator} check them, and the defaults they fill in. Values
 * are covered by {@link ValueCheckerTest}, templates and overrides by {@link TemplatesTest}.
 */
class SpecLoaderTest {

  // ---- top level ----

  @Test
  void listAtTheTop_isNotASpec() {
    LoadedSpec spec = load("- name: acme.yaml\n- options: []\n");

    assertThat(SpecFixtures.lines(spec))
        .containsExactly("spec-structure spec.yaml:1:1 the spec must be a mapping");
    assertThat(spec.root()).isEmpty();
    assertThat(spec.files()).isEmpty();
  }

  @Test
  void emptyDocument_isNotASpec() {
    assertThat(findings(""))
        .containsExactly("spec-structure spec.yaml:1:1 the spec must be a mapping");
  }

  @Test
  void noFiles_isReportedOnTheTopMapping() {
    assertThat(findings("name: Acme\nversion: '1.0'\n"))
        .containsExactly("spec-structure spec.yaml:1:1 the spec needs a top-level `files` list");
  }

  @Test
  void filesNotAList_isReportedOnItsKey() {
    assertThat(findings("name: Acme\nfiles: acme.yaml\n"))
        .containsExactly("spec-structure spec.yaml:2:1 `files` must be a list");
  }

  @Test
  void versionNotAString_isReportedOnItsKey() {
    assertThat(findings("files: []\nversion: 1.0\n"))
        .containsExactly("spec-structure spec.yaml:2:1 `version` must be a string");
  }

  @Test
  void versionStringOrNull_isAccepted() {
    assertThat(findings("version: '1.0'\nfiles: []\n")).isEmpty();
    assertThat(findings("version: ~\nfiles: []\n")).isEmpty();
  }

  // ---- files ----

  @Test
  void fileNotAMapping_isReportedOnTheItem() {
    assertThat(findings("files:\n- acme.yaml\n"))
        .containsExactly("spec-file-invalid spec.yaml:2:3 file #1 must be a mapping");
  }

  @Test
  void fileWithoutName_isReportedOnTheFile() {
    assertThat(findings("files:\n- options: []\n"))
        .containsExactly(
            "spec-file-invalid spec.yaml:2:3 file #1 needs a `name`: the file the Agent loads");
  }

  @Test
  void fileNameNotAString_isReportedOnItsKey() {
    assertThat(findings("files:\n- options: []\n  name: 3\n"))
        .containsExactly("spec-file-invalid spec.yaml:3:3 file #1: `name` must be a string");
  }

  @Test
  void duplicateFileName_isReportedOnTheLaterName() {
    String spec =
        """
        files:
        - name: acme.yaml
          example_name: a.example
          options: []
        - name: acme.yaml
          example_name: b.example
          options: []
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-file-invalid spec.yaml:5:9 file #2: file name `acme.yaml` is already used by file"
                + " #1");
  }

  @Test
  void duplicateExampleName_isReportedOnTheLaterExampleName() {
    String spec =
        """
        files:
        - name: acme.yaml
          example_name: conf.yaml.example
          options: []
        - name: other.yaml
          options: []
          example_name: conf.yaml.example
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-file-invalid spec.yaml:7:3 file #2: example file name `conf.yaml.example` is"
                + " already used by file #1");
  }

  @Test
  void twoFilesWithDefaultExampleNames_clashOnTheLaterFile() {
    String spec =
        """
        files:
        - name: acme.yaml
          options: []
        - name: other.yaml
          options: []
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-file-invalid spec.yaml:4:3 file #2: example file name `conf.yaml.example` is"
                + " already used by file #1");
  }

  @Test
  void singleFileNotNamedAfterTheIntegration_isReportedOnTheName() {
    LoadedSpec spec = load("files:\n- name: acme.yaml\n  options: []\n", "Acme Corp");

    assertThat(SpecFixtures.lines(spec))
        .containsExactly(
            "spec-file-name spec.yaml:2:9 file #1: file name `acme.yaml` should be"
                + " `acme_corp.yaml`");
  }

  @Test
  void singleFileNamedAfterTheIntegration_isAccepted() {
    assertThat(
            SpecFixtures.lines(
                load("files:\n- name: acme_corp.yaml\n  options: []\n", "Acme Corp")))
        .isEmpty();
  }

  @Test
  void severalFiles_needNotBeNamedAfterTheIntegration() {
    String spec =
        """
        files:
        - name: first.yaml
          options: []
        - name: second.yaml
          example_name: second.example
          options: []
        """;

    assertThat(findings(spec)).isEmpty();
  }

  @Test
  void autoConfWithAnotherExampleName_isReportedOnTheExampleName() {
    String spec =
        """
        files:
        - name: auto_conf.yaml
          example_name: conf.yaml.example
          options: []
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-file-name spec.yaml:3:17 file #1: example file name `conf.yaml.example` should be"
                + " `auto_conf.yaml`");
  }

  @Test
  void confYamlDefaultAlone_isExemptFromTheNamingRule() {
    LoadedSpec spec = load("files:\n- name: conf.yaml.default\n  options: []\n");

    assertThat(spec.findings()).isEmpty();
    assertThat(spec.files().get(0).value("example_name")).isEqualTo("conf.yaml.default");
  }

  @Test
  void exampleNameNotAString_isReportedOnItsKey() {
    assertThat(findings("files:\n- name: acme.yaml\n  example_name: 5\n  options: []\n"))
        .containsExactly(
            "spec-file-invalid spec.yaml:3:3 file #1: `example_name` must be a string");
  }

  @Test
  void exampleNameThatIsNotAPlainFileName_isReportedOnItsValue() {
    assertThat(
            findings(
                "files:\n- name: acme.yaml\n  example_name: ../escape.yaml\n  options: []\n"))
        .containsExactly(
            "spec-file-invalid spec.yaml:3:17 file #1: example file name `../escape.yaml` must be a"
                + " plain file name, so that the example stays in its folder (it contains `/`)");
  }

  @Test
  void fileWithoutOptions_isReportedOnTheFile() {
    assertThat(findings("files:\n- name: acme.yaml\n"))
        .containsExactly(
            "spec-file-invalid spec.yaml:2:3 file `acme.yaml` needs an `options` list");
  }

  @Test
  void optionsNotAList_isReportedOnItsKey() {
    assertThat(findings("files:\n- name: acme.yaml\n  options: {}\n"))
        .containsExactly(
            "spec-file-invalid spec.yaml:3:3 file `acme.yaml`: `options` must be a list");
  }

  @Test
  void exampleName_defaultsAfterTheFileName() {
    String text =
        """
        files:
        - name: acme.yaml
          options: []
        - name: auto_conf.yaml
          options: []
        - name: extra.yaml
          example_name: extra.example
          options: []
        """;

    LoadedSpec spec = load(text);

    assertThat(spec.findings()).isEmpty();
    assertThat(spec.files())
        .extracting(file -> file.value("example_name"))
        .containsExactly("conf.yaml.example", "auto_conf.yaml", "extra.example");
  }

  // ---- options ----

  @Test
  void optionNotAMapping_isReportedOnTheItem() {
    assertThat(findings("files:\n- name: acme.yaml\n  options:\n  - plain text\n"))
        .containsExactly(
            "spec-option-invalid spec.yaml:4:5 file `acme.yaml`, option #1 must be a mapping");
  }

  @Test
  void optionWithoutName_isReportedOnTheOption() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - description: Nameless.
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:4:5 file `acme.yaml`, option #1 needs a `name`");
  }

  @Test
  void optionNameNotAString_isReportedOnTheName() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: 5
            description: A number for a name.
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:4:11 file `acme.yaml`, option #1: `name` must be a"
                + " string");
  }

  @Test
  void duplicateOptionName_isReportedOnTheLaterName() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: First.
            value:
              type: string
          - name: port
            description: Between.
            value:
              type: integer
          - name: host
            description: Again.
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-duplicate spec.yaml:12:11 option `host` is already defined by option #1");
  }

  @Test
  void laterHiddenDuplicate_isAllowed() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: First.
            value:
              type: string
          - name: host
            hidden: true
            description: Again, hidden.
            value:
              type: string
        """;

    assertThat(findings(spec)).isEmpty();
  }

  @Test
  void laterVisibleDuplicateOfAHiddenOption_isReported() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            hidden: true
            description: First, hidden.
            value:
              type: string
          - name: host
            description: Again.
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-duplicate spec.yaml:9:11 option `host` is already defined by option #1");
  }

  @Test
  void sameNameInDifferentSections_isAllowed() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: init_config
            description: Shared.
            options:
            - name: timeout
              description: Shared timeout.
              value:
                type: integer
          - name: instances
            description: Each.
            options:
            - name: timeout
              description: Instance timeout.
              value:
                type: integer
        """;

    assertThat(findings(spec)).isEmpty();
  }

  @Test
  void missingDescription_isReportedOnTheName() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            value:
              type: string
        """;

    LoadedSpec loaded = load(spec);

    assertThat(SpecFixtures.lines(loaded))
        .containsExactly(
            "spec-option-description spec.yaml:4:11 file `acme.yaml`, host needs a `description`");
    // ddev stops checking the option there: no defaults are filled in.
    assertThat(option(loaded, "host").has("required")).isFalse();
  }

  @Test
  void descriptionNotAString_isReportedOnTheDescription() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: [a, b]
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-description spec.yaml:5:18 file `acme.yaml`, host: `description` must be a"
                + " string");
  }

  @Test
  void attributesOfTheWrongType_areReportedOnTheirKeys() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            hidden: 'no'
            required: 1
            display_priority: 1.5
            secret: 'yes'
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:5 file `acme.yaml`, host: `hidden` must be true or"
                + " false",
            "spec-option-invalid spec.yaml:7:5 file `acme.yaml`, host: `required` must be true or"
                + " false",
            "spec-option-invalid spec.yaml:8:5 file `acme.yaml`, host: `display_priority` must be"
                + " an integer",
            "spec-option-invalid spec.yaml:9:5 file `acme.yaml`, host: `secret` must be true or"
                + " false");
  }

  @Test
  void displayPriorityBoolean_countsAsAnInteger() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            display_priority: true
            value:
              type: string
        """;

    assertThat(findings(spec)).isEmpty();
  }

  @Test
  void displayPriorityText_isReported() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            value:
              type: string
            display_priority: high
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:8:5 file `acme.yaml`, host: `display_priority` must be"
                + " an integer");
  }

  @Test
  void deprecationNotAMapping_isReportedOnItsKey() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            deprecation: since 8.0
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:5 file `acme.yaml`, host: `deprecation` must be a"
                + " mapping");
  }

  @Test
  void deprecationValueNotAString_isReportedOnTheValue() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            deprecation:
              Agent version: 8
              Migration: Use `url`.
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:7:22 file `acme.yaml`, host: deprecation `Agent version`"
                + " must be a string");
  }

  @Test
  void metadataTagsNotAList_isReportedOnItsKey() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            metadata_tags: host
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:5 file `acme.yaml`, host: `metadata_tags` must be a"
                + " list");
  }

  @Test
  void metadataTagNotAString_isReportedOnTheTag() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            metadata_tags: [host, 3]
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:27 file `acme.yaml`, host: `metadata_tags` must only"
                + " hold strings");
  }

  @Test
  void sectionFlagsOfTheWrongType_areReportedOnTheirKeys() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: instances
            description: Each.
            multiple: 1
            multiple_instances_defined: 'true'
            options: []
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:5 file `acme.yaml`, instances: `multiple` must be true"
                + " or false",
            "spec-option-invalid spec.yaml:7:5 file `acme.yaml`, instances:"
                + " `multiple_instances_defined` must be true or false");
  }

  @Test
  void valueAndOptions_areExclusive() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            value:
              type: string
            options: []
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:4:11 file `acme.yaml`, host cannot have both `value` and"
                + " `options`");
  }

  @Test
  void valueNotAMapping_isReportedOnItsKey() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            value: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:5 file `acme.yaml`, host: `value` must be a mapping");
  }

  @Test
  void sectionOptionsNotAList_isReportedOnItsKey() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: instances
            description: Each.
            options: {host: x}
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:5 file `acme.yaml`, instances: `options` must be a"
                + " list");
  }

  @Test
  void nestedOptions_nameTheirSectionsInMessages() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: instances
            description: Each.
            options:
            - name: server
              description: A server.
              options:
              - name: host
                value:
                  type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-description spec.yaml:10:15 file `acme.yaml`, instances, server, host"
                + " needs a `description`");
  }

  // ---- formats ----

  @Test
  void knownFormats_areAccepted() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: url
            description: The URL.
            formats: [url, secret]
            value:
              type: string
        """;

    assertThat(findings(spec)).isEmpty();
  }

  @Test
  void malformedFormats_areReportedOnTheFormats() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: a
            description: A.
            formats: url
            value:
              type: string
          - name: b
            description: B.
            formats: []
            value:
              type: string
          - name: c
            description: C.
            formats: [url, 3]
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:14 file `acme.yaml`, a: `formats` must be a list",
            "spec-option-invalid spec.yaml:11:14 file `acme.yaml`, b: `formats` needs at least one"
                + " entry",
            "spec-option-invalid spec.yaml:16:14 file `acme.yaml`, c: `formats` must only hold"
                + " strings");
  }

  @Test
  void repeatedAndUnknownFormats_areBothReported() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: url
            description: The URL.
            formats: [uri, url, url, email, uri]
            value:
              type: string
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:6:14 file `acme.yaml`, url: `formats` repeats uri, url",
            "spec-option-invalid spec.yaml:6:14 file `acme.yaml`, url: `formats` has unknown"
                + " value(s) email, uri; known: java_jvm_options | path | port | secret | url");
  }

  @Test
  void formatsOfAnObjectProperty_nameTheProperty() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: server
            description: A server.
            value:
              type: object
              properties:
              - name: address
                type: string
                formats: [ip]
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-invalid spec.yaml:11:18 file `acme.yaml`, server, property `address`:"
                + " `formats` has unknown value(s) ip; known: java_jvm_options | path | port |"
                + " secret | url");
  }

  // ---- defaults ----

  @Test
  void parameterDefaults_areFilledIn() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: host
            description: The host.
            value:
              type: string
        """;

    YamlMap host = option(load(spec), "host");

    assertThat(host.toPlain())
        .isEqualTo(
            map(
                "name",
                "host",
                "description",
                "The host.",
                "value",
                map("type", "string", "example", "<HOST>"),
                "hidden",
                false,
                "required",
                false,
                "display_priority",
                0L,
                "deprecation",
                Map.of(),
                "metadata_tags",
                List.of(),
                "secret",
                false));
  }

  @Test
  void sectionDefaults_areFilledIn() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: instances
            description: Each.
            options: []
        """;

    YamlMap instances = option(load(spec), "instances");

    assertThat(instances.toPlain())
        .isEqualTo(
            map(
                "name",
                "instances",
                "description",
                "Each.",
                "options",
                List.of(),
                "hidden",
                false,
                "required",
                false,
                "display_priority",
                0L,
                "deprecation",
                Map.of(),
                "metadata_tags",
                List.of(),
                "multiple",
                false,
                "multiple_instances_defined",
                false));
  }

  @Test
  void givenAttributes_areKept() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: token
            description: The token.
            required: true
            hidden: true
            display_priority: 3
            secret: true
            deprecation: {Agent version: '8.0'}
            metadata_tags: [auth]
            value:
              type: string
              example: abc
        """;

    YamlMap token = option(load(spec), "token");

    assertThat(token.value("required")).isEqualTo(true);
    assertThat(token.value("hidden")).isEqualTo(true);
    assertThat(token.value("display_priority")).isEqualTo(3L);
    assertThat(token.value("secret")).isEqualTo(true);
    assertThat(token.value("deprecation")).isEqualTo(Map.of("Agent version", "8.0"));
    assertThat(token.value("metadata_tags")).isEqualTo(List.of("auth"));
    assertThat(token.value("value")).isEqualTo(map("type", "string", "example", "abc"));
  }

  @Test
  void everyProblem_isReportedNotOnlyTheFirst() {
    String spec =
        """
        files:
        - name: acme.yaml
          options:
          - name: a
            value:
              type: string
          - name: b
            description: B.
            value: 3
        - name: auto_conf.yaml
          example_name: x
          options: []
        """;

    assertThat(findings(spec))
        .containsExactly(
            "spec-option-description spec.yaml:4:11 file `acme.yaml`, a needs a `description`",
            "spec-option-invalid spec.yaml:9:5 file `acme.yaml`, b: `value` must be a mapping",
            "spec-file-name spec.yaml:11:17 file #2: example file name `x` should be"
                + " `auto_conf.yaml`");
  }

}
