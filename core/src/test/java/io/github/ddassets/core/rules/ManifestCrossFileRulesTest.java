package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.MetadataRulesTest.assertFindings;
import static io.github.ddassets.core.testing.ManifestFixtures.BASE;
import static io.github.ddassets.core.testing.ManifestFixtures.METADATA;
import static io.github.ddassets.core.testing.ManifestFixtures.context;
import static io.github.ddassets.core.testing.ManifestFixtures.edit;
import static io.github.ddassets.core.testing.ManifestFixtures.metadata;
import static io.github.ddassets.core.testing.ManifestFixtures.parse;
import static io.github.ddassets.core.testing.ManifestFixtures.with;
import static io.github.ddassets.core.testing.ManifestFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.manifest.AssetFolder;
import io.github.ddassets.core.manifest.LogsEvidence;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.manifest.ManifestTree;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.testing.ManifestFixtures;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ManifestCrossFileRules}: the manifest against metadata.csv, the folder, logs, spec. */
class ManifestCrossFileRulesTest {

  private static final String HEADER = METADATA.substring(0, METADATA.indexOf('\n') + 1);

  @Test
  @Triggers(Rule.MANIFEST_CHECK_METRIC_UNKNOWN)
  void checkMetricNotInMetadata_isReportedOnItsItem() {
    String text = with("/assets/integration/metrics/check", "[\"acme.queue.depth\", \"acme.up\"]");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.MANIFEST_CHECK_METRIC_UNKNOWN,
                "manifest.json:53:11",
                "metrics.check names `acme.up`, which is not a metric of metadata.csv"));
  }

  @Test
  void checkAsAStringNotInMetadata_isReportedOnTheString() {
    assertFindings(check(with("/assets/integration/metrics/check", "\"acme.up\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_CHECK_METRIC_UNKNOWN,
                "manifest.json:51:18",
                "metrics.check names `acme.up`, which is not a metric of metadata.csv"));
  }

  @Test
  @Spares(Rule.MANIFEST_CHECK_METRIC_UNKNOWN)
  void pricingMetric_isExempt() {
    String text =
        edit(
            root -> {
              ManifestTree.put(
                  root,
                  "/assets/integration/metrics/check",
                  ManifestFixtures.json("[\"acme.queue.depth\", \"acme.billable.hosts\"]"));
              ManifestTree.put(
                  root,
                  "/pricing",
                  ManifestFixtures.json("[{\"metric\": \"acme.billable.hosts\"}]"));
              ManifestTree.put(root, "/tile/description", "Monitor Acme queues.");
            });

    assertThat(check(text)).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_CHECK_EMPTY)
  void emptyCheckWithMetricRows_isReported() {
    assertFindings(check(with("/assets/integration/metrics/check", "[]")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_CHECK_EMPTY,
                "manifest.json:51:18",
                "metrics.check is empty although metadata.csv lists 1 metric(s): name one emitted"
                    + " on every run"));
  }

  @Test
  @Spares(Rule.MANIFEST_CHECK_EMPTY)
  void emptyCheckWithAHeaderOnlyMetadata_isAccepted() {
    String text = with("/assets/integration/metrics/check", "[]");

    assertThat(check(text, context(Optional.of(metadata(HEADER))))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_METADATA_PATH_MISSING)
  void metadataWithoutMetricsDeclaration_isReported() {
    // snmpwalk in integrations-extras: a metadata.csv, and "assets": {}.
    String text = with("/assets", "{}");

    assertFindings(check(text, context(Optional.of(metadata(HEADER)))))
        .filteredOn(finding -> finding.toList().get(0) == Rule.MANIFEST_METADATA_PATH_MISSING)
        .containsExactly(
            tuple(
                Rule.MANIFEST_METADATA_PATH_MISSING,
                "manifest.json:40:13",
                "the integration has a metadata.csv but the manifest declares no"
                    + " assets.integration.metrics.metadata_path"));
  }

  @Test
  @Spares(Rule.MANIFEST_METADATA_PATH_MISSING)
  void noMetadataNoDeclaration_isAccepted() {
    String text = without("/assets/integration/metrics");

    assertThat(check(text, context(Optional.empty())))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_KEY_DOCUMENTED);
  }

  @Test
  @Triggers(Rule.MANIFEST_FILE_MISSING)
  void missingChangelogMetadataAndDashboard_areReported() {
    Map<String, Long> files = new HashMap<>(ManifestFixtures.FILES);
    files.remove("CHANGELOG.md");
    files.remove("metadata.csv");
    files.remove("assets/dashboards/overview.json");

    assertFindings(check(BASE, context().withFolder(ManifestFixtures.folder(files))))
        .containsExactly(
            tuple(
                Rule.MANIFEST_FILE_MISSING,
                "manifest.json:54:26",
                "assets.integration.metrics.metadata_path `metadata.csv` names a file that does not"
                    + " exist"),
            tuple(
                Rule.MANIFEST_FILE_MISSING,
                "manifest.json:11:18",
                "tile.changelog `CHANGELOG.md` names a file that does not exist"),
            tuple(
                Rule.MANIFEST_FILE_MISSING,
                "manifest.json:63:24",
                "assets.dashboards.Acme Overview `assets/dashboards/overview.json` names a file"
                    + " that does not exist"));
  }

  @Test
  @Spares(Rule.MANIFEST_FILE_MISSING)
  void folderThatCannotTell_reportsNothing() {
    assertThat(check(BASE, context().withFolder(AssetFolder.UNKNOWN))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_SPEC_MISSING)
  void missingSpec_isAStrictError() {
    Map<String, Long> files = new HashMap<>(ManifestFixtures.FILES);
    files.remove("assets/configuration/spec.yaml");
    List<Finding> findings = check(BASE, context().withFolder(ManifestFixtures.folder(files)));

    assertFindings(findings)
        .containsExactly(
            tuple(
                Rule.MANIFEST_SPEC_MISSING,
                "manifest.json:44:17",
                "configuration.spec `assets/configuration/spec.yaml` names a file that does not"
                    + " exist"));
    assertThat(Report.of(Profile.DDEV, findings).items()).isEmpty();
  }

  @Test
  @Spares(Rule.MANIFEST_SPEC_MISSING)
  void noSpecDeclared_needsNoSpecFile() {
    Map<String, Long> files = new HashMap<>(ManifestFixtures.FILES);
    files.remove("assets/configuration/spec.yaml");
    String text = with("/assets/integration/configuration", "{}");

    assertThat(check(text, context().withFolder(ManifestFixtures.folder(files)))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_TITLE_DISPLAY_NAME)
  void titleNormalizingDifferently_isAStrictWarning() {
    assertFindings(check(with("/tile/title", "\"Acme Cloud\"")))
        .containsExactly(
            tuple(
                Rule.MANIFEST_TITLE_DISPLAY_NAME,
                "manifest.json:13:14",
                "tile.title `Acme Cloud` normalizes to `acme_cloud`, source_type_name `Acme` to"
                    + " `acme`: the metadata integration column follows source_type_name"));
  }

  @Test
  @Spares(Rule.MANIFEST_TITLE_DISPLAY_NAME)
  void titleNormalizingAlike_isAccepted() {
    assertThat(check(with("/tile/title", "\"ACME\""))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_LOGS_CATEGORY)
  void logsAndCategory_mustGoTogether() {
    String tagged =
        with(
            "/tile/classifier_tags",
            "[\"Category::Log Collection\", \"Offering::Integration\", \"Supported OS::Linux\"]");

    assertFindings(check(BASE, context().withLogs(LogsEvidence.HAS_LOGS)))
        .containsExactly(
            tuple(
                Rule.MANIFEST_LOGS_CATEGORY,
                "manifest.json:21:24",
                "the integration collects logs (its conf.yaml.example or README.md has a logs"
                    + " section) but its classifier tags lack `Category::Log Collection`"));
    assertFindings(check(tagged, context().withLogs(LogsEvidence.NO_LOGS)))
        .containsExactly(
            tuple(
                Rule.MANIFEST_LOGS_CATEGORY,
                "manifest.json:22:7",
                "`Category::Log Collection` is set but the integration collects no logs (no `#"
                    + " logs:` in conf.yaml.example, no log section in README.md)"));
  }

  @Test
  @Spares(Rule.MANIFEST_LOGS_CATEGORY)
  void categoryWithoutAReadme_isNotJudged() {
    String tagged = with("/tile/classifier_tags", "[\"Category::Log Collection\"]");

    assertThat(check(tagged, context().withLogs(LogsEvidence.UNKNOWN))).isEmpty();
    assertThat(check(tagged, context().withLogs(LogsEvidence.HAS_LOGS))).isEmpty();
  }

  @Test
  @Triggers(Rule.MANIFEST_LOGS_SOURCE_CATEGORY)
  void logsSourceWithoutTheCategory_isAStrictErrorOnTheSource() {
    String withSource = with("/assets/logs", "{\"source\": \"acme\"}");

    List<Finding> findings = check(withSource, context().withLogs(LogsEvidence.UNKNOWN));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).rule()).isEqualTo(Rule.MANIFEST_LOGS_SOURCE_CATEGORY);
    assertThat(findings.get(0).rule().profile()).isEqualTo(Profile.STRICT);
    assertThat(findings.get(0).message())
        .isEqualTo(
            "the manifest declares the logs source `acme` but its classifier tags lack"
                + " `Category::Log Collection`");
    assertThat(findings.get(0).origin().describe()).startsWith("manifest.json:");
  }

  @Test
  @Spares(Rule.MANIFEST_LOGS_SOURCE_CATEGORY)
  void logsSourceWithTheCategory_orWithDdevsEvidence_isNotJudgedTwice() {
    String taggedWithSource =
        edit(
            root -> {
              ManifestTree.put(
                  root,
                  "/tile/classifier_tags",
                  ManifestFixtures.json("[\"Category::Log Collection\"]"));
              ManifestTree.put(
                  root, "/assets/logs", ManifestFixtures.json("{\"source\": \"acme\"}"));
            });
    String untaggedWithSource = with("/assets/logs", "{\"source\": \"acme\"}");

    assertThat(check(taggedWithSource, context().withLogs(LogsEvidence.UNKNOWN))).isEmpty();
    assertThat(check(untaggedWithSource, context().withLogs(LogsEvidence.HAS_LOGS)))
        .extracting(Finding::rule)
        .containsExactly(Rule.MANIFEST_LOGS_CATEGORY);
  }

  @Test
  void integrationsDdevExempts_areNotJudgedOnLogs() {
    // sqreen is in the IGNORE_LIST of ddev's LogsCategoryValidator.
    IntegrationIdentity sqreen = new IntegrationIdentity("sqreen", "Acme", "acme.", Origin.NONE);
    ManifestContext context =
        ManifestContext.of(
                new IntegrationAssets(sqreen, context().assets().metadata(), Optional.empty()))
            .withSpecName(context().specName().orElseThrow())
            .withFolder(ManifestFixtures.folder(ManifestFixtures.FILES))
            .withLogs(LogsEvidence.HAS_LOGS);

    assertThat(check(BASE, context)).isEmpty();
  }

  @Test
  void specNamedDifferently_isAStrictWarningOnTheSpec() {
    ManifestContext context =
        context()
            .withSpecName(new ManifestContext.SpecName("acme", FileOrigin.at("spec.yaml", 1, 7)));

    List<Finding> findings = check(BASE, context);

    assertFindings(findings)
        .containsExactly(
            tuple(
                Rule.SPEC_NAME_MISMATCH,
                "spec.yaml:1:7",
                "the spec's name `acme` differs from the manifest's source_type_name `Acme`"));
    assertThat(Report.of(Profile.DDEV, findings).items()).isEmpty();
  }

  @Test
  void specNamedAfterTheDisplayName_isAccepted() {
    assertThat(check(BASE)).isEmpty();
  }

  private static List<Finding> check(String text) {
    return check(text, context());
  }

  private static List<Finding> check(String text, ManifestContext context) {
    return ManifestRules.check(parse(text), context);
  }
}
