package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.cli.imports.RoundTripResult.Outcome;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.testing.SharedReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import round trip over the 235 integrations of integrations-extras: import each folder,
 * compile the imported sources with the processor in process, and compare every regenerated file
 * with its original (byte for byte, or with the original's canonical form when the original is not
 * canonical; spec.yaml as parsed YAML). The table it prints lists each failure with its first
 * differing line.
 *
 * <p>Every integration that does not come back identical is listed below with the reason. The
 * counts of metadata.csv, service_checks.json and manifest.json are also asserted on their own.
 */
class ImportRoundTripTest {

  private static final String DESCRIPTION_TOO_LONG =
      "refused: tile.description longer than 80 characters (a real defect the processor refuses)";

  /** Folders whose import is refused, with the rules of the findings that stop it. */
  private static final Map<String, Set<String>> REFUSED =
      Map.ofEntries(
          Map.entry("aimon", Set.of("manifest-description-too-long")),
          Map.entry("anecdote", Set.of("manifest-description-too-long")),
          Map.entry("appomni", Set.of("manifest-description-too-long")),
          Map.entry("authzed_cloud", Set.of("manifest-description-too-long")),
          Map.entry("chainguard", Set.of("manifest-description-too-long")),
          Map.entry("cloudaeye", Set.of("manifest-description-too-long")),
          Map.entry("cloudsmith", Set.of("manifest-description-too-long")),
          Map.entry("contrast_security_adr", Set.of("manifest-description-too-long")),
          Map.entry("emqx", Set.of("manifest-description-too-long")),
          Map.entry("gigamon", Set.of("manifest-description-too-long")),
          Map.entry("grafana", Set.of("manifest-description-too-long")),
          Map.entry("gravitee", Set.of("manifest-description-too-long")),
          Map.entry("kameleoon", Set.of("manifest-description-too-long")),
          Map.entry("loadrunner_professional", Set.of("manifest-description-too-long")),
          Map.entry("onepane", Set.of("manifest-description-too-long")),
          Map.entry("perfectscale", Set.of("manifest-description-too-long")),
          Map.entry("pulse", Set.of("manifest-description-too-long")),
          Map.entry("redis_enterprise_prometheus", Set.of("manifest-description-too-long")),
          Map.entry("resilience4j", Set.of("manifest-description-too-long")),
          Map.entry("rum_nextjs", Set.of("manifest-description-too-long")),
          Map.entry("zilliz_cloud_zilliz_cloud", Set.of("manifest-description-too-long")),
          Map.entry("scalr", Set.of("service-checks-integration-mismatch")),
          Map.entry("zabbix", Set.of("service-checks-integration-mismatch")),
          Map.entry("snmpwalk", Set.of("manifest-metadata-path-missing")),
          Map.entry("go_pprof_scraper", Set.of("spec-option-unknown-key")),
          Map.entry("pihole", Set.of("spec-option-unknown-key")),
          Map.entry("cybersixgill_actionable_alerts", Set.of("spec-value-unknown-key")),
          // Specs the annotations cannot say back exactly, each at its line (see the README's
          // "Importing a spec.yaml"): a text placeholder for a log source's port (bind9), a
          // mapping as the example of a string (filemage), a log source of type `integration`
          // under a required logs entry (scamalytics), a default on a required option, which the
          // processor refuses (unifi_console).
          Map.entry("bind9", Set.of("spec-import-unsupported")),
          Map.entry("filemage", Set.of("spec-import-unsupported")),
          Map.entry("scamalytics", Set.of("spec-import-unsupported")),
          Map.entry("unifi_console", Set.of("spec-import-unsupported")));

  /** Integrations whose metadata.csv, service_checks.json or manifest.json do not come back. */
  private static final Map<String, String> ASSET_FAILURES = assetFailures();

  @TempDir static Path work;

  private static CorpusRoundTrip.Report report;
  private static Path corpus;

  @BeforeAll
  static void runRoundTrip() throws Exception {
    corpus = SharedReference.corpus();
    Path templates = SharedReference.reference().resolve("ddev-templates");
    RepoOverrides overrides =
        RepoOverrides.read(
            Path.of(ImportRoundTripTest.class.getResource("/extras-config.toml").toURI()));
    report = new CorpusRoundTrip(templates, overrides, work, false).run(corpus);
    System.out.println(RoundTripTable.render(report));
  }

  @Test
  void refusedImports_areTheFoldersWithDdevErrors() {
    Map<String, Set<String>> refused = new TreeMap<>();
    for (RoundTripResult result : report.results()) {
      if (!result.refused().isEmpty()) {
        refused.put(result.name(), Set.copyOf(result.refused()));
      }
    }
    assertThat(report.results()).hasSize(235);
    assertThat(refused).isEqualTo(new TreeMap<>(REFUSED));
  }

