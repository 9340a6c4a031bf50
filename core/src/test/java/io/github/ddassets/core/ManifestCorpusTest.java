package io.github.ddassets.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.manifest.IntegrationKind;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.manifest.ManifestFragment;
import io.github.ddassets.core.manifest.ManifestMerge;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.render.ManifestRenderer;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.Severity;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 233 manifests of the integrations-extras corpus: they round-trip through the reader and the
 * renderer, merge with their own fragment unchanged, and give under the {@code ddev} profile only
 * the errors SOURCE.md announces (extras CI does not run the manifest validation).
 */
class ManifestCorpusTest {

  private static Path corpus;
  private static Map<String, String> texts;
  private static List<FolderReport> reports;
  private static List<LoadedIntegration> integrations;

  @BeforeEach
  void loadCorpus() throws IOException, URISyntaxException {
    corpus = SharedReference.corpus();
    if (texts != null) {
      return;
    }
    Map<String, String> read = new LinkedHashMap<>();
    for (IntegrationFolder folder : IntegrationFolder.under(corpus)) {
      Path file = folder.manifest();
      if (Files.isRegularFile(file)) {
        read.put(folder.name(), TextFiles.readUtf8(file));
      }
    }
    texts = read;
    reports = CheckedCorpus.reports(corpus);
    integrations = reports.stream().map(FolderReport::integration).toList();
  }

  @Test
  void roundTrip_218Of233ManifestsAreByteIdentical() {
    List<String> different = new ArrayList<>();
    texts.forEach(
        (name, text) -> {
          String rendered = ManifestRenderer.render(manifest(name));
          if (!rendered.equals(text)) {
            different.add(name + ": " + CorpusTest.firstDifference(text, rendered));
          }
        });
    print("read and rendered in their own format", different);

    // The other 15 were laid out by hand: 4 indent a line differently (zenoh_router with a tab),
    // 5 keep metrics.check on one line, 3 put two spaces after a colon, 3 leave trailing spaces.
    assertThat(texts).hasSize(233);
    assertThat(different).hasSize(15).containsExactlyElementsOf(DIFFERENT);
  }

  @Test
  void mergingEachManifestWithItsOwnFragment_changesNothing() {
    int identical = 0;
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      Manifest base = manifest(entry.getKey());
      ManifestMerge.Merged merged =
          ManifestMerge.merge(base.root(), ManifestFragment.extract(base.root()));
      assertThat(merged.conflicts()).as(entry.getKey()).isEmpty();
      assertThat(merged.manifest()).as(entry.getKey()).isEqualTo(base.root());
      if (ManifestRenderer.render(merged.manifest(), base.format()).equals(entry.getValue())) {
        identical++;
      }
    }

