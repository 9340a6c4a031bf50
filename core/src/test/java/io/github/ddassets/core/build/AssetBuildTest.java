package io.github.ddassets.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.declare.MetricDeclaration;
import io.github.ddassets.core.declare.MetricKind;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.declare.ServiceCheckDeclaration;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.testing.SourceOrigin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build without javac: declarations as any collector would make them, files and a report. */
class AssetBuildTest {

  private static final String CHECK = "com.acme.AcmeCheck";
  private static final Origin ACME_ORIGIN = SourceOrigin.of("AcmeCheck");
  private static final IntegrationDeclaration ACME =
      new IntegrationDeclaration("acme", "Acme", "", ACME_ORIGIN);

  @Test
  void metricsAndChecks_giveTheFilesOfTheFolderAndNoFinding() {
    BuildOutcome outcome =
        build(
            ManifestDeclaration.none(ACME_ORIGIN),
            gauge("acme.queue.depth", "message"),
            BaseManifestSource.NONE);

    assertThat(outcome.report().items()).isEmpty();
    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.integrations()).hasSize(1);
    BuiltIntegration acme = outcome.integrations().get(0);
    assertThat(acme.name()).isEqualTo("acme");
    assertThat(acme.files().files().keySet())
        .containsExactly(
            "assets/service_checks.json", "manifest.fragment.json", "metadata.csv");
    assertThat(acme.files().files().get("metadata.csv"))
        .isEqualTo(
            "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
                + "integration,short_name,curated_metric\n"
                + "acme.queue.depth,gauge,,message,,Messages waiting.,-1,acme,queue depth,\n");
    assertThat(acme.fragment().at("/assets/integration/source_type_name").asText())
        .isEqualTo("Acme");
    assertThat(acme.origins())
        .containsExactly(
            ACME_ORIGIN, SourceOrigin.of("QUEUE_DEPTH"), SourceOrigin.of("CAN_CONNECT"));
  }

  @Test
  void anError_producesNoFileAtAll() {
    BuildOutcome outcome =
        build(
            ManifestDeclaration.none(ACME_ORIGIN),
            gauge("acme.queue.depth", "messages-per-fortnight"),
            BaseManifestSource.NONE);

    assertThat(outcome.report().hasErrors()).isTrue();
    assertThat(outcome.report().items())
        .extracting(item -> item.finding().rule())
        .contains(Rule.METADATA_UNIT_UNKNOWN);
    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.integrations()).isEmpty();
  }

  @Test
  void aBaseManifest_comesFromTheSourceAndIsMergedIntoManifestJson() {
    String base =
        """
        {
          "manifest_version": "2.0.0",
          "app_uuid": "0d1ae8bd-0f1a-4a39-9b4e-4b7a4c5c8e01",
          "app_id": "acme",
          "display_on_public_website": false,
          "tile": {
            "overview": "README.md#Overview",
            "configuration": "README.md#Setup",
            "support": "README.md#Support",
            "changelog": "CHANGELOG.md",
            "description": "Monitor Acme queues.",
            "title": "Acme",
            "media": [],
            "classifier_tags": [
              "Supported OS::Linux",
              "Category::Message Queues",
              "Offering::Integration",
              "Submitted Data Type::Metrics"
            ]
          },
          "assets": {
            "integration": {
              "auto_install": true,
              "source_type_id": 123456,
              "source_type_name": "Acme",
              "configuration": {},
              "events": {
                "creates_events": false
              },
              "metrics": {
                "prefix": "acme.",
                "check": "acme.queue.depth",
                "metadata_path": "metadata.csv"
              },
              "service_checks": {
                "metadata_path": "assets/service_checks.json"
              }
            }
          },
          "author": {
            "support_email": "support@acme.example",
            "name": "Acme",
            "homepage": "https://acme.example",
            "sales_email": "sales@acme.example"
          }
        }
        """;
    BaseManifestSource source =
        new BaseManifestSource() {
          @Override
          public Optional<BaseManifestFile> find(String relativePath) {
            return relativePath.equals("acme/manifest.json")
                ? Optional.of(new BaseManifestFile(base, "acme/manifest.json", Optional.empty()))
                : Optional.empty();
          }

          @Override
          public String describe() {
            return "in the test";
          }
        };
    ManifestDeclaration declared =
        new ManifestDeclaration(
            ACME_ORIGIN,
            false,
            "acme/manifest.json",
            false,
            false,
            false,
            List.of(),
            List.of(),
            Optional.empty());

    BuildOutcome outcome =
        build(
            declared,
            gauge("acme.queue.depth", "message"),
            source,
            Set.of(SourceOrigin.of("QUEUE_DEPTH")));

    assertThat(outcome.report().items()).extracting(Report.Item::finding).isEmpty();
    Map<String, String> files = outcome.integrations().get(0).files().files();
    assertThat(files).containsKey("manifest.json");
    assertThat(files.get("manifest.json")).isEqualTo(base);
  }

  @Test
  void aBaseManifestNoSourceHas_isAFindingOnTheManifestAttribute() {
    ManifestDeclaration declared =
        new ManifestDeclaration(
            ACME_ORIGIN,
            false,
            "missing/manifest.json",
            false,
            false,
            false,
            List.of(),
            List.of(),
            Optional.empty());

    BuildOutcome outcome =
        build(declared, gauge("acme.queue.depth", "message"), BaseManifestSource.NONE);

    assertThat(outcome.integrations()).isEmpty();
    Finding finding = outcome.report().items().get(0).finding();
    assertThat(finding.rule()).isEqualTo(Rule.SOURCE_MANIFEST_BASE);
    assertThat(finding.origin()).isEqualTo(SourceOrigin.of("AcmeCheck").attribute("manifest"));
    assertThat(finding.message())
        .startsWith("cannot find the base manifest missing/manifest.json: looked in ");
  }

  private static BuildOutcome build(
      ManifestDeclaration manifest, MetricDeclaration metric, BaseManifestSource source) {
    return build(manifest, metric, source, Set.of());
  }

  private static BuildOutcome build(
      ManifestDeclaration manifest,
      MetricDeclaration metric,
      BaseManifestSource source,
      Set<Origin> everyRun) {
    Declarations declarations =
        new Declarations(
            Map.of(CHECK, List.of(ACME)),
            List.of(new Owned<>(CHECK, false, SourceOrigin.of("QUEUE_DEPTH"), metric)),
            List.of(new Owned<>(CHECK, false, SourceOrigin.of("CAN_CONNECT"), canConnect())),
            List.of(),
            List.of(),
            List.of(),
            Map.of(CHECK, manifest),
            everyRun,
            List.of());
    BuildSettings settings =
        new BuildSettings(
            Profile.STRICT,
            "7.59.0",
            new ConfigTemplates(List.of()),
            "keep",
            Optional.empty());
    return new AssetBuild(settings, source).build(declarations);
  }

  private static MetricDeclaration gauge(String name, String unit) {
    return new MetricDeclaration(
        name,
        MetricKind.GAUGE,
        unit,
        "",
        0,
        -1,
        "",
        List.of(),
        List.of(),
        "Messages waiting.",
        SourceOrigin.of("QUEUE_DEPTH"),
        SourceOrigin.of("QUEUE_DEPTH=" + name));
  }

  private static ServiceCheckDeclaration canConnect() {
    return new ServiceCheckDeclaration(
        "acme.can_connect",
        "Acme can connect",
        List.of("ok", "critical"),
        List.of("host", "endpoint"),
        "Returns `CRITICAL` if the Agent cannot reach Acme, otherwise `OK`.",
        "",
        SourceOrigin.of("CAN_CONNECT"),
        SourceOrigin.of("CAN_CONNECT=acme.can_connect"));
  }
}
