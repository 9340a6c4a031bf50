package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.assetsWrittenToDisk;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.source;
import static io.github.ddassets.processor.RuleCase.inCheck;
import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.github.ddassets.core.rules.Applies;
import io.github.ddassets.core.rules.Rule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule that can fire on annotated sources, compiled with javac: the diagnostic carries the
 * rule id, sits on the offending line, and an error leaves no asset file behind.
 */
class RuleCompilationTest {

  private static final String DESCRIBED = "description = \"Described.\"";

  private static final String[] JMX_CONFIG = {
    "  @InitConfig(check = AcmeCheck.class, templates = @Template(\"init_config/jmx\"))",
    "  record Init() {}",
    "  @InstanceConfig(check = AcmeCheck.class, templates = @Template(\"instances/jmx\"))",
    "  record Instance() {}"
  };

  /** A JMX check's body: the given lines, then configuration through the jmx templates. */
  private static String[] jmx(String... lines) {
    return Stream.concat(Arrays.stream(lines), Arrays.stream(JMX_CONFIG)).toArray(String[]::new);
  }

  static Stream<RuleCase> cases() {
    return Stream.of(
        // ---- sources ----
        // ---- metrics.yaml of a JMX integration ----
        inCheck(
            Rule.JMX_INCLUDE_SCOPE,
            "ddev",
            ERROR,
            "beanRegex = \"acme:type=(Queue|Topic)\"",
            jmx(
                "  @JmxRule(beanRegex = \"acme:type=(Queue|Topic)\",",
                "      attributes = @JmxAttribute(name = \"Size\", alias = \"acme.$1.size\"))",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String SIZE = \"acme.queue.size\";")),
        inCheck(
            Rule.JMX_BEAN_ATTRIBUTE_DUPLICATE,
            "ddev",
            ERROR,
            "name = \"Size\", alias = \"acme.other\"",
            jmx(
                "  @JmxRule(bean = \"acme:type=Queue\", attributes = @JmxAttribute(name ="
                    + " \"Size\"))",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String SIZE = \"acme.size\";",
                "  @JmxRule(bean = \"acme:type=Queue\",",
                "      attributes = @JmxAttribute(name = \"Size\", alias = \"acme.other\"))",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String OTHER = \"acme.other\";")),
        inCheck(
            Rule.JMX_SPEC_TEMPLATES,
            "ddev",
            ERROR,
            "instances/default",
            "  @JmxRule(domain = \"acme\", attributes = @JmxAttribute(name = \"Size\"))",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
            "  static final String SIZE = \"acme.size\";",
            "  @InstanceConfig(check = AcmeCheck.class, templates ="
                + " @Template(\"instances/default\"))",
            "  record Instance(" + HOST + ") {}"),
        inCheck(
            Rule.JMX_RULE_SHADOWED,
            "strict",
            WARNING,
            "alias = \"acme.other\"",
            jmx(
                "  @JmxRule(domain = \"acme\", attributes = @JmxAttribute(name = \"Size\"))",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String SIZE = \"acme.size\";",
                "  @JmxRule(domain = \"acme\", tags = @JmxTag(name = \"t\", value = \"v\"),",
                "      attributes = @JmxAttribute(name = \"Size\", alias = \"acme.other\"))",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String OTHER = \"acme.other\";")),
        inCheck(
            Rule.JMX_ALIAS_UNDECLARED,
            "strict",
            ERROR,
            "alias = \"acme.lag\"",
            jmx(
                "  @JmxRule(domain = \"acme\",",
                "      attributes = @JmxAttribute(name = \"Lag\", alias = \"acme.lag\"))",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String SIZE = \"acme.size\";")),
        inCheck(
            Rule.JMX_TYPE_MISMATCH,
            "strict",
            WARNING,
            "name = \"Hits\"",
            jmx(
                "  @JmxRule(domain = \"acme\", attributes = @JmxAttribute(name = \"Hits\",",
                "      metricType = JmxMetricType.MONOTONIC_COUNT))",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String HITS = \"acme.hits\";")),
        inCheck(
            Rule.JMX_ROW_NOT_PRODUCED,
            "strict",
            WARNING,
            "String FORGOTTEN",
            jmx(
                "  @JmxRule(domain = \"acme\", attributes = @JmxAttribute(name = \"Size\"))",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String SIZE = \"acme.size\";",
                "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                "  static final String FORGOTTEN = \"acme.forgotten\";")),
        inCheck(
            Rule.SOURCE_NOT_CONSTANT,
            "ddev",
            ERROR,
            "String NOT_FINAL",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
            "  static String NOT_FINAL = \"acme.x\";"),
        new RuleCase(
            Rule.SOURCE_NO_INTEGRATION,
            "ddev",
            ERROR,
            "String ORPHAN",
            List.of(
                source(
                    "test.Orphans",
                    "package test;",
                    "import io.github.ddassets.annotations.*;",
                    "final class Orphans {",
                    "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
                    "  static final String ORPHAN = \"acme.orphan\";",
                    "}"),
                RuleCase.acmeCheck())),
        new RuleCase(
            Rule.SOURCE_CHECK_NOT_INTEGRATION,
            "ddev",
            ERROR,
            "check = Orphans.class",
            List.of(
                source(
                    "test.Orphans",
                    "package test;",
                    "import io.github.ddassets.annotations.*;",
                    "final class Orphans {",
                    "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ",",
                    "      check = Orphans.class)",
                    "  static final String ORPHAN = \"acme.orphan\";",
                    "}"),
                RuleCase.acmeCheck())),
        new RuleCase(
            Rule.SOURCE_DUPLICATE_INTEGRATION,
            "ddev",
            ERROR,
            "name = \"acme\"",
            List.of(
                source(
                    "test.SecondCheck",
                    "package test;",
                    "import io.github.ddassets.annotations.*;",
                    "@Integration(name = \"acme\")",
                    "final class SecondCheck {}"),
                RuleCase.acmeCheck())),
        new RuleCase(
            Rule.SOURCE_LISTING_NO_INTEGRATION,
            "ddev",
            ERROR,
            "@Listing(",
            List.of(
                source(
                    "test.Stray",
                    "package test;",
                    "import io.github.ddassets.annotations.*;",
                    "@Listing(",
                    "    appUuid = \"0d1ae8bd-0f1a-4a39-9b4e-4b7a4c5c8e01\")",
                    "final class Stray {}"),
                RuleCase.acmeCheck())),
        new RuleCase(
            Rule.SOURCE_LAYOUT_MISPLACED,
            "ddev",
            ERROR,
            "serviceFirst = true",
            List.of(
                source(
                    "test.AcmeCheck",
                    "package test;",
                    "import io.github.ddassets.annotations.*;",
                    "@Integration(name = \"acme\", displayName = \"Acme\")",
                    "@Layout(",
                    "    serviceFirst = true)",
                    "final class AcmeCheck {}"))),
        new RuleCase(
            Rule.INTEGRATION_NAME_UNSAFE,
            "ddev",
            ERROR,
            "../x",
            List.of(
                source(
                    "test.Escape",
                    "package test;",
                    "import io.github.ddassets.annotations.*;",
                    "@Integration(name = \"../x\")",
                    "final class Escape {}"))),
        // ---- metadata.csv ----
        inCheck(
            Rule.METADATA_REQUIRED_EMPTY,
            "ddev",
            ERROR,
            "String EMPTY",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
            "  static final String EMPTY = \"\";"),
        inCheck(
            Rule.METADATA_NAME_DUPLICATE,
            "ddev",
            ERROR,
            "String SECOND",
            "  @Metric(type = MetricType.GAUGE, "
                + DESCRIBED
                + ") static final String FIRST = \"acme.same\";",
            "  @Metric(type = MetricType.COUNT, description = \"Other.\")",
            "  static final String SECOND = \"acme.same\";"),
        new RuleCase(
            Rule.METADATA_UNSORTED,
            "strict",
            WARNING,
            "String ALPHA",
            List.of(
                Compilations.source(
                    "test.AcmeCheck",
                    "package test;",
                    "",
                    "import io.github.ddassets.annotations.*;",
                    "",
                    "@Integration(name = \"acme\", displayName = \"Acme\")",
                    "@Layout(metricsInDeclarationOrder = true)",
                    "final class AcmeCheck {",
                    "  @Metric(type = MetricType.GAUGE, description = \"Beta.\",",
                    "      shortName = \"beta\")",
                    "  static final String BETA = \"acme.beta\";",
                    "  @Metric(type = MetricType.GAUGE, description = \"Alpha.\",",
                    "      shortName = \"alpha\")",
                    "  static final String ALPHA = \"acme.alpha\";",
                    "}"))),
        inCheck(
            Rule.METADATA_NAME_NOT_NORMALIZED,
            "ddev",
            ERROR,
            "acme.Bad-Name",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
            "  static final String BAD = \"acme.Bad-Name\";"),
        inCheck(
            Rule.METADATA_NAME_PREFIX,
            "ddev",
            ERROR,
            "other.requests",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
            "  static final String ELSEWHERE = \"other.requests\";"),
        inCheck(
            Rule.METADATA_TYPE_INVALID,
            "ddev",
            ERROR,
            "MetricType.DISTRIBUTION",
            "  @Metric(type = MetricType.DISTRIBUTION, " + DESCRIBED + ")",
            "  static final String LATENCY = \"acme.latency\";"),
        inCheck(
            Rule.METADATA_INTERVAL_NOT_DIGITS,
            "ddev",
            ERROR,
            "interval = -5",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ",",
            "      interval = -5)",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_UNIT_UNKNOWN,
            "ddev",
            ERROR,
            "unit = \"byts\"",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ",",
            "      unit = \"byts\")",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_UNIT_TIME_FRACTION,
            "ddev",
            ERROR,
            "perUnit = \"second\"",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ", unit = \"millisecond\",",
            "      perUnit = \"second\")",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_DESCRIPTION_EMPTY,
            "ddev",
            WARNING,
            "@Metric(type = MetricType.GAUGE)",
            "  @Metric(type = MetricType.GAUGE)",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_DESCRIPTION_EMPTY,
            "strict",
            ERROR,
            "@Metric(type = MetricType.GAUGE)",
            "  @Metric(type = MetricType.GAUGE)",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_DESCRIPTION_PIPE,
            "ddev",
            ERROR,
            "a | b",
            "  @Metric(type = MetricType.GAUGE,",
            "      description = \"a | b\")",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_NON_ASCII,
            "ddev",
            ERROR,
            "Température",
            "  @Metric(type = MetricType.GAUGE,",
            "      description = \"Température du four.\")",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_DESCRIPTION_TOO_LONG,
            "ddev",
            ERROR,
            "description = \"Long",
            "  @Metric(type = MetricType.GAUGE,",
            "      description = \"Long" + "g".repeat(400) + ".\")",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_CURATED_INVALID,
            "ddev",
            ERROR,
            "Curated.CPU, Curated.CPU",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ",",
            "      curated = {Curated.CPU, Curated.CPU})",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_SHORT_NAME_EMPTY,
            "strict",
            ERROR,
            "@Metric(type = MetricType.COUNT",
            "  @Metric(type = MetricType.COUNT, " + DESCRIBED + ")",
            "  static final String PREFIX_ONLY = \"acme.\";"),
        inCheck(
            Rule.METADATA_SHORT_NAME_DUPLICATE,
            "strict",
            WARNING,
            "shortName = \"requests\", description = \"B.\"",
            "  @Metric(type = MetricType.GAUGE, shortName = \"requests\", description = \"A.\") static final String A = \"acme.a\";",
            "  @Metric(type = MetricType.GAUGE, shortName = \"requests\", description = \"B.\") static final String B = \"acme.b\";"),
        inCheck(
            Rule.METADATA_DESCRIPTION_DUPLICATE,
            "strict",
            WARNING,
            "String B =",
            "  @Metric(type = MetricType.GAUGE, "
                + DESCRIBED
                + ") static final String A = \"acme.a\";",
            "  @Metric(type = MetricType.GAUGE, "
                + DESCRIBED
                + ") static final String B = \"acme.b\";"),
        inCheck(
            Rule.METADATA_UNIT_PLACEHOLDER,
            "strict",
            ERROR,
            "unit = \"name\"",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ",",
            "      unit = \"name\")",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_NAME_TOO_LONG,
            "strict",
            ERROR,
            "String LONG",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
            "  static final String LONG = \"acme." + "a".repeat(200) + "\";"),
        inCheck(
            Rule.METADATA_NAME_DOTS,
            "strict",
            ERROR,
            "acme.queue..depth",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ")",
            "  static final String X = \"acme.queue..depth\";"),
        inCheck(
            Rule.METADATA_NON_ASCII_UNCHECKED,
            "strict",
            ERROR,
            "unit = \"złoty\"",
            "  @Metric(type = MetricType.GAUGE, description = \"a|b\",",
            "      unit = \"złoty\")",
            "  static final String X = \"acme.x\";"),
        inCheck(
            Rule.METADATA_SAMPLE_TAGS_FORMAT,
            "strict",
            WARNING,
            "sampleTags = {\"queue name\"}",
            "  @Metric(type = MetricType.GAUGE, " + DESCRIBED + ",",
            "      sampleTags = {\"queue name\"})",
            "  static final String X = \"acme.x\";"),
        // ---- service_checks.json ----
        inCheck(
            Rule.SERVICE_CHECKS_AGENT_VERSION,
            "ddev",
            ERROR,
            "agentVersion = \"7.59\"",
            "  @ServiceCheck(name = \"Acme up\", " + DESCRIBED + ",",
            "      agentVersion = \"7.59\")",
            "  static final String UP = \"acme.up\";"),
        inCheck(
            Rule.SERVICE_CHECKS_CHECK_REQUIRED,
            "ddev",
            ERROR,
            "String UP",
            "  @ServiceCheck(name = \"Acme up\", " + DESCRIBED + ", agentVersion = \"7.59.0\")",
            "  static final String UP = \"\";"),
        inCheck(
            Rule.SERVICE_CHECKS_CHECK_DUPLICATE,
            "ddev",
            ERROR,
            "String AGAIN",
            "  @ServiceCheck(name = \"Acme up\", "
                + DESCRIBED
                + ", agentVersion = \"7.59.0\") static final String UP = \"acme.up\";",
            "  @ServiceCheck(name = \"Acme up again\", "
                + DESCRIBED
                + ", agentVersion = \"7.59.0\")",
            "  static final String AGAIN = \"acme.up\";"),
        inCheck(
            Rule.SERVICE_CHECKS_DESCRIPTION_REQUIRED,
            "ddev",
            ERROR,
            "@ServiceCheck(name = \"Acme up\"",
            "  @ServiceCheck(name = \"Acme up\", agentVersion = \"7.59.0\")",
            "  static final String UP = \"acme.up\";"),
        inCheck(
            Rule.SERVICE_CHECKS_NAME_REQUIRED,
            "ddev",
            ERROR,
            "name = \"\"",
            "  @ServiceCheck(" + DESCRIBED + ", agentVersion = \"7.59.0\",",
            "      name = \"\")",
            "  static final String UP = \"acme.up\";"),
        inCheck(
            Rule.SERVICE_CHECKS_NAME_DUPLICATE,
            "ddev",
            ERROR,
            "String DOWN",
            "  @ServiceCheck(name = \"Acme up\", "
                + DESCRIBED
                + ", agentVersion = \"7.59.0\") static final String UP = \"acme.up\";",
            "  @ServiceCheck(name = \"Acme up\", "
                + DESCRIBED
                + ", agentVersion = \"7.59.0\") static final String DOWN = \"acme.down\";"),
        inCheck(
            Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH,
            "ddev",
            ERROR,
            "integration = \"Other\"",
            "  @ServiceCheck(name = \"Acme up\", " + DESCRIBED + ", agentVersion = \"7.59.0\",",
            "      integration = \"Other\")",
            "  static final String UP = \"acme.up\";"),
        inCheck(
            Rule.SERVICE_CHECKS_STATUSES_REQUIRED,
            "ddev",
            ERROR,
            "statuses = {}",
            "  @ServiceCheck(name = \"Acme up\", " + DESCRIBED + ", agentVersion = \"7.59.0\",",
            "      statuses = {})",
            "  static final String UP = \"acme.up\";"),
        inCheck(
            Rule.SERVICE_CHECKS_DUPLICATE_ITEM,
            "strict",
            WARNING,
            "groups = {\"host\", \"host\"}",
            "  @ServiceCheck(name = \"Acme up\", " + DESCRIBED + ", agentVersion = \"7.59.0\",",
            "      groups = {\"host\", \"host\"})",
            "  static final String UP = \"acme.up\";"),
        // ---- configuration declared in sources ----
        inCheck(
            Rule.SOURCE_CONFIG_DUPLICATE,
            "ddev",
            ERROR,
            "@InstanceConfig record Second",
            "  @InstanceConfig record First(" + HOST + ") {}",
            "  @InstanceConfig record Second(" + HOST + ") {}"),
        inCheck(
            Rule.SOURCE_CONFIG_SHAPE,
            "ddev",
            ERROR,
            "@InstanceConfig interface",
            "  @InstanceConfig interface Instance {}"),
        inCheck(
            Rule.SOURCE_PARAM_TYPE,
            "ddev",
            ERROR,
            "Duration timeout",
            "  @InstanceConfig record Instance(",
            "      " + HOST + ",",
            "      @Param(description = \"Timeout.\") java.time.Duration timeout) {}"),
        inCheck(
            Rule.SOURCE_YAML_INVALID,
            "ddev",
            ERROR,
            "example = \"[orders",
            "  @InstanceConfig record Instance(",
            "      " + HOST + ",",
            "      @Param(description = \"Queues.\",",
            "          example = \"[orders\") java.util.List<String> queues) {}"),
        inCheck(
            Rule.SOURCE_ATTRIBUTE_INVALID,
            "ddev",
            ERROR,
            "pattern = \"(\"",
            "  @InstanceConfig record Instance(",
            "      @Param(description = \"Host.\", example = \"x\",",
            "          pattern = \"(\") String host) {}"),
        inCheck(
            Rule.SOURCE_PARAM_DEFAULT,
            "ddev",
            ERROR,
            "defaultValue = \"abc\"",
            "  @InstanceConfig record Instance(",
            "      @Param(description = \"Port.\", example = \"80\",",
            "          defaultValue = \"abc\") int port) {}"),
        // ---- spec.yaml, from configuration records ----
        new RuleCase(
            Rule.SPEC_FILE_INVALID,
            "ddev",
            ERROR,
            "@AutoConf",
            List.of(
                source(
                    "test.AutoConfCheck",
                    "package test;",
                    "import io.github.ddassets.annotations.*;",
                    "@Integration(name = \"auto_conf\")",
                    "@AutoConf(adIdentifiers = \"x\")",
                    "final class AutoConfCheck {}"))),
        inCheck(
            Rule.SPEC_TEMPLATE_UNKNOWN,
            "ddev",
            ERROR,
            "instances/nope",
            "  @InstanceConfig(templates = {",
            "      @Template(\"instances/nope\"),",
            "      @Template(\"instances/default\")})",
            "  record Instance(" + HOST + ") {}"),
        inCheck(
            Rule.SPEC_OVERRIDE_UNUSED,
            "ddev",
            ERROR,
            "nope.value.example",
            "  @InstanceConfig(templates = @Template(value = \"instances/default\",",
            "      overrides = @TemplateOverride(",
            "          path = \"nope.value.example\", value = \"x\")))",
            "  record Instance(" + HOST + ") {}"),
        inCheck(
            Rule.SPEC_OPTION_INVALID,
            "ddev",
            ERROR,
            "value = \"maybe\"",
            "  @InstanceConfig(templates = @Template(value = \"instances/default\",",
            "      overrides = @TemplateOverride(path = \"tags.required\",",
            "          value = \"maybe\")))",
            "  record Instance(" + HOST + ") {}"),
        inCheck(
            Rule.SPEC_OPTION_DUPLICATE,
            "ddev",
            ERROR,
            "String host)",
            "  @InstanceConfig record Instance(",
            "      @Param(name = \"host\", description = \"Host.\", example = \"x\") String"
                + " server,",
            "      @Param(description = \"Host again.\", example = \"y\") String host) {}"),
        inCheck(
            Rule.SPEC_OPTION_DESCRIPTION,
            "ddev",
            ERROR,
            "String host",
            "  @InstanceConfig record Instance(",
            "      @Param(example = \"x\") String host) {}"),
        inCheck(
            Rule.SPEC_VALUE_INVALID,
            "ddev",
            ERROR,
            "maximum = 5",
            "  @InstanceConfig record Instance(",
            "      @Param(description = \"Port.\", example = \"7\", minimum = 10,",
            "          maximum = 5) int port) {}"),
        inCheck(
            Rule.SPEC_EXAMPLE_TYPE,
            "ddev",
            ERROR,
            "example = \"abc\"",
            "  @InstanceConfig record Instance(",
            "      @Param(description = \"Port.\",",
            "          example = \"abc\") int port) {}"),
        inCheck(
            Rule.SPEC_EXAMPLE_VALUE,
            "strict",
            ERROR,
            "example = \"local_quorom\"",
            "  enum Consistency { ONE, LOCAL_QUORUM }",
            "  /** @param consistency The consistency level. */",
            "  @InstanceConfig record Instance(",
            "      @Param(",
            "          example = \"local_quorom\") Consistency consistency) {}"),
        inCheck(
            Rule.SPEC_EXAMPLE_VALUE,
            "strict",
            ERROR,
            "example = \"90000\"",
            "  /** @param timeout The timeout, in milliseconds. */",
            "  @InstanceConfig record Instance(",
            "      @Param(maximum = 60000,",
            "          example = \"90000\") int timeout) {}"),
        inCheck(
            Rule.SPEC_EXAMPLE_VALUE,
            "strict",
            ERROR,
            "example = \"[http, https]\"",
            "  /** @param ports The ports. */",
            "  @InstanceConfig record Instance(",
            "      @Param(",
            "          example = \"[http, https]\") java.util.List<Integer> ports) {}"),
        inCheck(
            Rule.SPEC_DEFAULT_TEMPLATES,
            "ddev",
            ERROR,
            "templates = @Template(\"instances/http\")",
            "  /** @param host The host. */",
            "  @InstanceConfig(",
            "      templates = @Template(\"instances/http\"))",
            "  record Instance(@Param(example = \"x\") String host) {}"),
        inCheck(
            Rule.SPEC_BOOLEAN_EXAMPLE,
            "ddev",
            ERROR,
            "boolean verify",
            "  /** @param verify Whether to verify certificates. */",
            "  @InstanceConfig record Instance(",
            "      boolean verify) {}"),
        inCheck(
            Rule.SPEC_DESCRIPTION_TOO_LONG,
            "ddev",
            ERROR,
            "description = \"Long",
            "  @InstanceConfig record Instance(",
            "      @Param(example = \"x\",",
            "          description = \"Long" + "g".repeat(120) + ".\") String host) {}"),
        // ---- manifest.json ----
        manifest(
            Rule.SOURCE_MANIFEST_BASE,
            "ddev",
            ERROR,
            "no/such/manifest.json",
            complete().set("manifest", "manifest = \"no/such/manifest.json\"")),
        manifest(
            Rule.SOURCE_INTEGRATION_KIND,
            "ddev",
            ERROR,
            "@InstanceConfig",
            complete()
                .set("kind", "kind = IntegrationKind.API")
                .annotate("@OAuth(scopes = \"api_keys_write\")")
                .body(
                    "  /** @param host The host. */",
                    "  @InstanceConfig",
                    "  record Instance(@Param(example = \"x\") String host) {}")),
        manifest(
            Rule.MANIFEST_BASE_CONFLICT,
            "ddev",
            ERROR,
            "metricPrefix = \"acme.\"",
            complete()
                .set("metricPrefix", "metricPrefix = \"acme.\"")
                .set("manifest", "manifest = \"manifest/conflicting.json\"")
                .remove("tile.title")),
        manifest(
            Rule.MANIFEST_KEY_REQUIRED,
            "ddev",
            ERROR,
            "@Integration(",
            complete().remove("appUuid")),
        manifest(
            Rule.MANIFEST_VALUE_EMPTY,
            "ddev",
            ERROR,
            "owner = \"\"",
            complete().set("owner", "owner = \"\"")),
        manifest(
            Rule.MANIFEST_URL_INVALID,
            "ddev",
            ERROR,
            "homepage = \"acme.example\"",
            complete().set("author.homepage", "homepage = \"acme.example\"")),
        manifest(
            Rule.MANIFEST_APP_ID,
            "ddev",
            ERROR,
            "Acme_Check",
            complete().set("appId", "appId = \"Acme_Check\"")),
        manifest(
            Rule.MANIFEST_APP_UUID,
            "ddev",
            ERROR,
            "not-a-uuid",
            complete().set("appUuid", "appUuid = \"not-a-uuid\"")),
        manifest(
            Rule.MANIFEST_VENDOR_ID,
            "ddev",
            ERROR,
            "vendorId",
            complete().set("author.vendorId", "vendorId = \"Acme1\"")),
        manifest(
            Rule.MANIFEST_TITLE_TOO_LONG,
            "ddev",
            ERROR,
            "title = \"Acme",
            complete().set("tile.title", "title = \"Acme" + "e".repeat(50) + "\"")),
        manifest(
            Rule.MANIFEST_DESCRIPTION_TOO_LONG,
            "ddev",
            ERROR,
            "description = \"Monitor",
            complete().set("tile.description", "description = \"Monitor" + "s".repeat(80) + "\"")),
        manifest(
            Rule.MANIFEST_CLASSIFIER_TAG_FORMAT,
            "ddev",
            ERROR,
            "\"Message Queues\"",
            complete()
                .set(
                    "tile.classifierTags",
                    "classifierTags = {\"Offering::Integration\",\n    \"Message Queues\"}")),
        manifest(
            Rule.MANIFEST_CLASSIFIER_TAG_UNKNOWN,
            "ddev",
            WARNING,
            "Mesage",
            complete()
                .set(
                    "tile.classifierTags",
                    "classifierTags = {\"Offering::Integration\",\n    \"Category::Mesage Queues\"}")),
        manifest(
            Rule.MANIFEST_MEDIA_TOO_MANY,
            "ddev",
            ERROR,
            "media = {",
            complete()
                .set(
                    "tile.media",
                    "media = {\n"
                        + "    @Media(caption = \"One\", imageUrl = \"images/1.png\"),\n".repeat(8)
                        + "    @Media(caption = \"Nine\", imageUrl = \"images/9.png\")}")),
        manifest(
            Rule.MANIFEST_MEDIA_INVALID,
            "ddev",
            ERROR,
            "MediaType.VIDEO",
            complete()
                .set(
                    "tile.media",
                    "media = @Media(type = MediaType.VIDEO, caption = \"Demo\",\n"
                        + "    imageUrl = \"images/demo.png\")")),
        manifest(
            Rule.MANIFEST_MEDIA_FORMAT,
            "ddev",
            ERROR,
            "overview.gif",
            complete()
                .set(
                    "tile.media",
                    "media = @Media(caption = \"Overview\",\n"
                        + "    imageUrl = \"images/overview.gif\")")),
        manifest(
            Rule.MANIFEST_MEDIA_CAPTION_TOO_LONG,
            "ddev",
            ERROR,
            "caption = \"Long",
            complete()
                .set(
                    "tile.media",
                    "media = @Media(imageUrl = \"images/overview.png\",\n"
                        + "    caption = \"Long"
                        + "g".repeat(300)
                        + "\")")),
        manifest(
            Rule.MANIFEST_MEDIA_FILE,
            "ddev",
            ERROR,
            "missing.png",
            complete()
                .set("manifest", "manifest = \"manifest/repo/partial/manifest.json\"")
                .set(
                    "tile.media",
                    "media = @Media(caption = \"Overview\",\n"
                        + "    imageUrl = \"images/missing.png\")")),
        manifest(
            Rule.MANIFEST_FILE_MISSING,
            "ddev",
            ERROR,
            "CHANGES.md",
            complete()
                .set("manifest", "manifest = \"manifest/repo/partial/manifest.json\"")
                .set("tile.changelog", "changelog = \"CHANGES.md\"")),
        manifest(
            Rule.MANIFEST_SUPPORT_EMAIL_ASCII,
            "ddev",
            ERROR,
            "supportEmail",
            complete().set("author.supportEmail", "supportEmail = \"s\u00fcpport@acme.example\"")),
        manifest(
            Rule.MANIFEST_EMAIL_INVALID,
            "strict",
            ERROR,
            "supportEmail",
            complete().set("author.supportEmail", "supportEmail = \"support.acme.example\"")),
        manifest(
            Rule.MANIFEST_EMAIL_INVALID,
            "strict",
            ERROR,
            "salesEmail",
            complete().set("author.salesEmail", "salesEmail = \"sales@acme\"")),
        manifest(
            Rule.MANIFEST_LOGS_CATEGORY,
            "ddev",
            ERROR,
            "\"Category::Log Collection\"",
            complete()
                .set(
                    "tile.classifierTags",
                    "classifierTags = {\"Offering::Integration\",\n    \"Category::Log Collection\"}")),
        manifest(
            Rule.MANIFEST_LOGS_SOURCE_CATEGORY,
            "strict",
            ERROR,
            "logsSource = \"acme\"",
            complete().set("logsSource", "logsSource = \"acme\"")),
        manifest(
            Rule.MANIFEST_CHECK_EMPTY,
            "ddev",
            ERROR,
            "@Integration(",
            complete()
                .body(
                    "  /** Messages waiting. */ @Metric(type = MetricType.GAUGE, unit = \"message\")",
                    "  static final String DEPTH = \"acme.queue.depth\";")),
        manifest(
            Rule.MANIFEST_TITLE_DISPLAY_NAME,
            "strict",
            WARNING,
            "title = \"Acme Cloud\"",
            complete().set("tile.title", "title = \"Acme Cloud\"")),
        // Without a base manifest, a missing sourceTypeId is no finding (Datadog assigns it on
        // publication; see sourceTypeId_isNotAskedOfAManifestTheCodeAloneDescribes): a missing
        // sales address is.
        manifest(
            Rule.MANIFEST_KEY_DOCUMENTED,
            "strict",
            WARNING,
            "@Integration(",
            complete().remove("author.salesEmail")),
        manifest(
            Rule.MANIFEST_OAUTH_SCOPES,
            "strict",
            ERROR,
            "kind = IntegrationKind.API",
            complete().set("kind", "kind = IntegrationKind.API")),
        manifest(
            Rule.MANIFEST_OAUTH_API_KEYS_WRITE,
            "strict",
            ERROR,
            "scopes = \"metrics_read\"",
            complete()
                .set("kind", "kind = IntegrationKind.API")
                .annotate("@OAuth(scopes = \"metrics_read\")")),
        manifest(
            Rule.MANIFEST_API_TELEMETRY,
            "strict",
            WARNING,
            "@Integration(",
            complete()
                .set("kind", "kind = IntegrationKind.API")
                .annotate("@OAuth(scopes = \"metrics_read\")")
                .body()),
        manifest(
            Rule.MANIFEST_AUTO_INSTALL_API,
            "strict",
            WARNING,
            "autoInstall = OptBoolean.TRUE",
            complete()
                .set("kind", "kind = IntegrationKind.API")
                .set("autoInstall", "autoInstall = OptBoolean.TRUE")
                .annotate("@OAuth(scopes = \"api_keys_write\")")));
  }

