package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.assetPaths;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static io.github.ddassets.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class AssetsProcessorTest {

  static final JavaFileObject ACME =
      source(
          "test.AcmeCheck",
          "package test;",
          "",
          "import io.github.ddassets.annotations.*;",
          "",
          "@Integration(name = \"acme\", displayName = \"Acme Cloud\", metricPrefix = \"acme.\")",
          "public final class AcmeCheck {",
          "  /** Messages waiting in the queue. */",
          "  @Metric(type = MetricType.GAUGE, unit = \"message\", orientation = Orientation.LOWER_IS_BETTER)",
          "  public static final String QUEUE_DEPTH = \"acme.queue.depth\";",
          "",
          "  /** Requests handled during the interval, by {@code endpoint}. */",
          "  @Metric(type = MetricType.COUNT, unit = \"request\", interval = 10, sampleTags = {\"endpoint\", \"host\"})",
          "  public static final String REQUESTS = \"acme.requests\";",
          "",
          "  /**",
          "   * Heap in use, in bytes.",
          "   *",
          "   * @see Runtime",
          "   */",
          "  @Metric(type = MetricType.GAUGE, unit = \"byte\", shortName = \"heap\", curated = Curated.MEMORY)",
          "  public static final String HEAP_USED = \"acme.heap.used\";",
          "",
          "  /** Time to serve one request. */",
          "  @Metric(type = MetricType.HISTOGRAM, unit = \"millisecond\", orientation = Orientation.LOWER_IS_BETTER)",
          "  public static final String LATENCY = \"acme.request.latency\";",
          "",
          "  /** Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`. */",
          "  @ServiceCheck(name = \"Acme can connect\", groups = {\"host\", \"endpoint\"}, agentVersion = \"7.59.0\")",
          "  public static final String CAN_CONNECT = \"acme.can_connect\";",
          "",
          "  @ServiceCheck(name = \"Acme queue health\", statuses = {Status.OK, Status.WARNING, Status.CRITICAL},",
          "      description = \"Returns `WARNING` when the queue grows, `CRITICAL` when it is full.\")",
          "  public static final String QUEUE_HEALTH = \"acme.queue.health\";",
          "}");

  @Test
  void annotatedCheck_writesMetadataAndServiceChecks() {
    Compilation compilation = compile(List.of("-Addassets.agentVersion=7.60.0"), ACME);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "META-INF/datadog/acme/metadata.csv"))
        .contains(golden("annotatedCheck/metadata.csv"));
    assertThat(generated(compilation, "META-INF/datadog/acme/assets/service_checks.json"))
        .contains(golden("annotatedCheck/service_checks.json"));
  }

  @Test
  void checkWithoutMetrics_writesHeaderAndEmptyList() {
    Compilation compilation =
        compile(
            source(
                "test.Empty",
                "package test;",
                "@io.github.ddassets.annotations.Integration(name = \"empty\")",
                "class Empty {}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "META-INF/datadog/empty/metadata.csv"))
        .contains(
            "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric\n");
    assertThat(generated(compilation, "META-INF/datadog/empty/assets/service_checks.json"))
        .contains("[]\n");
  }

  @Test
  void severalIntegrations_eachGetsItsOwnFolder() {
    JavaFileObject metrics =
        source(
            "test.BetaMetrics",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "final class BetaMetrics {",
            "  @Metric(type = MetricType.RATE, check = BetaCheck.class, description = \"Bytes sent.\", unit = \"byte\", perUnit = \"second\")",
            "  static final String SENT = \"beta.bytes.sent\";",
            "}");
    JavaFileObject beta =
        source(
            "test.BetaCheck",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@Integration(name = \"beta\")",
            "final class BetaCheck {",
            "  /** Nested classes still belong to the enclosing check. */",
            "  static final class Names {",
            "    /** Open connections. */",
            "    @Metric(type = MetricType.GAUGE, unit = \"connection\")",
            "    static final String CONNECTIONS = \"beta.connections\";",
            "  }",
            "}");

    Compilation compilation =
        compile(List.of("-Addassets.agentVersion=7.60.0"), ACME, beta, metrics);

    assertThat(compilation).succeeded();
    assertThat(assetPaths(compilation))
        .containsExactly(
            "META-INF/datadog/acme/assets/service_checks.json",
            "META-INF/datadog/acme/manifest.fragment.json",
            "META-INF/datadog/acme/metadata.csv",
            "META-INF/datadog/beta/assets/service_checks.json",
            "META-INF/datadog/beta/manifest.fragment.json",
            "META-INF/datadog/beta/metadata.csv");
    assertThat(generated(compilation, "META-INF/datadog/beta/metadata.csv").orElseThrow())
        .isEqualTo(
            "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric\n"
                + "beta.bytes.sent,rate,,byte,second,Bytes sent.,0,beta,bytes sent,\n"
                + "beta.connections,gauge,,connection,,Open connections.,0,beta,connections,\n");
  }

  @Test
  void metricTypes_mapToTheirMetadataRows() {
    Compilation compilation =
        compile(
            source(
                "test.Types",
                "package test;",
                "import io.github.ddassets.annotations.*;",
                "@Integration(name = \"types\")",
                "final class Types {",
                "  @Metric(type = MetricType.RATE, description = \"A rate.\") static final String R = \"types.r\";",
                "  @Metric(type = MetricType.COUNT, description = \"A count.\") static final String C = \"types.c\";",
                "  @Metric(type = MetricType.GAUGE, description = \"A gauge.\", orientation = Orientation.HIGHER_IS_BETTER,",
                "      curated = {Curated.CPU, Curated.MEMORY}) static final String G = \"types.g\";",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, "META-INF/datadog/types/metadata.csv").orElseThrow())
        .endsWith(
            "types.c,count,,,,A count.,0,types,c,\n"
                + "types.g,gauge,,,,A gauge.,1,types,g,cpu|memory\n"
                + "types.r,rate,,,,A rate.,0,types,r,\n");
  }

  @Test
  void noShortName_leavesTheCellEmptyUnderDdev_andIsAnErrorUnderStrict() {
    JavaFileObject source =
        source(
            "test.Short",
            "package test;",
            "import io.github.ddassets.annotations.*;",
            "@Integration(name = \"short\")",
            "final class Short {",
            "  @Metric(type = MetricType.GAUGE, description = \"No short name.\",",
            "      shortName = Metric.NO_SHORT_NAME) static final String NONE = \"short.none\";",
            "  @Metric(type = MetricType.HISTOGRAM, description = \"Latency.\",",
            "      shortName = Metric.NO_SHORT_NAME) static final String LATENCY = \"short.latency\";",
            "}");

    Compilation ddev = compile(List.of("-Addassets.profile=ddev"), source);
    Compilation strict = compile(source);

    assertThat(ddev).succeededWithoutWarnings();
    assertThat(generated(ddev, "META-INF/datadog/short/metadata.csv").orElseThrow())
        .endsWith(
            "short.latency.95percentile,gauge,,,,Latency (95th percentile).,0,short,p95,\n"
                + "short.latency.avg,gauge,,,,Latency (average).,0,short,avg,\n"
                + "short.latency.count,rate,,,,Latency (number of values sampled).,0,short,count,\n"
                + "short.latency.max,gauge,,,,Latency (maximum).,0,short,max,\n"
                + "short.latency.median,gauge,,,,Latency (median).,0,short,median,\n"
                + "short.none,gauge,,,,No short name.,0,short,,\n");
    assertThat(strict).failed();
    assertThat(strict)
        .hadErrorContaining("[metadata-short-name-empty] metric `short.none` has no short_name");
  }

  @Test
  void noShortName_isTheValueCoreReadsAsNone() {
    assertThat(io.github.ddassets.annotations.Metric.NO_SHORT_NAME)
        .isEqualTo(io.github.ddassets.core.declare.MetricDeclaration.NO_SHORT_NAME);
  }

  static String golden(String name) {
    String resource = "/goldens/AssetsProcessorTest/" + name;
    try (InputStream in = AssetsProcessorTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
