package io.github.ddassets.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.Layout;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import io.github.ddassets.core.testing.ManifestFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder check on small folders: every part of a folder is checked, and the findings come in
 * the order the CLI prints them (reading, metadata, service checks and their layout, manifest,
 * spec).
 */
class FolderCheckTest {

  /** A service check in two-space indentation whose integration is not the manifest's. */
  private static final String SERVICE_CHECKS =
      """
      [
        {
          "agent_version": "7.59.0",
          "integration": "Other",
          "check": "acme.can_connect",
          "statuses": ["ok"],
          "groups": [],
          "name": "Acme can connect",
          "description": "Up."
        }
      ]
      """;

  /** A spec whose init_config section uses no default template. */
  private static final String SPEC =
      """
      name: Acme
      files:
      - name: acme.yaml
        options:
        - template: init_config
        - template: instances
          options:
          - template: instances/default
      """;

  @TempDir Path root;

  @Test
  void flatFolder_findingsOfEveryPart_inTheirOrder() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", ManifestFixtures.BASE);
    write(acme, "metadata.csv", ManifestFixtures.METADATA.replace("Messages waiting.", ""));
    write(acme, "service_checks.json", SERVICE_CHECKS);
    write(acme, "spec.yaml", SPEC);
    write(acme, "conf.yaml.example", "instances:\n  -\n\n## Log Section\n#\n# logs:\n");

    FolderReport report = check(acme);

    assertThat(report.integration().folder().layout()).isEqualTo(Layout.FLAT);
    assertThat(report.hasSpec()).isTrue();
    assertThat(report.findings())
        .extracting(Finding::rule, f -> f.origin().describe())
        .containsExactly(
            tuple(Rule.METADATA_DESCRIPTION_EMPTY, "repo/acme/metadata.csv:2:34"),
            tuple(Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH, "repo/acme/service_checks.json:4:20"),
            tuple(Rule.SERVICE_CHECKS_LAYOUT, "repo/acme/service_checks.json"),
            tuple(Rule.MANIFEST_LOGS_CATEGORY, "repo/acme/manifest.json:21:24"),
            tuple(Rule.SPEC_DEFAULT_TEMPLATES, "repo/acme/spec.yaml"));
    assertThat(report.fileFindings()).hasSize(4);
    assertThat(report.specFindings())
        .extracting(Finding::rule)
        .containsExactly(Rule.SPEC_DEFAULT_TEMPLATES);
  }

  @Test
  void report_keepsTheFindingsOfTheProfile() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", ManifestFixtures.BASE);
    write(acme, "metadata.csv", ManifestFixtures.METADATA);
    write(acme, "service_checks.json", SERVICE_CHECKS);
    write(acme, "spec.yaml", "name: Acme\nfiles: []\n");

    FolderReport report = check(acme);

    // The layout is a strict-profile rule: ddev accepts any layout.
    assertThat(report.report(Profile.DDEV).items())
        .extracting(item -> item.finding().rule(), item -> item.severity())
        .containsExactly(tuple(Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH, Severity.ERROR));
    assertThat(report.report(Profile.STRICT).items())
        .extracting(item -> item.finding().rule())
        .containsExactly(Rule.SERVICE_CHECKS_INTEGRATION_MISMATCH, Rule.SERVICE_CHECKS_LAYOUT);
  }

  @Test
  void readFindings_comeFirst() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "metadata.csv", ManifestFixtures.METADATA.replace("Messages waiting.", ""));
    write(acme, "service_checks.json", "[");

    FolderReport report = check(acme);

    assertThat(report.hasSpec()).isFalse();
    assertThat(report.integration().readFindings())
        .extracting(Finding::rule)
        .containsExactly(Rule.SERVICE_CHECKS_UNREADABLE);
    // Without a manifest, the metric prefix is not known either.
    assertThat(report.findings())
        .extracting(Finding::rule)
        .containsExactly(
            Rule.SERVICE_CHECKS_UNREADABLE,
            Rule.METADATA_DESCRIPTION_EMPTY,
            Rule.METADATA_PREFIX_MISSING);
  }

  // ---- what the manifest rules learn from the folder ----

  @Test
  void completeRepositoryFolder_manifestRulesSeeItsSpecNameLogsAndFiles() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", ManifestFixtures.BASE);
    write(acme, "README.md", "## Overview\n\n### Log collection\n");
    write(acme, "metadata.csv", ManifestFixtures.METADATA);
    write(acme, "assets/service_checks.json", "[]\n");
    write(acme, "assets/configuration/spec.yaml", "name: Acme Cloud\nfiles: []\n");
    write(acme, "images/dashboard.png", "png");

    FolderReport report = check(acme);

    assertThat(report.fileFindings())
        .extracting(Finding::rule, f -> f.origin().describe())
        .containsExactly(
            tuple(Rule.MANIFEST_FILE_MISSING, "repo/acme/manifest.json:11:18"),
            tuple(Rule.MANIFEST_FILE_MISSING, "repo/acme/manifest.json:63:24"),
            tuple(Rule.MANIFEST_LOGS_CATEGORY, "repo/acme/manifest.json:21:24"),
            tuple(Rule.SPEC_NAME_MISMATCH, "repo/acme/assets/configuration/spec.yaml:1:7"));
  }

  @Test
  void folderWithoutReadme_isAPartialCopy_onlyItsAssetFilesAreChecked() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", ManifestFixtures.BASE);

    FolderReport report = check(acme);

    // metadata.csv, service_checks.json and the spec are what such folders keep: they are checked.
    assertThat(report.findings())
        .extracting(Finding::rule, Finding::message)
        .containsExactly(
            tuple(
                Rule.MANIFEST_FILE_MISSING,
                "assets.integration.metrics.metadata_path `metadata.csv` names a file that does not"
                    + " exist"),
            tuple(
                Rule.MANIFEST_FILE_MISSING,
                "assets.integration.service_checks.metadata_path `assets/service_checks.json` names"
                    + " a file that does not exist"),
            tuple(
                Rule.MANIFEST_SPEC_MISSING,
                "configuration.spec `assets/configuration/spec.yaml` names a file that does not"
                    + " exist"));
  }

  @Test
  void flatFolder_answersForItsPlainNamesAndReadsLogsFromTheExample() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", ManifestFixtures.BASE);
    write(acme, "metadata.csv", ManifestFixtures.METADATA);
    write(acme, "service_checks.json", "[]\n");
    write(acme, "spec.yaml", "name: Acme\nfiles: []\n");
    write(acme, "conf.yaml.example", "instances:\n  -\n\n## Log Section\n#\n# logs:\n");

    FolderReport report = check(acme);

    assertThat(report.fileFindings())
        .extracting(Finding::rule, f -> f.origin().describe())
        .containsExactly(tuple(Rule.MANIFEST_LOGS_CATEGORY, "repo/acme/manifest.json:21:24"));
  }

  // ---- helpers ----

  private FolderReport check(Path folder) {
    return FolderCheck.standard(FolderCheckOptions.defaults(new DisplayPaths(root, "repo")))
        .check(IntegrationFolder.detect(folder).orElseThrow());
  }

  private static void write(Path dir, String file, String text) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
