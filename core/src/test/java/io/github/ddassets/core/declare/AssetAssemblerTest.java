package io.github.ddassets.core.declare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.build.AssetFiles;
import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.rules.AssetRules;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.testing.SourceOrigin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetAssemblerTest {

  private static final IntegrationDeclaration ACME =
      new IntegrationDeclaration("acme", "Acme", "acme.", SourceOrigin.of("AcmeCheck"));

  @Test
  void gauge_becomesOneRowWithDefaults() {
    MetricRow row = metadata(gauge("acme.queue.depth", "Messages waiting.")).rows().get(0);

    assertThat(values(row))
        .containsExactly(
            Map.entry("metric_name", "acme.queue.depth"),
            Map.entry("metric_type", "gauge"),
            Map.entry("interval", ""),
            Map.entry("unit_name", "message"),
            Map.entry("per_unit_name", ""),
            Map.entry("description", "Messages waiting."),
            Map.entry("orientation", "-1"),
            Map.entry("integration", "acme"),
            Map.entry("short_name", "queue depth"),
            Map.entry("curated_metric", ""));
    assertThat(row.fieldCount()).isEqualTo(10);
  }

  @Test
  void cells_pointAtTheAnnotationAttributeTheyComeFrom() {
    MetricRow row = metadata(gauge("acme.queue.depth", "Messages waiting.")).rows().get(0);

    assertThat(row.origin().describe()).isEqualTo("QUEUE_DEPTH");
    assertThat(row.originOf(MetadataColumn.METRIC_NAME).describe())
        .isEqualTo("QUEUE_DEPTH=acme.queue.depth");
    assertThat(row.originOf(MetadataColumn.UNIT_NAME).describe()).isEqualTo("QUEUE_DEPTH#unit");
    assertThat(row.originOf(MetadataColumn.METRIC_TYPE).describe()).isEqualTo("QUEUE_DEPTH#type");
    assertThat(row.originOf(MetadataColumn.INTEGRATION).describe()).isEqualTo("QUEUE_DEPTH");
  }

  @Test
  void histogram_expandsIntoItsFiveSeries() {
    MetricDeclaration latency =
        metric("acme.request.latency", MetricKind.HISTOGRAM)
            .unit("millisecond")
            .orientation(1)
            .description("Request latency.")
            .build();

    assertThat(metadata(latency).rows())
        .extracting(
            row -> row.value(MetadataColumn.METRIC_NAME),
            row -> row.value(MetadataColumn.METRIC_TYPE),
            row -> row.value(MetadataColumn.UNIT_NAME),
            row -> row.value(MetadataColumn.ORIENTATION),
            row -> row.value(MetadataColumn.DESCRIPTION),
            row -> row.value(MetadataColumn.SHORT_NAME))
        .containsExactly(
            tuple(
                "acme.request.latency.95percentile",
                "gauge",
                "millisecond",
                "1",
                "Request latency (95th percentile).",
                "request latency p95"),
            tuple(
                "acme.request.latency.avg",
                "gauge",
                "millisecond",
                "1",
                "Request latency (average).",
                "request latency avg"),
            tuple(
                "acme.request.latency.count",
                "rate",
                "",
                "0",
                "Request latency (number of values sampled).",
                "request latency count"),
            tuple(
                "acme.request.latency.max",
                "gauge",
                "millisecond",
                "1",
                "Request latency (maximum).",
                "request latency max"),
            tuple(
                "acme.request.latency.median",
                "gauge",
                "millisecond",
                "1",
                "Request latency (median).",
                "request latency median"));
  }

  @Test
  void histogramWithoutDescription_hasEmptySeriesDescriptions() {
    MetricDeclaration latency =
        metric("acme.latency", MetricKind.HISTOGRAM).shortName("lat").build();

    assertThat(metadata(latency).rows())
        .extracting(
            row -> row.value(MetadataColumn.DESCRIPTION),
            row -> row.value(MetadataColumn.SHORT_NAME))
        .containsExactly(
            tuple("", "lat p95"),
            tuple("", "lat avg"),
            tuple("", "lat count"),
            tuple("", "lat max"),
            tuple("", "lat median"));
  }

  @Test
  void defaultShortName_dropsThePrefixAndSplitsWords() {
    assertThat(ShortNames.defaultFor("acme.queue.depth_max", "acme.")).isEqualTo("queue depth max");
    assertThat(ShortNames.defaultFor("jvm.heap.used", "acme.")).isEqualTo("jvm heap used");
    assertThat(ShortNames.defaultFor("acme.__odd..name_", "acme.")).isEqualTo("odd name");
  }

  @Test
  void explicitShortName_isKept() {
    MetricDeclaration depth =
        metric("acme.queue.depth", MetricKind.GAUGE)
            .shortName("Depth")
            .description("Depth.")
            .build();

    assertThat(metadata(depth).rows().get(0).value(MetadataColumn.SHORT_NAME)).isEqualTo("Depth");
  }

  @Test
  void rows_areSortedByMetricName() {
    MetadataFile file =
        metadata(
            gauge("acme.z", "Z."),
            gauge("acme.a.b", "AB."),
            gauge("acme.A", "Upper A."),
            gauge("acme.a", "A."));

    assertThat(file.rows())
        .extracting(MetricRow::metricName)
        .containsExactly("acme.A", "acme.a", "acme.a.b", "acme.z");
  }

  @Test
  void noTags_giveTheTenStandardColumns() {
    assertThat(metadata(gauge("acme.a", "A.")).headerNames())
        .containsExactlyElementsOf(
            MetadataColumn.STANDARD.stream().map(MetadataColumn::header).toList());
  }

  @Test
  void tagsOnAnyMetric_addTheSampleTagsColumnToEveryRow() {
    MetricDeclaration tagged =
        metric("acme.b", MetricKind.COUNT)
            .interval(10)
            .sampleTags("team", "db")
            .description("B.")
            .build();

    MetadataFile file = metadata(gauge("acme.a", "A."), tagged);

    assertThat(file.headerNames()).hasSize(11).endsWith("sample_tags");
    assertThat(file.rows())
        .extracting(
            row -> row.value(MetadataColumn.SAMPLE_TAGS),
            row -> row.value(MetadataColumn.INTERVAL),
            MetricRow::fieldCount)
        .containsExactly(tuple("", "", 11), tuple("team,db", "10", 11));
  }

  @Test
  void curatedKinds_areJoinedByPipes() {
    MetricDeclaration heap =
        metric("acme.heap", MetricKind.GAUGE)
            .unit("byte")
            .curated("cpu", "memory")
            .description("Heap.")
            .build();

    assertThat(metadata(heap).rows().get(0).value(MetadataColumn.CURATED_METRIC))
        .isEqualTo("cpu|memory");
  }

  @Test
  void distribution_isRejectedWithAHintAtTheTypeAttribute() {
    MetricDeclaration latency =
        metric("acme.latency", MetricKind.DISTRIBUTION)
            .unit("second")
            .description("Latency.")
            .build();

    List<Finding> findings = AssetRules.check(assemble(List.of(latency), List.of()));

    assertThat(findings)
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo(Rule.METADATA_TYPE_INVALID);
              assertThat(finding.origin().describe()).isEqualTo("LATENCY#type");
              assertThat(finding.message())
                  .isEqualTo("`distribution` is not a valid metric_type: use gauge, count or rate");
              assertThat(finding.hint())
                  .isEqualTo(
                      "ddev does not accept distribution metrics in metadata.csv yet; declare a"
                          + " histogram or a gauge");
            });
  }

  @Test
  void integrationDefaults_comeFromTheName() {
    IntegrationDeclaration bare =
        new IntegrationDeclaration("acme", "", "", SourceOrigin.of("AcmeCheck"));

    assertThat(bare.effectiveDisplayName()).isEqualTo("acme");
    assertThat(bare.effectiveMetricPrefix()).isEqualTo("acme.");
    assertThat(bare.identity().metricPrefix()).isEqualTo("acme.");
    assertThat(bare.identity().sourceTypeName()).isEqualTo("acme");
  }

  @Test
  void integrationColumn_isTheNormalizedDisplayName() {
    IntegrationDeclaration cloud =
        new IntegrationDeclaration(
            "acme", "Acme Cloud (Beta)", "acme.", SourceOrigin.of("AcmeCheck"));

    IntegrationAssets assets =
        AssetAssembler.assemble(
            new DeclaredIntegration(cloud, List.of(gauge("acme.a", "A.")), List.of()), "7.59.0");

    assertThat(assets.metadata().orElseThrow().rows().get(0).value(MetadataColumn.INTEGRATION))
        .isEqualTo("acme_cloud_beta");
  }

  @Test
  void serviceChecks_areSortedWithTheDisplayNameAndDefaultAgentVersion() {
    ServiceCheckDeclaration up = check("acme.up", "Acme is up", "");
    ServiceCheckDeclaration connect = check("acme.can_connect", "Acme can connect", "7.40.1");

    ServiceChecksFile file =
        assemble(List.of(), List.of(up, connect)).serviceChecks().orElseThrow();

    assertThat(file.sourceText()).isNull();
    assertThat(file.entries())
        .extracting(
            entry -> entry.text("check"),
            entry -> entry.text("agent_version"),
            entry -> entry.text("integration"))
        .containsExactly(
            tuple("acme.can_connect", "7.40.1", "Acme"), tuple("acme.up", "7.59.0", "Acme"));
    assertThat(file.entries().get(0).fields().keySet())
        .containsExactly(
            "agent_version", "integration", "check", "statuses", "groups", "name", "description");
    assertThat(file.entries().get(0).originOf("check").describe())
        .isEqualTo("CAN_CONNECT=acme.can_connect");
    assertThat(file.entries().get(0).originOf("statuses").describe())
        .isEqualTo("CAN_CONNECT#statuses");
  }

  @Test
  void wellDeclaredIntegration_passesStrictRulesAndRendersCanonically() {
    MetricDeclaration latency =
        metric("acme.request.latency", MetricKind.HISTOGRAM)
            .unit("millisecond")
            .orientation(1)
            .description("Request latency.")
            .build();
    MetricDeclaration heap =
        metric("acme.heap.used", MetricKind.GAUGE)
            .unit("byte")
            .orientation(-1)
            .curated("memory")
            .description("Heap in use, in bytes.")
            .build();

    IntegrationAssets assets =
        assemble(
            List.of(latency, heap), List.of(check("acme.can_connect", "Acme can connect", "")));
    GeneratedFiles files = AssetFiles.render(assets);

    assertThat(AssetRules.check(assets)).isEmpty();
    assertThat(files.files().get("metadata.csv"))
        .isEqualTo(
            """
            metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric
            acme.heap.used,gauge,,byte,,"Heap in use, in bytes.",-1,acme,heap used,memory
            acme.request.latency.95percentile,gauge,,millisecond,,Request latency (95th percentile).,1,acme,request latency p95,
            acme.request.latency.avg,gauge,,millisecond,,Request latency (average).,1,acme,request latency avg,
            acme.request.latency.count,rate,,,,Request latency (number of values sampled).,0,acme,request latency count,
            acme.request.latency.max,gauge,,millisecond,,Request latency (maximum).,1,acme,request latency max,
            acme.request.latency.median,gauge,,millisecond,,Request latency (median).,1,acme,request latency median,
            """);
    assertThat(files.files().get("assets/service_checks.json"))
        .isEqualTo(
            """
            [
                {
                    "agent_version": "7.59.0",
                    "integration": "Acme",
                    "check": "acme.can_connect",
                    "statuses": [
                        "ok",
                        "critical"
                    ],
                    "groups": [
                        "host",
                        "endpoint"
                    ],
                    "name": "Acme can connect",
                    "description": "Returns `CRITICAL` if the Agent cannot reach Acme, otherwise `OK`."
                }
            ]
            """);
  }

  @Test
  void nothingDeclared_givesAHeaderAndAnEmptyList() {
    GeneratedFiles files = AssetFiles.render(assemble(List.of(), List.of()));

    assertThat(files.files())
        .containsExactly(
            Map.entry("assets/service_checks.json", "[]\n"),
            Map.entry(
                "metadata.csv",
                "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric\n"));
  }

  // ---- helpers ----

  private static IntegrationAssets assemble(
      List<MetricDeclaration> metrics, List<ServiceCheckDeclaration> checks) {
    return AssetAssembler.assemble(new DeclaredIntegration(ACME, metrics, checks), "7.59.0");
  }

  private static MetadataFile metadata(MetricDeclaration... metrics) {
    return assemble(List.of(metrics), List.of()).metadata().orElseThrow();
  }

  private static MetricDeclaration gauge(String name, String description) {
    return metric(name, MetricKind.GAUGE)
        .unit("message")
        .orientation(-1)
        .description(description)
        .build();
  }

  private static MetricBuilder metric(String name, MetricKind kind) {
    return new MetricBuilder(name, kind);
  }

  /** Declares a metric as the processor would, with the attributes a test cares about. */
  private static final class MetricBuilder {
    private final String name;
    private final MetricKind kind;
    private String unit = "";
    private int interval;
    private int orientation;
    private String shortName = "";
    private List<String> curated = List.of();
    private List<String> sampleTags = List.of();
    private String description = "";

    MetricBuilder(String name, MetricKind kind) {
      this.name = name;
      this.kind = kind;
    }

    MetricBuilder unit(String value) {
      unit = value;
      return this;
    }

    MetricBuilder interval(int value) {
      interval = value;
      return this;
    }

    MetricBuilder orientation(int value) {
      orientation = value;
      return this;
    }

    MetricBuilder shortName(String value) {
      shortName = value;
      return this;
    }

    MetricBuilder curated(String... values) {
      curated = List.of(values);
      return this;
    }

    MetricBuilder sampleTags(String... values) {
      sampleTags = List.of(values);
      return this;
    }

    MetricBuilder description(String value) {
      description = value;
      return this;
    }

    MetricDeclaration build() {
      String constant = constant(name);
      return new MetricDeclaration(
          name,
          kind,
          unit,
          "",
          interval,
          orientation,
          shortName,
          curated,
          sampleTags,
          description,
          SourceOrigin.of(constant),
          SourceOrigin.of(constant + "=" + name));
    }
  }

  private static ServiceCheckDeclaration check(String check, String name, String agentVersion) {
    return new ServiceCheckDeclaration(
        check,
        name,
        List.of("ok", "critical"),
        List.of("host", "endpoint"),
        "Returns `CRITICAL` if the Agent cannot reach Acme, otherwise `OK`.",
        agentVersion,
        SourceOrigin.of(constant(check)),
        SourceOrigin.of(constant(check) + "=" + check));
  }

  /** The constant a check author would declare: QUEUE_DEPTH for acme.queue.depth. */
  private static String constant(String name) {
    return name.substring("acme.".length()).replace('.', '_').toUpperCase(Locale.ROOT);
  }

  private static Map<String, String> values(MetricRow row) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, Cell> cell : row.cells().entrySet()) {
      values.put(cell.getKey(), cell.getValue().value());
    }
    return values;
  }
}
