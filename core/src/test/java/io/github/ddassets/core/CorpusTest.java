package io.github.ddassets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.IntegrationLoader;
import io.github.ddassets.core.read.Layout;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.ServiceChecksReader;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.render.MetadataRenderer;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import io.github.ddassets.core.rules.AssetRules;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.MetadataRules;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.ServiceCheckRules;
import io.github.ddassets.core.rules.Severity;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads every integration of the integrations-extras corpus ({@code ../shared}) the way the CLI
 * does, and pins what ddassets finds there. These files passed Datadog's CI, so under the {@code
 * ddev} profile their metadata.csv files must give no error; the figures under {@code strict} and
 * the round-trip counts were measured and cross-checked with python3 on the same files.
 */
class CorpusTest {

  private static Path corpus;
  private static List<FolderReport> reports;
  private static List<LoadedIntegration> integrations;

  /** Skips each test, so that it is counted as skipped, when ../shared is absent; loads once. */
  @BeforeEach
  void loadCorpus() throws IOException, URISyntaxException {
    corpus = SharedReference.corpus();
    if (integrations != null) {
      return;
    }
    reports = CheckedCorpus.reports(corpus);
    integrations = reports.stream().map(FolderReport::integration).toList();
  }

  @Test
  void corpus_has235IntegrationFolders() {
    assertThat(integrations).hasSize(235);
    // 24 folders hold only manifest.json, so nothing marks them as flat.
    assertThat(integrations.stream().filter(i -> i.folder().layout() == Layout.REPOSITORY))
        .hasSize(24);
  }

  @Test
  void everyFile_isRead() {
    assertThat(integrations).flatExtracting(LoadedIntegration::readFindings).isEmpty();
  }

  @Test
  void metadataFiles_170With7713Rows() {
    List<MetadataFile> files = metadataFiles();

    assertThat(files).hasSize(170);
    // csv.reader yields 7,717 records: the 4 blank lines (1 at the end of celerdata, 3 between the
    // rows of sofy_sofy) are records too, but csv.DictReader, and so ddev, skips them.
    assertThat(files.stream().mapToInt(file -> file.rows().size()).sum()).isEqualTo(7713);
  }

  @Test
  void serviceChecksFiles_209() {
    assertThat(integrations.stream().filter(i -> i.assets().serviceChecks().isPresent()))
        .hasSize(209);
  }

  @Test
  void blankLinesBetweenRows_doNotShiftPositions() {
    MetadataFile sofy = metadataOf("sofy_sofy");

    assertThat(sofy.rows())
        .extracting(row -> row.origin().describe())
        .containsExactly(
            "integrations-extras/sofy_sofy/metadata.csv:2:1",
            "integrations-extras/sofy_sofy/metadata.csv:4:1",
            "integrations-extras/sofy_sofy/metadata.csv:6:1",
            "integrations-extras/sofy_sofy/metadata.csv:8:1");
  }

  @Test
  void ddevProfile_metadataFilesHaveNoError() {
    List<String> errors = new ArrayList<>();
    for (LoadedIntegration integration : integrations) {
      integration
          .assets()
          .metadata()
          .ifPresent(
              file -> {
                Report report =
                    Report.of(
                        Profile.DDEV, MetadataRules.check(file, integration.assets().identity()));
                report.items().stream()
                    .filter(item -> item.severity() == Severity.ERROR)
                    .forEach(
                        item ->
                            errors.add(
                                item.finding().origin().describe() + " " + item.finding().text()));
              });
    }

    assertThat(errors).isEmpty();
  }

