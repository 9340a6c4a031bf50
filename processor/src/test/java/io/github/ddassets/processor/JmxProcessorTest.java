package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.allGenerated;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.golden;
import static io.github.ddassets.processor.Compilations.resource;
import static io.github.ddassets.processor.Compilations.source;
import static io.github.ddassets.processor.Compilations.testTemplates;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor writes a JMX integration's metrics.yaml from its {@code @JmxRule}s, next to its
 * other files, and reports the JMX rules on the annotated elements.
 */
class JmxProcessorTest {

  private static final String METRICS_YAML =
      "/CLASS_OUTPUT/META-INF/datadog/acme_mq/datadog_checks/acme_mq/data/metrics.yaml";

  @Test
  void documentedExample_generatesMetricsYamlWithoutWarning() {
    Compilation compilation = compile(List.of(), resource("jmx/AcmeMqCheck.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(allGenerated(compilation))
        .containsEntry(METRICS_YAML, golden("JmxProcessorTest", "metrics.yaml"));
  }

  @Test
  void docsJmxPage_showsTheCompiledExampleAndWhatItGenerates() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "jmx.md"));
    String example = resource("jmx/AcmeMqCheck.java").getCharContent(true).toString();

    assertThat(page).contains(example);
    assertThat(page).contains(golden("JmxProcessorTest", "metrics.yaml"));
  }

  @Test
  void jmxIntegrationWithoutJmxTemplates_isAnErrorOnItsInstanceConfig() {
    JavaFileObject check =
        source(
            "test.AcmeCheck",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@Integration(name = \"acme\")",
            "public final class AcmeCheck {",
            "  /** Queue size. */",
            "  @JmxRule(domain = \"acme\", attributes = @JmxAttribute(name = \"Size\"))",
            "  @Metric(type = MetricType.GAUGE, shortName = \"size\")",
            "  public static final String SIZE = \"acme.size\";",
            "  /** One server. */",
            "  @InstanceConfig(check = AcmeCheck.class,",
            "      templates = @Template(\"instances/default\"))",
            "  public record Instance() {}",
            "}");
    Compilation compilation = compile(List.of("-Addassets.profile=ddev", testTemplates()), check);

    assertThat(compilation)
        .hadErrorContaining(
            "[jmx-spec-templates] the spec does not use the `init_config/jmx` template in"
                + " init_config nor the `instances/jmx` template in instances")
        .inFile(check)
        .onLineContaining("@InstanceConfig");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aliasWithoutMetric_andMetricWithoutRule_areReportedUnderStrict() {
    JavaFileObject check =
        source(
            "test.AcmeCheck",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@Integration(name = \"acme\")",
            "@JmxRule(domain = \"acme\",",
            "    attributes = @JmxAttribute(name = \"Lag\", alias = \"acme.lag\"))",
            "public final class AcmeCheck {",
            "  /** Queue size. */",
            "  @JmxRule(domain = \"acme\", attributes = @JmxAttribute(name = \"Size\"))",
            "  @Metric(type = MetricType.GAUGE, shortName = \"size\")",
            "  public static final String SIZE = \"acme.size\";",
            "  /** Web score. */",
            "  @NotFromJmx(\"the web API\")",
            "  @Metric(type = MetricType.GAUGE, shortName = \"score\")",
            "  public static final String SCORE = \"acme.score\";",
            "  /** Forgotten. */",
            "  @Metric(type = MetricType.GAUGE, shortName = \"forgotten\")",
            "  public static final String FORGOTTEN = \"acme.forgotten\";",
            "  /** Shared options. */",
            "  @InitConfig(check = AcmeCheck.class, templates = @Template(\"init_config/jmx\"))",
            "  public record Init() {}",
            "  /** One server. */",
            "  @InstanceConfig(check = AcmeCheck.class, templates = @Template(\"instances/jmx\"))",
            "  public record Instance() {}",
            "}");
    Compilation compilation = compile(List.of(testTemplates()), check);

    assertThat(compilation)
        .hadErrorContaining("[jmx-alias-undeclared] `acme.lag` has no metadata.csv row")
        .inFile(check)
        .onLineContaining("alias = \"acme.lag\"");
    assertThat(compilation)
        .hadWarningContaining(
            "[jmx-row-not-produced] `acme.forgotten` is not produced by any metrics.yaml rule")
        .inFile(check)
        .onLineContaining("String FORGOTTEN");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void attributeListedTwiceInOneRule_isAnErrorOnTheSecond() {
    JavaFileObject check =
        source(
            "test.AcmeCheck",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@Integration(name = \"acme\")",
            "@JmxRule(domain = \"acme\", attributes = {",
            "    @JmxAttribute(name = \"Size\", alias = \"acme.size\"),",
            "    @JmxAttribute(name = \"Size\", alias = \"acme.size_again\")})",
            "public final class AcmeCheck {",
            "  /** One server. */",
            "  @InstanceConfig(check = AcmeCheck.class, templates = @Template(\"instances/jmx\"))",
            "  public record Instance() {}",
            "}");
    Compilation compilation = compile(List.of("-Addassets.profile=ddev", testTemplates()), check);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-attribute-invalid] attribute `Size` is listed twice in this @JmxRule;"
                + " metrics.yaml holds each once")
        .inFile(check)
        .onLineContaining("acme.size_again");
  }
}