    assertThat(identical).isEqualTo(218);
  }

  @Test
  void canonicalKeyOrder_91ManifestsAreAlreadyInIt() {
    List<String> canonical = new ArrayList<>();
    texts.forEach(
        (name, text) -> {
          Manifest manifest = manifest(name);
          String rendered =
              ManifestRenderer.render(
                  manifest.root(),
                  manifest.format().withKeyOrder(ManifestFormat.KeyOrder.CANONICAL));
          if (rendered.equals(text)) {
            canonical.add(name);
          }
        });
    System.out.printf(
        "%nmanifest.json: %d of %d files are byte-identical in the canonical key order%n",
        canonical.size(), texts.size());

    // The others put their keys in another order (57 put assets before author, 110 author
    // blocks start support_email, homepage) or are among the 15 laid out by hand.
    assertThat(canonical).hasSize(91).contains("algorithmia", "zenduty");
  }

  @Test
  void ddevProfile_errorsAreTheKnownBreaches() {
    List<String> errors = new ArrayList<>();
    for (FolderReport report : reports) {
      Report.of(Profile.DDEV, report.fileFindings()).items().stream()
          .filter(item -> item.severity() == Severity.ERROR)
          .forEach(
              item ->
                  errors.add(
                      item.finding().origin().describe().replace("integrations-extras/", "")
                          + " "
                          + item.finding().text()));
    }

    assertThat(errors).containsExactlyElementsOf(DDEV_ERRORS);
  }

  @Test
  void kinds_81Agent45Api107Other() {
    // API: OAuth in the manifest (`oauth` or `assets.oauth`) and no Agent configuration. Other:
    // tiles without either (libraries, RUM SDKs, webhooks, crawler-based integrations).
    Map<IntegrationKind, Integer> kinds = new EnumMap<>(IntegrationKind.class);
    for (LoadedIntegration integration : integrations) {
      integration
          .manifest()
          .ifPresent(
              manifest ->
                  kinds.merge(
                      IntegrationKind.of(manifest, integration.context().agentConfigFiles()),
                      1,
                      Integer::sum));
    }

    assertThat(kinds)
        .containsExactlyEntriesOf(
            new EnumMap<>(
                Map.of(
                    IntegrationKind.AGENT,
                    81,
                    IntegrationKind.API,
                    45,
                    IntegrationKind.OTHER,
                    107)));
  }

  private static Manifest manifest(String name) {
    return ManifestReader.parse(texts.get(name), name + "/manifest.json").value().orElseThrow();
  }

  private static void print(String what, List<String> different) {
    System.out.printf(
        "%nmanifest.json: %d of %d files are byte-identical %s; the others:%n",
        texts.size() - different.size(), texts.size(), what);
    different.forEach(line -> System.out.println("  " + line));
  }

  private static final List<String> DIFFERENT =
      List.of(
          "anecdote: line 7, column 3: `   \"tile\": {` in the file, `  \"tile\": {` rendered",
          "artie: line 41, column 19: `...\"check\": [\"artie.rows_processed\"],` in the file,"
              + " `...\"check\": [` rendered",
          "embrace_mobile: line 59, column 19: `...\"check\": [\"embrace.session_total.five_mi...`"
              + " in the file, `...\"check\": [` rendered",
          "gigamon: line 30, column 6: `     {` in the file, `      {` rendered",
          "ocient: line 18, column 51: `...board.png\"      ` in the file, `...board.png\"`"
              + " rendered",
          "redis_cloud: line 16, column 23: `...ia_type\":  \"image\",` in the file,"
              + " `...ia_type\": \"image\",` rendered",
          "redis_enterprise: line 16, column 23: `...ia_type\":  \"image\",` in the file,"
              + " `...ia_type\": \"image\",` rendered",
          "redis_enterprise_prometheus: line 16, column 23: `...ia_type\":  \"image\",` in the"
              + " file, `...ia_type\": \"image\",` rendered",
          "reflectiz: line 31, column 28: `...Security\", ` in the file, `...Security\",` rendered",
          "resilience4j: line 51, column 7: `        \"resilience4j-overview\": \"assets...` in"
              + " the file, `      \"resilience4j-overview\": \"assets/d...` rendered",
          "rum_nextjs: line 10, column 44: `...shooting\",  ` in the file, `...shooting\",`"
              + " rendered",
          "scaphandre: line 37, column 19: `...\"check\": [\"scaphandre.host.cpu.frequency...` in"
              + " the file, `...\"check\": [` rendered",
          "upstash: line 49, column 19: `...\"check\": [\"upstash.metadata.metric_publi...` in the"
              + " file, `...\"check\": [` rendered",
          "vns3: line 40, column 19: `...\"check\": [\"vns3.peering\", \"vns3.overlay....` in the"
              + " file, `...\"check\": [` rendered",
          "zenoh_router: line 48, column 1: `\\t},` in the file, `    },` rendered");

  private static final List<String> DDEV_ERRORS =
      List.of(
          "aimon/manifest.json:9:20 [manifest-description-too-long] tile.description has 110"
              + " characters, at most 80 are allowed",
          "anecdote/manifest.json:13:20 [manifest-description-too-long] tile.description has 92"
              + " characters, at most 80 are allowed",
          "appomni/manifest.json:9:20 [manifest-description-too-long] tile.description has 91"
              + " characters, at most 80 are allowed",
          "authzed_cloud/manifest.json:8:20 [manifest-description-too-long] tile.description has"
              + " 113 characters, at most 80 are allowed",
          "chainguard/manifest.json:9:20 [manifest-description-too-long] tile.description has 95"
              + " characters, at most 80 are allowed",
          "cloudaeye/manifest.json:13:20 [manifest-description-too-long] tile.description has 83"
              + " characters, at most 80 are allowed",
          "cloudsmith/manifest.json:12:20 [manifest-description-too-long] tile.description has 106"
              + " characters, at most 80 are allowed",
          "contrast_security_adr/manifest.json:8:20 [manifest-description-too-long]"
              + " tile.description has 104 characters, at most 80 are allowed",
          "emqx/manifest.json:12:20 [manifest-description-too-long] tile.description has 99"
              + " characters, at most 80 are allowed",
          "gigamon/manifest.json:12:20 [manifest-description-too-long] tile.description has 98"
              + " characters, at most 80 are allowed",
          "grafana/manifest.json:37:20 [manifest-description-too-long] tile.description has 96"
              + " characters, at most 80 are allowed",
          "gravitee/manifest.json:8:20 [manifest-description-too-long] tile.description has 96"
              + " characters, at most 80 are allowed",
          "kameleoon/manifest.json:12:20 [manifest-description-too-long] tile.description has 113"
              + " characters, at most 80 are allowed",
          "loadrunner_professional/manifest.json:12:20 [manifest-description-too-long]"
              + " tile.description has 83 characters, at most 80 are allowed",
          "onepane/manifest.json:12:20 [manifest-description-too-long] tile.description has 102"
              + " characters, at most 80 are allowed",
          "perfectscale/manifest.json:12:20 [manifest-description-too-long] tile.description has"
              + " 94 characters, at most 80 are allowed",
          "pulse/manifest.json:9:20 [manifest-description-too-long] tile.description has 98"
              + " characters, at most 80 are allowed",
          "redis_enterprise_prometheus/manifest.json:12:20 [manifest-description-too-long]"
              + " tile.description has 91 characters, at most 80 are allowed",
          "resilience4j/manifest.json:12:20 [manifest-description-too-long] tile.description has"
              + " 84 characters, at most 80 are allowed",
          "rum_nextjs/manifest.json:12:20 [manifest-description-too-long] tile.description has 108"
              + " characters, at most 80 are allowed",
          "scalr/service_checks.json:4:24 [service-checks-integration-mismatch] scalr.can_connect:"
              + " integration `Scalr` must match the manifest's source_type_name `Scalr (Community"
              + " Version)`",
          "snmpwalk/manifest.json:30:13 [manifest-metadata-path-missing] the integration has a"
              + " metadata.csv but the manifest declares no"
              + " assets.integration.metrics.metadata_path",
          "zabbix/service_checks.json:4:24 [service-checks-integration-mismatch]"
              + " zabbix.can_connect: integration `Zabbix` must match the manifest's"
              + " source_type_name `Zabbix (Community Version)`",
          "zilliz_cloud_zilliz_cloud/manifest.json:9:20 [manifest-description-too-long]"
              + " tile.description has 109 characters, at most 80 are allowed");
}