  @Test
  void ddevProfile_serviceChecksErrorsAreTheTwoKnownMismatches() {
    List<Finding> errors = new ArrayList<>();
    for (LoadedIntegration integration : integrations) {
      integration
          .assets()
          .serviceChecks()
          .ifPresent(
              file -> {
                Report report =
                    Report.of(
                        Profile.DDEV,
                        ServiceCheckRules.check(file, integration.assets().identity()));
                report.items().stream()
                    .filter(item -> item.severity() == Severity.ERROR)
                    .forEach(item -> errors.add(item.finding()));
              });
    }

    // SOURCE.md: extras CI does not run the service-check validation, and these two entries use
    // the tile title instead of the source_type_name.
    assertThat(errors)
        .extracting(Finding::rule, f -> f.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH,
                "integrations-extras/scalr/service_checks.json:4:24",
                "scalr.can_connect: integration `Scalr` must match the manifest's source_type_name"
                    + " `Scalr (Community Version)`"),
            tuple(
                Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH,
                "integrations-extras/zabbix/service_checks.json:4:24",
                "zabbix.can_connect: integration `Zabbix` must match the manifest's"
                    + " source_type_name `Zabbix (Community Version)`"));
  }

  @Test
  void ddevProfile_countsPerRule() {
    Report report = Report.of(Profile.DDEV, allFindings());
    print("ddev", report);

    // The errors are real breaches that extras CI never checks (ManifestCorpusTest lists them).
    assertThat(report.countsByRule())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "manifest-description-too-long", 21,
                    "manifest-metadata-path-missing", 1,
                    "metadata-description-empty", 795,
                    "service-checks-integration-mismatch", 2)));
    assertThat(report.count(Severity.ERROR)).isEqualTo(24);
    assertThat(report.count(Severity.WARNING)).isEqualTo(795);
  }

  @Test
  void strictProfile_countsPerRule() {
    Report report = Report.of(Profile.STRICT, allFindings());
    print("strict", report);

    Map<String, Integer> expected = new TreeMap<>();
    // The four JMX integrations of extras: trino's alias trino.execution.queued_queries has no
    // row; hbase_regionserver writes metric_type `count`, which JMXFetch sends as a rate.
    expected.put("jmx-alias-undeclared", 1);
    expected.put("jmx-metric-type-unknown", 1);
    expected.put("jmx-type-mismatch", 1);
    expected.put("manifest-api-telemetry", 5);
    expected.put("manifest-auto-install-api", 35);
    expected.put("manifest-description-too-long", 21);
    expected.put("manifest-key-documented", 42);
    expected.put("manifest-logs-source-category", 9);
    expected.put("manifest-metadata-path-missing", 1);
    expected.put("manifest-spec-missing", 4);
    expected.put("manifest-title-display-name", 35);
    expected.put("metadata-column-order", 7);
    expected.put("metadata-description-duplicate", 430);
    expected.put("metadata-description-empty", 795);
    expected.put("metadata-line-endings", 33); // 27 files without a final newline, 6 with CRLF
    expected.put("metadata-name-dots", 3);
    expected.put("metadata-short-name-duplicate", 289);
    expected.put("metadata-short-name-empty", 2287);
    expected.put("metadata-unsorted", 99);
    expected.put("service-checks-empty-object", 1);
    expected.put("service-checks-integration-mismatch", 2);
    expected.put("service-checks-layout", 64);
    expected.put("spec-name-mismatch", 5);
    assertThat(report.countsByRule()).containsExactlyEntriesOf(expected);
  }

  @Test
  void withoutTheRepositoryOverride_aerospikeEnterpriseHasNoPrefix() throws IOException {
    IntegrationFolder folder =
        IntegrationFolder.detect(corpus.resolve("aerospike_enterprise")).orElseThrow();
    LoadedIntegration loaded =
        new IntegrationLoader(RepoOverrides.NONE, new DisplayPaths(corpus, "integrations-extras"))
            .load(folder);

    assertThat(Report.of(Profile.DDEV, AssetRules.check(loaded.assets())).items())
        .filteredOn(item -> item.severity() == Severity.ERROR)
        .extracting(item -> item.finding().rule(), item -> item.finding().origin().describe())
        .containsExactly(
            tuple(
                Rule.METADATA_PREFIX_MISSING,
                "integrations-extras/aerospike_enterprise/metadata.csv:2:1"));
  }

  @Test
  void metadataRoundTrip_116FilesAreByteIdentical() throws IOException {
    List<String> different =
        roundTrip(
            "metadata.csv",
            text ->
                MetadataRenderer.render(
                    MetadataReader.parse(text, "metadata.csv").value().orElseThrow()));

    // Canonical form: canonical header order (10 columns, 11 with sample_tags), Python's minimal
    // quoting, LF line ends, a final newline, rows in file order.
    assertThat(different)
        .hasSize(170 - 116)
        .contains(
            "agora_analytics: line 24: the file has no final newline",
            "authzed_cloud: line 1: CRLF line end",
            "akamai_datastream_2: line 1, column 104: `...short_name` in the file,"
                + " `...short_name,curated_metric` rendered",
            "sofy_sofy: line 3, column 1: `` in the file,"
                + " `sofy.step.memory_utilization,count,,mebi...` rendered",
            "zilliz_cloud_zilliz_cloud: line 2, column 1:"
                + " `\"zilliz.cluster.cu.computation.current\",...` in the file,"
                + " `zilliz.cluster.cu.computation.current,ga...` rendered");
  }

  @Test
  void serviceChecksRoundTrip_144FilesAreByteIdentical() throws IOException {
    List<String> different =
        roundTrip(
            "service_checks.json",
            text ->
                ServiceChecksRenderer.render(
                    ServiceChecksReader.parse(text, "service_checks.json").value().orElseThrow()));

    assertThat(different)
        .hasSize(209 - 144)
        .contains(
            "adaptive_shield: line 2: the file has no final newline",
            "typingdna_activelock: line 1, column 1: `{}` in the file, `[]` rendered");
  }

  // ---- helpers ----

  private static List<Finding> allFindings() {
    List<Finding> findings = new ArrayList<>();
    for (FolderReport report : reports) {
      findings.addAll(report.fileFindings());
    }
    return findings;
  }

  private static List<MetadataFile> metadataFiles() {
    return integrations.stream().flatMap(i -> i.assets().metadata().stream()).toList();
  }

  private static MetadataFile metadataOf(String name) {
    return integrations.stream()
        .filter(i -> i.folder().name().equals(name))
        .findFirst()
        .flatMap(i -> i.assets().metadata())
        .orElseThrow();
  }

  /** Re-renders every file of a kind; prints and returns those that differ, with the reason. */
  private static List<String> roundTrip(String fileName, Function<String, String> render)
      throws IOException {
    List<String> different = new ArrayList<>();
    int total = 0;
    for (IntegrationFolder folder : IntegrationFolder.under(corpus)) {
      Path file = folder.dir().resolve(fileName);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      total++;
      String text = TextFiles.readUtf8(file);
      String rendered = render.apply(text);
      if (!rendered.equals(text)) {
        different.add(folder.name() + ": " + firstDifference(text, rendered));
      }
    }
    System.out.printf(
        "%n%s: %d of %d files are byte-identical after read and render; the others:%n",
        fileName, total - different.size(), total);
    different.forEach(line -> System.out.println("  " + line));
    return different;
  }

  /** Where the file and its rendering first differ, and how. */
  static String firstDifference(String file, String rendered) {
    String[] a = file.split("\n", -1);
    String[] b = rendered.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String original = i < a.length ? a[i] : null;
      String canonical = i < b.length ? b[i] : null;
      if (Objects.equals(original, canonical)) {
        continue;
      }
      String line = "line " + (i + 1);
      if (original == null && canonical.isEmpty() && i == b.length - 1) {
        return line + ": the file has no final newline";
      }
      if (original != null && original.equals(canonical + "\r")) {
        return line + ": CRLF line end";
      }
      if (original == null || canonical == null) {
        return line
            + ": "
            + excerpt(original, 0)
            + " in the file, "
            + excerpt(canonical, 0)
            + " rendered";
      }
      int column = 0;
      while (column < Math.min(original.length(), canonical.length())
          && original.charAt(column) == canonical.charAt(column)) {
        column++;
      }
      return line
          + ", column "
          + (column + 1)
          + ": "
          + excerpt(original, column)
          + " in the file, "
          + excerpt(canonical, column)
          + " rendered";
    }
    return "no difference";
  }

  /** Up to 40 characters of a line around a column, or "nothing" for a missing line. */
  private static String excerpt(String line, int column) {
    if (line == null) {
      return "nothing";
    }
    int start = Math.max(0, column - 10);
    int end = Math.min(line.length(), start + 40);
    String shown = line.substring(start, end).replace("\r", "\\r").replace("\t", "\\t");
    return (start > 0 ? "`..." : "`") + shown + (end < line.length() ? "...`" : "`");
  }

  private static void print(String profile, Report report) {
    System.out.printf("%nFindings on integrations-extras under the %s profile:%n", profile);
    System.out.printf("  %-40s %8s %6s%n", "rule", "severity", "count");
    report
        .countsByRule()
        .forEach(
            (id, count) ->
                System.out.printf(
                    "  %-40s %8s %6d%n",
                    id, Rule.byId(id).severityUnder(report.profile()).id(), count));
  }
}
