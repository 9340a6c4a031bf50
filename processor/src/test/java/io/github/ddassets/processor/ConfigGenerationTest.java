package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.allGenerated;
import static io.github.ddassets.processor.Compilations.assetPaths;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static io.github.ddassets.processor.Compilations.golden;
import static io.github.ddassets.processor.Compilations.resource;
import static io.github.ddassets.processor.Compilations.source;
import static io.github.ddassets.processor.Compilations.testTemplates;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Configuration records become spec.yaml, conf.yaml.example and auto_conf.yaml. */
class ConfigGenerationTest {

  private static final String ROOT = "META-INF/datadog/acme/";
  private static final String SPEC = ROOT + "assets/configuration/spec.yaml";
  private static final String EXAMPLE = ROOT + "datadog_checks/acme/data/conf.yaml.example";
  private static final String AUTO_CONF = ROOT + "datadog_checks/acme/data/auto_conf.yaml";

  static List<JavaFileObject> acme() {
    return List.of(
        resource("config/AcmeCheck.java"),
        resource("config/AcmeInstance.java"),
        resource("config/AcmeMode.java"));
  }

  @Test
  void configuredCheck_writesSpecExampleAndAutoConf() {
    Compilation compilation =
        compile(List.of(testTemplates()), acme().toArray(new JavaFileObject[0]));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(assetPaths(compilation))
        .containsExactly(
            "META-INF/datadog/acme/assets/configuration/spec.yaml",
            "META-INF/datadog/acme/assets/service_checks.json",
            "META-INF/datadog/acme/datadog_checks/acme/data/auto_conf.yaml",
            "META-INF/datadog/acme/datadog_checks/acme/data/conf.yaml.example",
            "META-INF/datadog/acme/manifest.fragment.json",
            "META-INF/datadog/acme/metadata.csv");
    assertThat(generated(compilation, SPEC)).contains(golden("ConfigGenerationTest", "spec.yaml"));
    assertThat(generated(compilation, EXAMPLE))
        .contains(golden("ConfigGenerationTest", "conf.yaml.example"));
    assertThat(generated(compilation, AUTO_CONF))
        .contains(golden("ConfigGenerationTest", "auto_conf.yaml"));
  }

  @Test
  void withoutTheOption_theBuiltInTemplatesAreUsed() {
    Compilation compilation = compile(acme().toArray(new JavaFileObject[0]));

    assertThat(compilation).succeededWithoutWarnings();
    // The spec keeps its template references whatever the templates say.
    assertThat(generated(compilation, SPEC)).contains(golden("ConfigGenerationTest", "spec.yaml"));
    assertThat(generated(compilation, EXAMPLE).orElseThrow())
        .contains("    ## @param tags - list of strings - optional\n")
        .contains("    ## @param min_collection_interval - number - optional - default: 15\n")
        .contains("  - url: http://localhost:8080\n");
  }

