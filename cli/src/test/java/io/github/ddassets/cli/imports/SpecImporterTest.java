package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.palantir.javapoet.ClassName;
import io.github.ddassets.core.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecImporterTest {

  private static final ClassName CHECK = ClassName.get("com.acme", "AcmeCheck");

  /** What every spec-import-unsupported finding says to do. */
  private static final String HINT =
      " (no annotation states it: write it in spec.yaml as docs/configuration.md (Importing a"
          + " spec.yaml) lists, then import again)";

  @TempDir Path dir;

  private Path spec(String... lines) throws IOException {
    Path folder = dir.resolve("acme/assets/configuration");
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve("spec.yaml"), String.join("\n", lines) + "\n");
  }

  @Test
  void options_becomeAnnotatedRecordComponents() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: url",
            "      description: Base URL.",
            "      required: true",
            "      value:",
            "        type: string",
            "        example: http://localhost:8080",
            "    - name: default",
            "      description: A keyword.",
            "      required: false",
            "      value:",
            "        type: array",
            "        items:",
            "          type: string",
            "        example: [a, b]",
            "    - name: port",
            "      description: The port.",
            "      value:",
            "        type: integer",
            "        minimum: 1",
            "        default: 80",
            "    - template: instances/default",
            "      overrides:",
            "        tags.value.example: [env:prod]");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.findings()).isEmpty();
    assertThat(imported.files())
        .extracting(file -> file.typeSpec().name())
        .containsExactly("AcmeInstance");
    assertThat(imported.files().get(0).toString())
        .isEqualTo(
            String.join(
                "\n",
                "package com.acme;",
                "",
                "import io.github.ddassets.annotations.InstanceConfig;",
                "import io.github.ddassets.annotations.Param;",
                "import io.github.ddassets.annotations.Template;",
                "import io.github.ddassets.annotations.TemplateOverride;",
                "import java.util.List;",
                "",
                "/**",
                " * The options of one instance of the check.",
                " */",
                "@InstanceConfig(",
                "    check = AcmeCheck.class,",
                "    templates = @Template(value = \"instances/default\", overrides ="
                    + " @TemplateOverride(path = \"tags.value.example\", value = \"['env:prod']\"))",
                ")",
                "public record AcmeInstance(",
                "    @Param(description = \"Base URL.\", required = true, example ="
                    + " \"http://localhost:8080\") String url,",
                "    @Param(name = \"default\", description = \"A keyword.\", required = false,"
                    + " example = \"[a, b]\") List<String> default_,",
                "    @Param(description = \"The port.\", minimum = 1, defaultValue = \"80\") int"
                    + " port) {",
                "}",
                ""));
  }

  @Test
  void importingTwice_givesTheSameSources() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - name: timeout",
            "      description: Seconds.",
            "      value:",
            "        type: number",
            "        example: 2.5",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: mode",
            "      description: How.",
            "      value:",
            "        type: string",
            "        enum: [fast, safe]",
            "        example: safe",
            "    - name: labels",
            "      description: Labels.",
            "      value:",
            "        type: object",
            "        additionalProperties:",
            "          type: string",
            "    - template: instances/default");

    SpecImport first = SpecImporter.importSpec(spec, "com.acme", CHECK);
    SpecImport second = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(first.findings()).isEmpty();
    assertThat(first.files().stream().map(Object::toString).toList())
        .hasSize(2)
        .isEqualTo(second.files().stream().map(Object::toString).toList());
    assertThat(first.files().get(1).toString())
        .contains("@Param(description = \"How.\", example = \"safe\") Mode mode,")
        .contains("@Param(description = \"Labels.\") Map<String, String> labels")
        .contains("  public enum Mode {\n    FAST,\n\n    SAFE\n  }");
  }

  @Test
  void javadocOption_writesDescriptionsAsParamTags() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: api_key",
            "      description: |-",
            "        The key.",
            "        Keep it secret.",
            "      secret: true",
            "      value:",
            "        type: string",
            "    - template: instances/default");

    SpecImport imported =
        SpecImporter.importSpec(
            spec,
            "com.acme",
            CHECK,
            new SpecImportOptions(true, io.github.ddassets.core.config.ConfigTemplates.builtIn()));

    assertThat(imported.files().get(0).toString())
        .contains(" * @param apiKey The key.\n *     Keep it secret.\n")
        .contains("@Param(secret = true) String apiKey");
  }

  @Test
  void specWithDdevErrors_isImportedWithThem_eachWithPathLineAndRule() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: port",
            "      description: The port.",
            "      requried: true",
            "      value:",
            "        type: integer",
            "    - template: instances/nope");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    // The unknown template is stated as it is (the build refuses it at @Template); the key ddev
    // does not know is left out, as no @Param attribute states it.
    assertThat(imported.findings()).isEmpty();
    assertThat(imported.defects())
        .extracting(finding -> finding.rule().id(), SpecImporterTest::line)
        .containsExactlyInAnyOrder(
            tuple("spec-template-unknown", "spec.yaml:15:17"),
            tuple("spec-option-unknown-key", "spec.yaml:12:7"));
    assertThat(imported.files()).hasSize(1);
    assertThat(imported.files().get(0).toString())
        .contains("templates = @Template(\"instances/nope\")")
        .doesNotContain("requried")
        .contains("@Param(description = \"The port.\") Integer port");
  }

  @Test
  void unsupportedConstruct_isAFindingAtItsLine() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - template: instances/default",
            "  - template: logs",
            "    example:",
            "    - type: tcp",
            "      port: -1",
            "      source: acme");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.files()).isEmpty();
    assertThat(imported.findings())
        .extracting(Finding::text, SpecImporterTest::line)
        .containsExactly(
            tuple(
                "[spec-import-unsupported] a log port that is neither a positive number nor a text"
                    + HINT,
                "spec.yaml:14:7"));
  }

  @Test
  void otherSectionOrderAndSpecName_areAttributes_layoutIsALayoutFlag() throws IOException {
    Path spec =
        spec(
            "name: Acme Server",
            "version: 1.0.0",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: instances",
            "    options:",
            "    - template: instances/default",
            "    - name: url",
            "      description: Base URL.",
            "      value:",
            "        type: string",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: logs",
            "    example:",
            "    - type: file",
            "      path: /var/log/acme.log",
            "      service: acme",
            "      source: acme");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.findings()).isEmpty();
    assertThat(imported.files()).hasSize(2);
    assertThat(imported.files().get(0).toString())
        .contains(
            "@InstanceConfig(\n"
                + "    check = AcmeCheck.class,\n"
                + "    specName = \"Acme Server\",\n"
                + "    specVersion = \"1.0.0\",\n"
                + "    sections = {\"instances\", \"init_config\", \"logs\"}\n"
                + ")\n"
                + "@Layout(\n"
                + "    templatesFirst = true\n"
                + ")\n"
                + "public record AcmeInstance(@Param(description = \"Base URL.\") String url) {\n");
    assertThat(imported.files().get(1).toString())
        .contains(
            "@Logs(\n"
                + "    value = @LogSource(path = \"/var/log/acme.log\", service = \"acme\"),\n"
                + "    check = AcmeCheck.class\n"
                + ")\n"
                + "@Layout(\n"
                + "    serviceFirst = true\n"
                + ")\n"
                + "public interface AcmeLogs {\n");
  }

  @Test
  void templatesBesideTheSections_becomeFileTemplates() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: url",
            "      description: Base URL.",
            "      value:",
            "        type: string",
            "  - template: instances/default",
            "  - template: instances/tags",
            "    hidden: true");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.findings()).isEmpty();
    assertThat(imported.files()).hasSize(1);
    assertThat(imported.files().get(0).toString())
        .contains(
            "@InstanceConfig(\n"
                + "    check = AcmeCheck.class,\n"
                + "    fileTemplates = {\n"
                + "        @Template(\"instances/default\"),\n"
                + "        @Template(value = \"instances/tags\", hidden = true)\n"
                + "    },\n"
                + "    templates = {}\n"
                + ")\n"
                + "public record AcmeInstance(@Param(description = \"Base URL.\") String url) {\n");
  }

  @Test
  void aSectionAfterATemplateBesideTheSections_isUnsupported() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: instances/default",
            "  - template: instances",
            "    options:",
            "    - template: instances/default",
            "  - template: instances/tags",
            "    options:",
            "    - name: extra",
            "      value:",
            "        type: string");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.files()).isEmpty();
    assertThat(imported.findings())
        .extracting(Finding::text, SpecImporterTest::line)
        .containsExactly(
            tuple(
                "[spec-import-unsupported] a section after a template placed beside the sections,"
                    + " which @InstanceConfig(fileTemplates) writes after the last section"
                    + HINT,
                "spec.yaml:6:5"),
            tuple(
                "[spec-import-unsupported] a main file entry other than the init_config, instances"
                    + " and logs sections, each once, and templates without `options` after them"
                    + HINT,
                "spec.yaml:9:5"));
  }

  @Test
  void emptyTemplateOptionsAndCompactExamples_becomeLayoutFlags() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: ranges",
            "      description: Ranges.",
            "      value:",
            "        type: array",
            "        items:",
            "          type: string",
            "        example: [a, b]",
            "        compact_example: true",
            "    - template: instances/default",
            "      options:");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.findings()).isEmpty();
    assertThat(imported.files().get(0).toString())
        .contains(
            "@InstanceConfig(\n"
                + "    check = AcmeCheck.class,\n"
                + "    templates = @Template(\"instances/default\")\n"
                + ")\n"
                + "@Layout(\n"
                + "    emptyOptions = \"instances/default\"\n"
                + ")\n"
                + "public record AcmeInstance(\n"
                + "    @Param(description = \"Ranges.\", example = \"[a, b]\")"
                + " @Layout(compactExample = true) List<String> ranges) {\n");
  }

  @Test
  void requiredLogsEntry_integrationType_andPortPlaceholder_becomeAnnotations() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - template: instances/default",
            "  - template: logs",
            "    required: true",
            "    example:",
            "    - type: integration",
            "      source: acme",
            "    - type: tcp",
            "      port: <PORT>",
            "      source: acme");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.findings()).isEmpty();
    assertThat(imported.files())
        .anySatisfy(
            file ->
                assertThat(file.toString())
                    .contains(
                        "@Logs(\n"
                            + "    value = {\n"
                            + "        @LogSource(type = LogType.INTEGRATION),\n"
                            + "        @LogSource(type = LogType.TCP,"
                            + " portPlaceholder = \"<PORT>\")\n"
                            + "    },\n"
                            + "    required = true,\n"
                            + "    check = AcmeCheck.class\n"
                            + ")\n"
                            + "public interface AcmeLogs {\n"));
  }

  @Test
  void mappingExampleOfANestedObject_isYamlLikeAnyOtherType() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: api",
            "      required: true",
            "      description: The API.",
            "      value:",
            "        type: object",
            "        properties:",
            "        - name: host",
            "          type: string",
            "        - name: tls",
            "          type: boolean",
            "        example: {host: localhost, tls: false}",
            "    - template: instances/default");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.findings()).isEmpty();
    assertThat(imported.files().get(0).toString())
        .contains(
            "@Param(description = \"The API.\", required = true, example ="
                + " \"{host: localhost, tls: false}\") Api api");
  }

  @Test
  void propertiesThatSayTheyAreRequired_becomeALayoutFlagOnTheOption() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: profiles",
            "      description: Profiles.",
            "      value:",
            "        type: array",
            "        items:",
            "          type: object",
            "          properties:",
            "          - name: name",
            "            type: string",
            "            required: true",
            "          - name: limit",
            "            type: integer",
            "            required: false",
            "          - name: note",
            "            type: string",
            "        example:",
            "          - name: main",
            "    - template: instances/default");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.findings()).isEmpty();
    assertThat(imported.files().get(0).toString())
        .contains(
            "    @Param(description = \"Profiles.\", example = \"[{name: main}]\")"
                + " @Layout(requiredOnProperties = true) List<ProfilesItem> profiles) {\n")
        .contains(
            "  public static record ProfilesItem(@Param(required = true) String name,\n"
                + "      @Param(required = false) Integer limit, @Param String note) {\n");
  }

  @Test
  void propertiesThatSayTheyAreRequired_besideTheObjectsList_areUnsupported() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - name: relay",
            "      description: The relay.",
            "      value:",
            "        type: object",
            "        properties:",
            "        - name: host",
            "          type: string",
            "          required: true",
            "        - name: port",
            "          type: integer",
            "        required: [port]",
            "    - template: instances/default");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.files()).isEmpty();
    assertThat(imported.findings())
        .extracting(Finding::text, SpecImporterTest::line)
        .containsExactly(
            tuple(
                "[spec-import-unsupported] `relay` lists its required properties while properties"
                    + " say it themselves"
                    + HINT,
                "spec.yaml:20:9"));
  }

  @Test
  void logSourcesThatOrderServiceAndSourceDifferently_areUnsupported() throws IOException {
    Path spec =
        spec(
            "name: acme",
            "files:",
            "- name: acme.yaml",
            "  options:",
            "  - template: init_config",
            "    options:",
            "    - template: init_config/default",
            "  - template: instances",
            "    options:",
            "    - template: instances/default",
            "  - template: logs",
            "    example:",
            "    - type: file",
            "      path: /var/log/acme.log",
            "      service: acme",
            "      source: acme",
            "    - type: file",
            "      path: /var/log/acme-audit.log",
            "      source: acme",
            "      service: audit");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.files()).isEmpty();
    assertThat(imported.findings())
        .extracting(Finding::text, SpecImporterTest::line)
        .containsExactly(
            tuple(
                "[spec-import-unsupported] log sources that order `service` and `source`"
                    + " differently, which @Layout(serviceFirst) cannot declare"
                    + HINT,
                "spec.yaml:17:7"));
  }

  @Test
  void unreadableYaml_isASingleFinding() throws IOException {
    Path spec = spec("name: acme", "files: [");

    SpecImport imported = SpecImporter.importSpec(spec, "com.acme", CHECK);

    assertThat(imported.files()).isEmpty();
    assertThat(imported.findings())
        .extracting(finding -> finding.rule().id())
        .containsExactly("spec-unreadable");
  }

  private static String line(Finding finding) {
    String where = finding.origin().describe();
    return where.substring(where.lastIndexOf('/') + 1);
  }
}