  private static ManifestSource complete() {
    return ManifestSource.complete();
  }

  private static RuleCase manifest(
      Rule rule,
      String profile,
      javax.tools.Diagnostic.Kind kind,
      String lineContaining,
      ManifestSource source) {
    return new RuleCase(rule, profile, kind, lineContaining, List.of(source.build()));
  }

  /** A parameter that breaks no rule. */
  private static final String HOST = "@Param(description = \"Host.\", example = \"x\") String host";

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule_isReportedOnTheOffendingLine(RuleCase rule) {
    Compilation compilation =
        compile(
            List.of("-Addassets.profile=" + rule.profile()),
            rule.sources().toArray(new JavaFileObject[0]));

    String tag = "[" + rule.rule().id() + "]";
    if (rule.kind() == ERROR) {
      assertThat(compilation)
          .hadErrorContaining(tag)
          .inFile(rule.sources().get(0))
          .onLineContaining(rule.lineContaining());
      assertThat(
              assetsWrittenToDisk(List.of("-Addassets.profile=" + rule.profile()), rule.sources()))
          .as("no file is written when there is an error")
          .isEmpty();
    } else {
      assertThat(compilation)
          .hadWarningContaining(tag)
          .inFile(rule.sources().get(0))
          .onLineContaining(rule.lineContaining());
    }
  }

  /**
   * Rules whose trigger this harness cannot build, each with the test that triggers it (and its near
   * miss) instead: a missing SnakeYAML needs a class path without it, a breaking change a previous
   * release to compare with.
   */
  private static final Map<Rule, Class<?>> TESTED_ELSEWHERE =
      Map.of(
          Rule.SOURCE_LOADER_DEPENDENCY, LoaderDependencyTest.class,
          Rule.SOURCE_BREAKING_CHANGE, PreviousReleaseTest.class,
          Rule.SOURCE_ACKNOWLEDGEMENT_UNUSED, PreviousReleaseTest.class);

  @Test
  void everyRuleThatAppliesToSources_hasACase() {
    Set<Rule> covered = cases().map(RuleCase::rule).collect(Collectors.toSet());
    covered.addAll(TESTED_ELSEWHERE.keySet());
    Set<Rule> applicable =
        Arrays.stream(Rule.values())
            .filter(rule -> rule.applies() != Applies.FILES)
            .collect(Collectors.toSet());

    assertThat(covered).isEqualTo(applicable);
  }
}