  @Test
  void recordWithoutInitConfig_getsTheDefaultInitConfigSection() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Solo",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"solo\")",
                "final class Solo {",
                "  /** @param host Where Solo runs. */",
                "  @InstanceConfig record Instance(@Param(required = true, example = \"localhost\")"
                    + " String host) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(
                compilation, "META-INF/datadog/solo/datadog_checks/solo/data/conf.yaml.example"))
        .contains(
            "## Shared by every instance.\n"
                + "#\n"
                + "init_config:\n"
                + "\n"
                + "    ## @param service - string - optional\n"
                + "    ## The service tag of everything this check sends.\n"
                + "    #\n"
                + "    # service: <SERVICE>\n"
                + "\n"
                + "## One entry per monitored server.\n"
                + "#\n"
                + "instances:\n"
                + "\n"
                + "    ## @param host - string - required\n"
                + "    ## Where Solo runs.\n"
                + "    #\n"
                + "  - host: localhost\n"
                + "\n"
                + "    ## @param tags - list of strings - optional\n"
                + "    ## Tags added to everything this instance sends.\n"
                + "    #\n"
                + "    # tags:\n"
                + "    #   - <KEY>:<VALUE>\n"
                + "\n"
                + "    ## @param min_collection_interval - number - optional - default: 15\n"
                + "    ## Seconds between two runs of the check.\n"
                + "    #\n"
                + "    # min_collection_interval: 15\n");
  }

  @Test
  void classWithConstructor_isAConfigurationTypeToo() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Legacy",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"legacy\")",
                "final class Legacy {",
                "  @InstanceConfig static final class Instance {",
                "    /** Where Legacy runs. */",
                "    @Param(required = true, example = \"localhost\") final String host;",
                "    /** Its port. */",
                "    @Param(example = \"80\") final int port;",
                "    static final int IGNORED = 1;",
                "    Instance(String host, int port) { this.host = host; this.port = port; }",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(compilation, "META-INF/datadog/legacy/assets/configuration/spec.yaml")
                .orElseThrow())
        .contains(
            "    - name: host\n"
                + "      description: Where Legacy runs.\n"
                + "      required: true\n"
                + "      value:\n"
                + "        type: string\n"
                + "        example: localhost\n"
                + "    - name: port\n"
                + "      description: Its port.\n"
                + "      value:\n"
                + "        type: integer\n"
                + "        example: 80\n"
                + "    - template: instances/default\n");
  }

  @Test
  void requiredWrittenAsFalse_isSpelledOutInTheSpec() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Spelled",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"spelled\")",
                "final class Spelled {",
                "  /**",
                "   * @param host Where it runs.",
                "   * @param port Its port.",
                "   */",
                "  @InstanceConfig record Instance(",
                "      @Param(required = false, example = \"localhost\") String host,",
                "      @Param(example = \"80\") Integer port) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(compilation, "META-INF/datadog/spelled/assets/configuration/spec.yaml")
                .orElseThrow())
        .contains(
            "    - name: host\n"
                + "      description: Where it runs.\n"
                + "      required: false\n"
                + "      value:\n"
                + "        type: string\n"
                + "        example: localhost\n"
                + "    - name: port\n"
                + "      description: Its port.\n"
                + "      value:\n");
  }

  @Test
  void layoutAttributes_shapeTheSpecAsWritten() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Laid",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"laid\")",
                "@Logs(@LogSource(path = \"/var/log/laid.log\", service = \"laid\"))",
                "@Layout(serviceFirst = true)",
                "final class Laid {",
                "  /** @param host Where it runs. */",
                "  @InstanceConfig(specName = \"Laid Out\",",
                "      templates = @Template(\"instances/default\"),",
                "      specVersion = \"1.2.0\", sections = {\"instances\", \"logs\"})",
                "  @Layout(templatesFirst = true, emptyOptions = \"instances/default\")",
                "  record Instance(@Param(example = \"localhost\") String host) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(compilation, "META-INF/datadog/laid/assets/configuration/spec.yaml")
                .orElseThrow())
        .isEqualTo(
            "name: Laid Out\n"
                + "version: 1.2.0\n"
                + "files:\n"
                + "- name: laid.yaml\n"
                + "  options:\n"
                + "  - template: instances\n"
                + "    options:\n"
                + "    - template: instances/default\n"
                + "      options: null\n"
                + "    - name: host\n"
                + "      description: Where it runs.\n"
                + "      value:\n"
                + "        type: string\n"
                + "        example: localhost\n"
                + "  - template: logs\n"
                + "    example:\n"
                + "    - type: file\n"
                + "      path: /var/log/laid.log\n"
                + "      service: laid\n"
                + "      source: laid\n");
  }

  @Test
  void requiredOnProperties_writesRequiredOnEachPropertyOfTheNestedRecord() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Profiled",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "import java.util.List;",
                "@Integration(name = \"profiled\")",
                "final class Profiled {",
                "  /** @param bandwidthProfiles Named profiles. */",
                "  @InstanceConfig record Instance(",
                "      @Param(example = \"[{name: prod, aggregate: bytes_downloaded_sum}]\")",
                "      @Layout(requiredOnProperties = true)",
                "      List<Profile> bandwidthProfiles) {}",
                "  record Profile(",
                "      @Param(required = true) String name,",
                "      @Param(required = true) String aggregate) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(compilation, "META-INF/datadog/profiled/assets/configuration/spec.yaml")
                .orElseThrow())
        .contains(
            "    - name: bandwidth_profiles\n"
                + "      description: Named profiles.\n"
                + "      value:\n"
                + "        type: array\n"
                + "        items:\n"
                + "          type: object\n"
                + "          properties:\n"
                + "          - name: name\n"
                + "            type: string\n"
                + "            required: true\n"
                + "          - name: aggregate\n"
                + "            type: string\n"
                + "            required: true\n"
                + "        example:\n"
                + "        - name: prod\n"
                + "          aggregate: bytes_downloaded_sum\n");
  }

  @Test
  void anyOfWithOneType_isWrittenAsThatType() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Shaped",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"shaped\")",
                "final class Shaped {",
                "  /**",
                "   * @param repositories Branches by repository.",
                "   * @param rules Any rules.",
                "   */",
                "  @InstanceConfig record Instance(",
                "      @Param(anyOf = ValueType.MAPPING, example = \"{org/repo: [main]}\")",
                "          Object repositories,",
                "      @Param(anyOf = ValueType.LIST_OF_MAPPINGS) Object rules) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(compilation, "META-INF/datadog/shaped/assets/configuration/spec.yaml")
                .orElseThrow())
        .contains(
            "    - name: repositories\n"
                + "      description: Branches by repository.\n"
                + "      value:\n"
                + "        type: object\n"
                + "        example:\n"
                + "          org/repo:\n"
                + "          - main\n"
                + "    - name: rules\n"
                + "      description: Any rules.\n"
                + "      value:\n"
                + "        type: array\n"
                + "        items:\n"
                + "          type: object\n");
  }

  @Test
  void autoConfExampleWithDescription_replacesTheOptionsDescriptionThere() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Auto",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"auto\")",
                "@AutoConf(adIdentifiers = \"auto\", examples = @ParamValue(param = \"url\",",
                "    value = \"http://%%host%%:80\", description = \"Where Autodiscovery finds it.\"))",
                "final class Auto {",
                "  /** @param url Where it runs. */",
                "  @InstanceConfig record Instance(",
                "      @Param(required = true, example = \"http://localhost:80\") String url) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    String spec =
        generated(compilation, "META-INF/datadog/auto/assets/configuration/spec.yaml")
            .orElseThrow();
    assertThat(spec)
        .contains("      description: Where it runs.\n")
        .endsWith(
            "    - name: url\n"
                + "      description: Where Autodiscovery finds it.\n"
                + "      required: true\n"
                + "      value:\n"
                + "        type: string\n"
                + "        example: http://%%host%%:80\n");
  }

  @Test
  void logsWithoutSources_keepTheTemplateExample() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Bare",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"bare\")",
                "@Logs({})",
                "final class Bare {",
                "  /** @param host Where it runs. */",
                "  @InstanceConfig record Instance(@Param(example = \"localhost\") String host) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(compilation, "META-INF/datadog/bare/assets/configuration/spec.yaml")
                .orElseThrow())
        .endsWith("  - template: logs\n");
  }

  @Test
  void requiredLogsOfTypeIntegration_areWrittenUncommented() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Sent",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"sent\")",
                "@Logs(value = @LogSource(type = LogType.INTEGRATION), required = true)",
                "final class Sent {",
                "  /** @param host Where it runs. */",
                "  @InstanceConfig record Instance(@Param(example = \"localhost\") String host) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(compilation, "META-INF/datadog/sent/assets/configuration/spec.yaml")
                .orElseThrow())
        .endsWith(
            "  - template: logs\n"
                + "    required: true\n"
                + "    example:\n"
                + "    - type: integration\n"
                + "      source: sent\n");
    assertThat(
            generated(
                    compilation,
                    "META-INF/datadog/sent/datadog_checks/sent/data/conf.yaml.example")
                .orElseThrow())
        .endsWith("#\nlogs:\n  - type: integration\n    source: sent\n");
  }

  @Test
  void portPlaceholderBesideAPort_isAnErrorOnTheAttribute() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Named",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"named\")",
                "@Logs({",
                "  @LogSource(type = LogType.TCP, portPlaceholder = \"<PORT>\"),",
                "  @LogSource(type = LogType.UDP, port = 514, portPlaceholder = \"<PORT>\")",
                "})",
                "final class Named {",
                "  /** @param host Where it runs. */",
                "  @InstanceConfig record Instance(@Param(example = \"localhost\") String host) {}",
                "}"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[source-attribute-invalid] a log source sets port or portPlaceholder, not both")
        .inFile(compilation.sourceFiles().get(0))
        .onLine(6);
  }

  @Test
  void portPlaceholder_isWrittenWhereTheLogPortGoes() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Named",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"named\")",
                "@Logs(@LogSource(type = LogType.TCP, portPlaceholder = \"<PORT>\"))",
                "final class Named {",
                "  /** @param host Where it runs. */",
                "  @InstanceConfig record Instance(@Param(example = \"localhost\") String host) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(
            generated(
                    compilation,
                    "META-INF/datadog/named/datadog_checks/named/data/conf.yaml.example")
                .orElseThrow())
        .endsWith("# logs:\n#   - type: tcp\n#     port: <PORT>\n#     source: named\n");
  }

  @Test
  void sectionsThatDoNotFitTheDeclarations_areErrorsOnTheAttribute() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Odd",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"odd\")",
                "final class Odd {",
                "  /** @param host Where it runs. */",
                "  @InstanceConfig(",
                "      sections = {\"init_config\", \"logs\", \"logs\", \"other\"})",
                "  record Instance(@Param(example = \"localhost\") String host) {}",
                "}"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[source-attribute-invalid] sections of the spec: section `logs` is listed twice;"
                + " unknown section `other`; instances is missing; logs is listed, though no"
                + " @Logs is declared")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("sections = ");
  }

  @Test
  void fileTemplates_areWrittenAfterTheSections_andTheirOptionsAtTheTopOfTheExample() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Beside",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"beside\")",
                "final class Beside {",
                "  /** @param host Where it runs. */",
                "  @InstanceConfig(templates = {},",
                "      fileTemplates = @Template(\"instances/default\"))",
                "  record Instance(",
                "      @Param(required = true, example = \"localhost\") String host) {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    String root = "META-INF/datadog/beside/";
    assertThat(generated(compilation, root + "assets/configuration/spec.yaml").orElseThrow())
        .isEqualTo(
            "name: beside\n"
                + "files:\n"
                + "- name: beside.yaml\n"
                + "  options:\n"
                + "  - template: init_config\n"
                + "    options:\n"
                + "    - template: init_config/default\n"
                + "  - template: instances\n"
                + "    options:\n"
                + "    - name: host\n"
                + "      description: Where it runs.\n"
                + "      required: true\n"
                + "      value:\n"
                + "        type: string\n"
                + "        example: localhost\n"
                + "  - template: instances/default\n");
    assertThat(
            generated(compilation, root + "datadog_checks/beside/data/conf.yaml.example")
                .orElseThrow())
        .endsWith(
            "instances:\n"
                + "\n"
                + "    ## @param host - string - required\n"
                + "    ## Where it runs.\n"
                + "    #\n"
                + "  - host: localhost\n"
                + "\n"
                + "## @param tags - list of strings - optional\n"
                + "## Tags added to everything this instance sends.\n"
                + "#\n"
                + "# tags:\n"
                + "#   - <KEY>:<VALUE>\n"
                + "\n"
                + "## @param min_collection_interval - number - optional - default: 15\n"
                + "## Seconds between two runs of the check.\n"
                + "#\n"
                + "# min_collection_interval: 15\n");
  }

  @Test
  void fileTemplateNamingASection_isAnErrorOnTheTemplate() {
    Compilation compilation =
        compile(
            List.of(testTemplates()),
            source(
                "test.Twice",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"twice\")",
                "final class Twice {",
                "  /** @param host Where it runs. */",
                "  @InstanceConfig(",
                "      fileTemplates = @Template(\"instances\"))",
                "  record Instance(@Param(example = \"localhost\") String host) {}",
                "}"));

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[source-attribute-invalid] `instances` is a section, not a template to place beside"
                + " the sections: list sections in @InstanceConfig(sections)")
        .inFile(compilation.sourceFiles().get(0))
        .onLineContaining("fileTemplates = ");
  }

  @Test
  void sourceOrder_changesNoGeneratedFile() {
    List<JavaFileObject> sources = new ArrayList<>(acme());
    Compilation forward = compile(List.of(testTemplates()), sources.toArray(new JavaFileObject[0]));
    Collections.reverse(sources);
    Compilation reversed =
        compile(List.of(testTemplates()), sources.toArray(new JavaFileObject[0]));

    // Eight files of the integration and the loader, and the source snapshot of the build.
    assertThat(allGenerated(forward))
        .hasSize(9)
        .containsKey("/CLASS_OUTPUT/META-INF/ddassets/sources.json")
        .isEqualTo(allGenerated(reversed));
  }

  @Test
  void templatesOptionThatIsNotAFolder_isAnError() {
    Compilation compilation =
        compile(
            List.of("-Addassets.templates=/no/such/folder"), acme().toArray(new JavaFileObject[0]));

    assertThat(compilation)
        .hadErrorContaining("-Addassets.templates=/no/such/folder is not a folder");
    assertThat(
            Compilations.assetsWrittenToDisk(
                List.of("-Addassets.templates=/no/such/folder"), acme()))
        .isEmpty();
  }
}