  @Test
  void metadataServiceChecksAndManifest_comeBackForEveryIntegrationNotExplained() {
    Map<String, String> failures = new TreeMap<>();
    for (RoundTripResult result : report.results()) {
      if (!result.identical(RoundTripTable.ASSETS)) {
        failures.put(result.name(), result.failure(RoundTripTable.ASSETS));
      }
    }
    assertThat(failures.keySet()).isEqualTo(ASSET_FAILURES.keySet());
    assertThat(RoundTripTable.count(report.results(), RoundTripTable.ASSETS)).isEqualTo(199);

    List<RoundTripResult> results = report.results();
    assertThat(counts(results, RoundTripFile.METADATA)).containsExactly(49L, 97L, 3L);
    assertThat(counts(results, RoundTripFile.SERVICE_CHECKS)).containsExactly(133L, 50L, 0L);
    assertThat(counts(results, RoundTripFile.MANIFEST)).containsExactly(191L, 10L, 2L);
  }

  @Test
  void everyFile_comesBackForEveryIntegrationNotExplained() throws Exception {
    Map<String, String> expected = new TreeMap<>(ASSET_FAILURES);
    for (RoundTripResult result : report.results()) {
      Path folder = corpus.resolve(result.name());
      if (!Files.isRegularFile(folder.resolve("spec.yaml"))
          && Files.isRegularFile(folder.resolve("conf.yaml.example"))) {
        expected.putIfAbsent(
            result.name(), "conf.yaml.example without spec.yaml: nothing to generate it from");
      }
    }
    // The four JMX integrations' metrics.yaml come back in canonical form, but hbase_regionserver's
    // `metric_type: count`, which JMXFetch sends as a rate, comes back as `rate`.
    expected.put("hbase_regionserver", "metrics.yaml: `count` comes back as `rate`");
    Set<String> failures =
        report.results().stream()
            .filter(result -> !result.identical(RoundTripTable.ALL))
            .map(RoundTripResult::name)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(failures).isEqualTo(expected.keySet());
    assertThat(RoundTripTable.count(report.results(), RoundTripTable.ALL)).isEqualTo(182);
    // Specs equal as parsed YAML; examples byte-identical, or identical to today's rendering of
    // the original spec (11 OpenMetrics examples rendered before the current exclude_metrics text;
    // 2 more are in refused folders), and the 16 examples without a spec.
    assertThat(counts(report.results(), RoundTripFile.SPEC)).containsExactly(49L, 0L, 0L);
    assertThat(counts(report.results(), RoundTripFile.EXAMPLE)).containsExactly(36L, 11L, 16L);
    assertThat(counts(report.results(), RoundTripFile.JMX_METRICS)).containsExactly(0L, 3L, 1L);
  }

  @Test
  void everyImportedIntegration_compiles() {
    assertThat(report.results())
        .filteredOn(result -> result.refused().isEmpty())
        .hasSize(235 - REFUSED.size())
        .allSatisfy(result -> assertThat(result.compileErrors()).as(result.name()).isEmpty());
  }

  @Test
  void importedSources_compileWithoutLintWarnings() {
    // -Xlint:all,-processing: a javac warning has no rule id; the processor's warnings are the
    // originals' findings under the ddev profile (metrics without a description).
    List<String> lint =
        report.warnings().stream().filter(warning -> !warning.contains(": [")).toList();
    assertThat(lint).isEmpty();
    assertThat(report.warnings())
        .hasSize(292)
        .allMatch(warning -> warning.contains("[metadata-description-empty]"));
  }

  private static List<Long> counts(List<RoundTripResult> results, RoundTripFile kind) {
    return Stream.of(Outcome.values())
        .map(outcome -> RoundTripTable.outcomes(results, kind, outcome))
        .toList();
  }

  private static Map<String, String> assetFailures() {
    Map<String, String> failures = new TreeMap<>();
    for (Map.Entry<String, Set<String>> refused : REFUSED.entrySet()) {
      failures.put(
          refused.getKey(),
          refused.getValue().contains("manifest-description-too-long")
              ? DESCRIPTION_TOO_LONG
              : refused.getValue().contains("spec-import-unsupported")
                  ? "refused: a spec construct the annotations cannot declare back"
                  : "refused: " + refused.getValue() + " (a real defect of the original)");
    }
    for (String name : List.of("rundeck", "tyk")) {
      failures.put(
          name,
          "not supported: a manifest whose configuration does not name the spec it has (the"
              + " processor always declares the spec.yaml it writes)");
    }
    for (String name : List.of("aerospike_enterprise", "artie", "ocient")) {
      failures.put(
          name,
          "not supported: a sample_tags column without any tag (the processor writes the column"
              + " only when a metric declares sample tags)");
    }
    return failures;
  }
}
