package io.github.ddassets.core.declare;

import static io.github.ddassets.core.declare.ConfigFixtures.ACME;
import static io.github.ddassets.core.declare.ConfigFixtures.BOOLEAN;
import static io.github.ddassets.core.declare.ConfigFixtures.INT;
import static io.github.ddassets.core.declare.ConfigFixtures.MODE;
import static io.github.ddassets.core.declare.ConfigFixtures.STRING;
import static io.github.ddassets.core.declare.ConfigFixtures.assemble;
import static io.github.ddassets.core.declare.ConfigFixtures.instances;
import static io.github.ddassets.core.declare.ConfigFixtures.override;
import static io.github.ddassets.core.declare.ConfigFixtures.param;
import static io.github.ddassets.core.declare.ConfigFixtures.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.build.AssetFiles;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.testing.SourceOrigin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigAssemblerTest {

  private static final String EXAMPLE = GeneratedFiles.example("acme", "conf.yaml.example");

  @Test
  void instanceType_becomesASpecThatKeepsItsTemplates() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("url", STRING).required().example("http://localhost").build(),
                param("apiKey", STRING).secret().build()));

    assertThat(outcome.findings()).isEmpty();
    assertThat(files(outcome).get(GeneratedFiles.SPEC))
        .isEqualTo(
            "name: Acme\n"
                + "files:\n"
                + "- name: acme.yaml\n"
                + "  options:\n"
                + "  - template: init_config\n"
                + "    options:\n"
                + "    - template: init_config/default\n"
                + "  - template: instances\n"
                + "    options:\n"
                + "    - name: url\n"
                + "      description: The url.\n"
                + "      required: true\n"
                + "      value:\n"
                + "        type: string\n"
                + "        example: http://localhost\n"
                + "    - name: api_key\n"
                + "      description: The apiKey.\n"
                + "      secret: true\n"
                + "      value:\n"
                + "        type: string\n"
                + "    - template: instances/default\n");
    assertThat(files(outcome).get(EXAMPLE))
        .contains(
            "instances:\n"
                + "\n"
                + "    ## @param url - string - required\n"
                + "    ## The url.\n"
                + "    #\n"
                + "  - url: http://localhost\n"
                + "\n"
                + "    ## @param api_key - string - optional\n"
                + "    ## The apiKey.\n"
                + "    #\n"
                + "    # api_key: <API_KEY>\n");
    assertThat(outcome.optionNames().get(ConfigSection.INSTANCES))
        .containsExactly("api_key", "min_collection_interval", "tags", "url");
    assertThat(outcome.optionNames().get(ConfigSection.INIT_CONFIG)).containsExactly("service");
  }

  @Test
  void nothingDeclared_givesNoFile() {
    DeclaredConfig none =
        new DeclaredConfig(
            ACME, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(ConfigAssembler.assemble(none, ConfigFixtures.templates()))
        .isEqualTo(ConfigOutcome.none());
  }

  @Test
  void stringExamples_areText_otherExamplesAreYaml() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("port", STRING).example("8080").build(),
                param("count", INT).example("8080").build(),
                param("flags", new ParamType.ListType(STRING, false))
                    .example("[a, 'b c']")
                    .build()));

    assertThat(files(outcome).get(GeneratedFiles.SPEC))
        .contains("        type: string\n        example: '8080'\n")
        .contains("        type: integer\n        example: 8080\n")
        .contains("        example:\n        - a\n        - b c\n");
  }

  @Test
  void constraints_landOnTheScalarsTheyConstrain() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("modes", new ParamType.ListType(STRING, true)).enumValues("a", "b").build(),
                param("ports", new ParamType.MapType(INT)).minimum(1).maximum(65535.5).build()));

    assertThat(outcome.findings()).isEmpty();
    assertThat(files(outcome).get(GeneratedFiles.SPEC))
        .contains(
            "        type: array\n"
                + "        items:\n"
                + "          type: string\n"
                + "          enum:\n"
                + "          - a\n"
                + "          - b\n"
                + "        uniqueItems: true\n")
        .contains(
            "        type: object\n"
                + "        additionalProperties:\n"
                + "          type: integer\n"
                + "          minimum: 1\n"
                + "          maximum: 65535.5\n");
  }

  @Test
  void enumWithoutExample_showsItsDefault_elseItsFirstValue() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("mode", MODE).defaultValue("digest").build(),
                param("fallback", MODE).build()));

    assertThat(files(outcome).get(EXAMPLE))
        .contains("    ## @param mode - string - optional - default: digest\n")
        .contains("    # mode: digest\n")
        .contains("    # fallback: basic\n");
  }

  @Test
  void specFindings_pointAtTheDeclaration() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("verify", BOOLEAN).build(),
                param("port", INT).example("abc").build(),
                param("host", STRING).description("").build(),
                param("text", STRING).description("x".repeat(120)).build()));

    assertThat(outcome.findings())
        .extracting(finding -> finding.rule(), finding -> finding.origin().describe())
        .containsExactly(
            tuple(Rule.SPEC_BOOLEAN_EXAMPLE, "verify"),
            tuple(Rule.SPEC_EXAMPLE_TYPE, "port#example"),
            tuple(Rule.SPEC_OPTION_DESCRIPTION, "host#name"),
            tuple(Rule.SPEC_DESCRIPTION_TOO_LONG, "text#description"));
  }

  @Test
  void findingInATemplateFile_isMovedToTheTemplatesAttribute() {
    ConfigDeclaration twice =
        new ConfigDeclaration(
            ConfigSection.INSTANCES,
            "test.Instance",
            List.of(),
            List.of(template("instances/default"), template("instances/default")),
            SourceOrigin.of("Instance"));

    ConfigOutcome outcome = assemble(twice);

    assertThat(outcome.findings()).isNotEmpty();
    Finding finding = outcome.findings().get(0);
    assertThat(finding.rule()).isEqualTo(Rule.SPEC_OPTION_DUPLICATE);
    assertThat(finding.origin()).isEqualTo(SourceOrigin.of("Instance").attribute("templates"));
    assertThat(finding.message())
        .isEqualTo(
            "option `tags` is already defined by option #1 (in"
                + " test-templates/instances/default.yaml:1:9)");
  }

  @Test
  void componentNamedLikeATemplateOption_readsItAndTheSpecKeepsTheTemplates() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("url", STRING).required().example("http://localhost").build(),
                param("tags", new ParamType.ListType(STRING, false)).build()));

    assertThat(outcome.findings()).isEmpty();
    String spec = files(outcome).get(GeneratedFiles.SPEC);
    assertThat(spec).contains("- name: url").doesNotContain("- name: tags");
    assertThat(spec).contains("- template: instances/default");
    assertThat(outcome.optionNames().get(ConfigSection.INSTANCES)).contains("tags", "url");
  }

  @Test
  void componentNamedLikeATemplateOption_withItsOwnExampleOrAnotherType_isRefused() {
    ConfigOutcome outcome = assemble(instances(param("tags", STRING).example("x").build()));

    assertThat(outcome.findings())
        .extracting(Finding::rule, Finding::message)
        .containsExactly(
            tuple(
                Rule.SOURCE_ATTRIBUTE_INVALID,
                "`tags` is an option of the section's templates, which give its example, default"
                    + " and required flag: this component only reads it, so remove required,"
                    + " example and defaultValue"),
            tuple(
                Rule.SOURCE_PARAM_TYPE,
                "parameter `tags` has type string: the template's option `tags` is of type"
                    + " array"));
    assertThat(outcome.findings().get(0).origin()).isEqualTo(SourceOrigin.of("tags"));
  }

  @Test
  void unusedOverride_isReportedOnItsPath() {
    ConfigDeclaration declared =
        new ConfigDeclaration(
            ConfigSection.INSTANCES,
            "test.Instance",
            List.of(),
            List.of(
                template(
                    "instances/default",
                    override("tags.value.example", "[a]"),
                    override("nope.value", "x"))),
            SourceOrigin.of("Instance"));

    List<Finding> findings = assemble(declared).findings();

    assertThat(findings)
        .extracting(finding -> finding.rule(), finding -> finding.origin().describe())
        .containsExactly(tuple(Rule.SPEC_OVERRIDE_UNUSED, "@TemplateOverride(nope.value)#path"));
  }

  @Test
  void misspeltOverride_isReportedOnceOnItsPathWithoutTheSpecsOptionNumber() {
    ConfigDeclaration declared =
        new ConfigDeclaration(
            ConfigSection.INSTANCES,
            "test.Instance",
            List.of(),
            List.of(
                template("instances/http", override("auth_typ.value.example", "basic")),
                template("instances/default")),
            SourceOrigin.of("Instance"));

    List<Finding> findings = assemble(declared).findings();

    // The loader also tries the override on instances/default; before, that gave a second error
    // on @Template(instances/default), and both began `file `acme.yaml`, instances, option #N:`.
    assertThat(findings)
        .extracting(finding -> finding.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                "@TemplateOverride(auth_typ.value.example)#path",
                "template override `auth_typ.value.example`: the template has no named mapping"
                    + " `auth_typ`"));
  }

  @Test
  void unknownTemplate_isReportedWithoutTheSpecsOptionNumber() {
    ConfigDeclaration declared =
        new ConfigDeclaration(
            ConfigSection.INSTANCES,
            "test.Instance",
            List.of(),
            List.of(template("instances/nope"), template("instances/default")),
            SourceOrigin.of("Instance"));

    assertThat(assemble(declared).findings())
        .extracting(finding -> finding.origin().describe(), Finding::message)
        .containsExactly(
            tuple("@Template(instances/nope)#value", "template `instances/nope` does not exist"));
  }

  @Test
  void specFindingsOnComponents_nameTheComponent() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("host", STRING).example("x").build(),
                param("port", INT).example("abc").build(),
                param("apiKey", STRING).description("").build()));

    assertThat(outcome.findings())
        .extracting(Finding::rule, Finding::message)
        .containsExactly(
            tuple(
                Rule.SPEC_EXAMPLE_TYPE,
                "Instance.port: the example of an integer value must be a number"),
            tuple(Rule.SPEC_OPTION_DESCRIPTION, "Instance.apiKey needs a `description`"));
  }

  @Test
  void duplicateOption_namesTheComponentThatFirstDefinedIt() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("server", STRING).name("host").example("x").build(),
                param("host", STRING).example("y").build()));

    // Before: "option `host` is already defined by option #1".
    assertThat(outcome.findings())
        .extracting(Finding::rule, Finding::message)
        .containsExactly(
            tuple(
                Rule.SPEC_OPTION_DUPLICATE, "option `host` is already defined by Instance.server"));
  }

  @Test
  void examplesOutsideTheirSchema_areReportedOnTheExample() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("mode", MODE).example("basik").build(),
                param("timeout", INT).example("90000").maximum(60000).build(),
                param("ports", new ParamType.ListType(INT, false))
                    .example("[http, https]")
                    .build()));

    assertThat(outcome.findings())
        .extracting(Finding::rule, finding -> finding.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.SPEC_EXAMPLE_VALUE,
                "mode#example",
                "Instance.mode: the example is `basik`, not one of basic, digest"),
            tuple(
                Rule.SPEC_EXAMPLE_VALUE,
                "timeout#example",
                "Instance.timeout: the example is `90000`, more than the maximum `60000`"),
            tuple(
                Rule.SPEC_EXAMPLE_VALUE,
                "ports#example",
                "Instance.ports: the example has `http` at item 1, which is not an integer"));
  }

  @Test
  void sectionWithoutDefaultTemplate_isReportedAsDdevDoes() {
    ConfigDeclaration declared =
        new ConfigDeclaration(
            ConfigSection.INSTANCES,
            "test.Instance",
            List.of(param("host", STRING).example("x").build()),
            List.of(template("instances/http")),
            SourceOrigin.of("Instance"));

    assertThat(assemble(declared).findings())
        .extracting(finding -> finding.rule(), finding -> finding.origin().describe())
        .containsExactly(tuple(Rule.SPEC_DEFAULT_TEMPLATES, "Instance#templates"));
  }

  @Test
  void fileTemplates_areWrittenBesideTheSections_andTheirOptionsAtTheTopOfTheExample() {
    ConfigDeclaration declared =
        new ConfigDeclaration(
            ConfigSection.INSTANCES,
            "test.Instance",
            List.of(param("url", STRING).required().example("http://localhost").build()),
            List.of(),
            SourceOrigin.of("Instance"),
            false,
            new SpecLayout("", "", List.of(), List.of(template("instances/default"))));

    ConfigOutcome outcome = assemble(declared);

    // ddev finds its default template anywhere in the spec: beside the sections is enough.
    assertThat(outcome.findings()).isEmpty();
    assertThat(files(outcome).get(GeneratedFiles.SPEC))
        .isEqualTo(
            "name: Acme\n"
                + "files:\n"
                + "- name: acme.yaml\n"
                + "  options:\n"
                + "  - template: init_config\n"
                + "    options:\n"
                + "    - template: init_config/default\n"
                + "  - template: instances\n"
                + "    options:\n"
                + "    - name: url\n"
                + "      description: The url.\n"
                + "      required: true\n"
                + "      value:\n"
                + "        type: string\n"
                + "        example: http://localhost\n"
                + "  - template: instances/default\n");
    assertThat(files(outcome).get(EXAMPLE))
        .endsWith(
            "instances:\n"
                + "\n"
                + "    ## @param url - string - required\n"
                + "    ## The url.\n"
                + "    #\n"
                + "  - url: http://localhost\n"
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
    // The Agent reads no option outside the sections: an instance knows only its own.
    assertThat(outcome.optionNames().get(ConfigSection.INSTANCES)).containsExactly("url");
  }

  @Test
  void fileTemplateNamingASection_isAnErrorOnItsName() {
    ConfigDeclaration declared =
        new ConfigDeclaration(
            ConfigSection.INSTANCES,
            "test.Instance",
            List.of(param("url", STRING).build()),
            List.of(template("instances/default")),
            SourceOrigin.of("Instance"),
            false,
            new SpecLayout("", "", List.of(), List.of(template("init_config"))));

    assertThat(assemble(declared).findings())
        .extracting(Finding::text, finding -> finding.origin().describe())
        .contains(
            tuple(
                "[source-attribute-invalid] `init_config` is a section, not a template to place"
                    + " beside the sections: list sections in @InstanceConfig(sections)",
                "@Template(init_config)#value"));
  }

  @Test
  void badDefaults_areReported() {
    Map<String, String> cases = new LinkedHashMap<>();
    List<ParamDeclaration> params =
        List.of(
            param("port", INT).defaultValue("abc").build(),
            param("mode", MODE).defaultValue("ntlm").build(),
            param("ports", new ParamType.ListType(INT, false)).defaultValue("[1, x]").build(),
            param("size", INT).maximum(10).defaultValue("11").build(),
            param("big", INT).defaultValue("3000000000").build(),
            param("name", STRING).pattern("^a").defaultValue("b").build(),
            param("any", new ParamType.AnyType())
                .anyOf("STRING", "MAPPING")
                .defaultValue("[1]")
                .build());

    assemble(instances(params.toArray(new ParamDeclaration[0])))
        .findings()
        .forEach(
            finding ->
                cases.put(
                    finding.origin().describe(), finding.rule().id() + " " + finding.message()));

    assertThat(cases)
        .containsExactly(
            Map.entry(
                "port#defaultValue",
                "source-param-default the default of `port` is not an integer (found `abc`)"),
            Map.entry(
                "mode#defaultValue",
                "source-param-default the default of `mode` is `ntlm`, not one of basic, digest"),
            Map.entry(
                "ports#defaultValue",
                "source-param-default the default of `ports` item 2 is not an integer (found `x`)"),
            Map.entry(
                "size#defaultValue",
                "source-param-default the default of `size` is greater than the maximum 10"),
            Map.entry(
                "big#defaultValue",
                "source-param-default the default of `big` is out of the range of int"),
            Map.entry(
                "name#defaultValue",
                "source-param-default the default of `name` `b` does not match the pattern ^a"),
            Map.entry(
                "any#defaultValue",
                "source-param-default the default of `any` is none of STRING, MAPPING (found"
                    + " `[1]`)"));
  }

  @Test
  void requiredParamWithADefault_keepsItInTheSpec_andTheExampleShowsNone() {
    ConfigOutcome outcome =
        assemble(
            instances(
                param("version", STRING).required().example("v7").defaultValue("v6").build()));

    assertThat(outcome.findings()).isEmpty();
    assertThat(files(outcome).get(GeneratedFiles.SPEC))
        .contains("      required: true\n")
        .contains("        type: string\n        example: v7\n        default: v6\n");
    assertThat(files(outcome).get(EXAMPLE))
        .contains("    ## @param version - string - required\n")
        .contains("  - version: v7\n");
  }

  @Test
  void nestedRecordProperties_sayWhetherTheyAreRequired_whenTheLayoutFlagAsks() {
    List<ParamDeclaration> components =
        List.of(
            param("name", STRING).required().build(),
            param("aggregate", STRING).required().example("bytes").build(),
            param("note", STRING).optionalWritten().build(),
            param("port", INT).build());
    ParamType listed =
        new ParamType.ListType(new ParamType.RecordType("test.Profile", components), false);
    ParamType said =
        new ParamType.ListType(new ParamType.RecordType("test.Profile", components, true), false);

    ConfigOutcome outcome =
        assemble(
            instances(
                param("listed", listed).example("[{name: a, aggregate: b}]").build(),
                param("said", said).example("[{name: a, aggregate: b}]").build()));

    assertThat(outcome.findings()).isEmpty();
    String properties =
        "          properties:\n"
            + "          - name: name\n"
            + "            description: The name.\n"
            + "            type: string\n"
            + "%s"
            + "          - name: aggregate\n"
            + "            description: The aggregate.\n"
            + "            type: string\n"
            + "%s"
            + "            example: bytes\n"
            + "          - name: note\n"
            + "            description: The note.\n"
            + "            type: string\n"
            + "%s"
            + "          - name: port\n"
            + "            description: The port.\n"
            + "            type: integer\n";
    assertThat(files(outcome).get(GeneratedFiles.SPEC))
        .contains(
            "    - name: listed\n"
                + "      description: The listed.\n"
                + "      value:\n"
                + "        type: array\n"
                + "        items:\n"
                + "          type: object\n"
                + properties.formatted("", "", "")
                + "          required:\n"
                + "          - name\n"
                + "          - aggregate\n"
                + "        example:\n")
        .contains(
            "    - name: said\n"
                + "      description: The said.\n"
                + "      value:\n"
                + "        type: array\n"
                + "        items:\n"
                + "          type: object\n"
                + properties.formatted(
                    "            required: true\n",
                    "            required: true\n",
                    "            required: false\n")
                + "        example:\n");
  }

  @Test
  void requiredOnProperties_besideAnObjectThatListsItsOwn_isReportedOnTheComponent() {
    ParamType inner =
        new ParamType.RecordType("test.Inner", List.of(param("host", STRING).required().build()));
    ParamType outer =
        new ParamType.RecordType(
            "test.Outer", List.of(param("inner", inner).required().build()), true);

    assertThat(assemble(instances(param("outer", outer).build())).findings())
        .extracting(
            finding -> finding.rule(), finding -> finding.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.SOURCE_ATTRIBUTE_INVALID,
                "inner#required",
                "`inner` says whether it is required where its object lists its required"
                    + " properties: set requiredOnProperties on `inner` too"));
  }

  @Test
  void misplacedAttributes_areReported() {
    ParamType record =
        new ParamType.RecordType("test.Relay", List.of(param("host", STRING).secret().build()));
    List<ParamDeclaration> params =
        List.of(
            param("count", INT).enumValues("a").example("1").build(),
            param("mode", MODE).enumValues("a").build(),
            param("host", STRING).minimum(1).build(),
            param("port", INT).pattern("(").example("1").build(),
            param("relay", record).build(),
            param("hosts", new ParamType.ListType(STRING, false))
                .anyOf("STRING", "MAPPING")
                .build());

    assertThat(assemble(instances(params.toArray(new ParamDeclaration[0]))).findings())
        .filteredOn(finding -> finding.rule() == Rule.SOURCE_ATTRIBUTE_INVALID)
        .extracting(finding -> finding.origin().describe(), Finding::message)
        .containsExactly(
            tuple("count#enumValues", "enumValues of `count` needs string values"),
            tuple(
                "mode#enumValues",
                "enumValues of `mode` needs string values (an enum type gives its own values)"),
            tuple("host#minimum", "minimum of `host` needs number values"),
            tuple("port#pattern", "pattern of `port` needs string values"),
            tuple(
                "host#secret",
                "secret applies to options, not to `host`, a component of a nested record"),
            tuple(
                "hosts#anyOf",
                "anyOf of `hosts` needs a parameter of type Object (or List<String> for {STRING,"
                    + " LIST_OF_STRINGS})"));
  }

  @Test
  void badYaml_isReportedOnItsAttribute() {
    ConfigOutcome outcome =
        assemble(
            instances(param("ports", new ParamType.ListType(INT, false)).example("[1, 2").build()));

    assertThat(outcome.findings())
        .extracting(
            finding -> finding.rule(), finding -> finding.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.SOURCE_YAML_INVALID,
                "ports#example",
                "the example of `ports` is not valid YAML: expected ',' or ']', but got <stream"
                    + " end>"));
  }

  @Test
  void logsAndAutoConf_addASectionAndAFile() {
    LogsDeclaration logs =
        new LogsDeclaration(
            List.of(
                new LogsDeclaration.LogSource(
                    "file",
                    "/var/log/acme.log",
                    0,
                    "",
                    "",
                    "",
                    "",
                    List.of(),
                    SourceOrigin.of("@LogSource")),
                new LogsDeclaration.LogSource(
                    "tcp", "", 0, "", "", "", "", List.of(), SourceOrigin.of("@LogSource(tcp)"))),
            "",
            SourceOrigin.of("@Logs"));
    AutoConfDeclaration autoConf =
        new AutoConfDeclaration(
            List.of("acme"),
            List.of(
                new AutoConfDeclaration.Example(
                    "url", "http://%%host%%", SourceOrigin.of("@ParamValue(url)")),
                new AutoConfDeclaration.Example("nope", "x", SourceOrigin.of("@ParamValue(nope)"))),
            List.of(),
            SourceOrigin.of("@AutoConf"));
    ConfigDeclaration instances =
        instances(
            param("url", STRING).required().example("http://localhost").build(),
            param("port", INT).build());

    ConfigOutcome outcome =
        ConfigAssembler.assemble(
            new DeclaredConfig(
                ACME,
                Optional.empty(),
                Optional.of(instances),
                Optional.of(logs),
                Optional.of(autoConf)),
            ConfigFixtures.templates());

    assertThat(outcome.findings())
        .extracting(finding -> finding.origin().describe(), Finding::message)
        .containsExactly(
            tuple("@LogSource(tcp)#type", "a tcp log source needs port"),
            tuple(
                "@ParamValue(nope)#param",
                "`nope` is not an option of the @InstanceConfig type Instance"));
    assertThat(files(outcome).get(EXAMPLE))
        .endsWith(
            "## Log collection.\n"
                + "#\n"
                + "# logs:\n"
                + "#   - type: file\n"
                + "#     path: /var/log/acme.log\n"
                + "#     source: acme\n"
                + "#   - type: tcp\n"
                + "#     source: acme\n");
    assertThat(files(outcome).get(GeneratedFiles.example("acme", "auto_conf.yaml")))
        .isEqualTo(
            "## @param ad_identifiers - list of strings - required\n"
                + "## Container identifiers Autodiscovery matches.\n"
                + "#\n"
                + "ad_identifiers:\n"
                + "  - acme\n"
                + "\n"
                + "## Shared by every instance.\n"
                + "#\n"
                + "init_config:\n"
                + "\n"
                + "## One entry per monitored server.\n"
                + "#\n"
                + "instances:\n"
                + "\n"
                + "    ## @param url - string - required\n"
                + "    ## The url.\n"
                + "    #\n"
                + "  - url: http://%%host%%\n");
    assertThat(files(outcome).keySet())
        .isEqualTo(
            Set.of(GeneratedFiles.SPEC, EXAMPLE, GeneratedFiles.example("acme", "auto_conf.yaml")));
  }

  @Test
  void logPortPlaceholder_isWrittenAsText_andStandsInForThePort() {
    LogsDeclaration logs =
        new LogsDeclaration(
            List.of(
                tcp(0, "<PORT>", "@LogSource(placeholder)"),
                tcp(514, "<PORT>", "@LogSource(both)")),
            "",
            SourceOrigin.of("@Logs"));

    ConfigOutcome outcome =
        ConfigAssembler.assemble(
            new DeclaredConfig(
                ACME,
                Optional.empty(),
                Optional.of(instances(param("url", STRING).required().example("x").build())),
                Optional.of(logs),
                Optional.empty()),
            ConfigFixtures.templates());

    assertThat(outcome.findings())
        .extracting(finding -> finding.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                "@LogSource(both)#portPlaceholder",
                "a log source sets port or portPlaceholder, not both"));
    assertThat(files(outcome).get(EXAMPLE))
        .endsWith(
            "#   - type: tcp\n"
                + "#     port: <PORT>\n"
                + "#     source: acme\n"
                + "#   - type: tcp\n"
                + "#     port: 514\n"
                + "#     source: acme\n");
  }

  private static LogsDeclaration.LogSource tcp(int port, String placeholder, String origin) {
    return new LogsDeclaration.LogSource(
        "tcp", "", port, "", "", "", "", List.of(), SourceOrigin.of(origin), false, placeholder);
  }

  @Test
  void defaultValues_areOneLineOfYaml() {
    assertThat(DefaultValues.yaml(param("a", STRING).defaultValue("yes").build()))
        .contains("'yes'");
    assertThat(DefaultValues.yaml(param("b", STRING).defaultValue("").build())).contains("''");
    assertThat(DefaultValues.yaml(param("c", MODE).defaultValue("basic").build()))
        .contains("basic");
    assertThat(
            DefaultValues.yaml(
                param("d", new ParamType.ListType(INT, false)).defaultValue("[1, 2]").build()))
        .contains("[1, 2]");
    assertThat(DefaultValues.yaml(param("e", INT).build())).isEmpty();
  }

  /** The files the build places the outcome's texts in, as the assertions name them. */
  private static Map<String, String> files(ConfigOutcome outcome) {
    return AssetFiles.config("acme", outcome);
  }
}
