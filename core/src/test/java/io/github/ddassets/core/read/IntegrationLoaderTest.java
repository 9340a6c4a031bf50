package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.manifest.AssetPath;
import io.github.ddassets.core.manifest.FileState;
import io.github.ddassets.core.manifest.LogsEvidence;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.testing.ManifestFixtures;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationLoaderTest {

  private static final String HEADER =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric\n";
  private static final String MANIFEST =
      """
      {
        "manifest_version": "2.0.0",
        "assets": {
          "integration": {
            "source_type_name": "Acme Cloud",
            "metrics": {"prefix": "acme.", "check": "acme.up", "metadata_path": "%s"},
            "service_checks": {"metadata_path": "%s"}
          }
        }
      }
      """;

  @TempDir Path root;

  private final IntegrationLoader loader =
      new IntegrationLoader(RepoOverrides.NONE, new DisplayPaths(Path.of("."), "."));

  @Test
  void repositoryLayout_readsTheManifestMetadataAndServiceChecks() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", MANIFEST.formatted("metadata.csv", "assets/service_checks.json"));
    write(acme, "metadata.csv", HEADER + "acme.up,gauge,,,,Up.,0,acme_cloud,up,\n");
    write(acme, "assets/service_checks.json", "[]\n");

    LoadedIntegration loaded = load(acme);

    IntegrationIdentity identity = loaded.assets().identity();
    assertThat(loaded.folder().layout()).isEqualTo(Layout.REPOSITORY);
    assertThat(identity.name()).isEqualTo("acme");
    assertThat(identity.sourceTypeName()).isEqualTo("Acme Cloud");
    assertThat(identity.metricPrefix()).isEqualTo("acme.");
    assertThat(identity.origin().describe()).isEqualTo("repo/acme/manifest.json:1:1");
    assertThat(loaded.assets().metadata().orElseThrow().rows())
        .extracting(row -> row.metricName())
        .containsExactly("acme.up");
    assertThat(loaded.assets().metadata().orElseThrow().origin().describe())
        .isEqualTo("repo/acme/metadata.csv");
    assertThat(loaded.assets().serviceChecks().orElseThrow().origin().describe())
        .isEqualTo("repo/acme/assets/service_checks.json");
    assertThat(loaded.readFindings()).isEmpty();
  }

  @Test
  void manifestMetadataPath_namesTheFileThatIsRead() throws IOException {
    Path acme = root.resolve("acme");
    write(
        acme,
        "manifest.json",
        MANIFEST.formatted("metrics/metadata.csv", "checks/service_checks.json"));
    write(acme, "metadata.csv", HEADER + "acme.root,gauge,,,,Root.,0,acme_cloud,root,\n");
    write(
        acme,
        "metrics/metadata.csv",
        HEADER + "acme.declared,gauge,,,,Declared.,0,acme_cloud,declared,\n");
    write(acme, "checks/service_checks.json", "[]\n");

    LoadedIntegration loaded = load(acme);

    MetadataFile metadata = loaded.assets().metadata().orElseThrow();
    assertThat(metadata.origin().describe()).isEqualTo("repo/acme/metrics/metadata.csv");
    assertThat(metadata.rows())
        .extracting(row -> row.metricName())
        .containsExactly("acme.declared");
    assertThat(loaded.assets().serviceChecks().orElseThrow().origin().describe())
        .isEqualTo("repo/acme/checks/service_checks.json");
  }

  @Test
  void manifestMetadataPath_isReadOnlyWhenMetadataCsvExists() throws IOException {
    // ddev checks an integration's metrics only when a file named metadata.csv is at its root.
    Path acme = root.resolve("acme");
    write(
        acme,
        "manifest.json",
        MANIFEST.formatted("metrics/metadata.csv", "assets/service_checks.json"));
    write(
        acme,
        "metrics/metadata.csv",
        HEADER + "acme.declared,gauge,,,,Declared.,0,acme_cloud,declared,\n");

    assertThat(load(acme).assets().metadata()).isEmpty();
  }

  @Test
  void manifestPathLeavingTheFolder_isIgnored() throws IOException {
    Path acme = root.resolve("acme");
    write(
        acme,
        "manifest.json",
        MANIFEST.formatted("../other/metadata.csv", "assets/service_checks.json"));
    write(acme, "metadata.csv", HEADER + "acme.mine,gauge,,,,Mine.,0,acme_cloud,mine,\n");
    write(root, "other/metadata.csv", HEADER + "other.theirs,gauge,,,,Theirs.,0,other,theirs,\n");

    MetadataFile metadata = load(acme).assets().metadata().orElseThrow();

    assertThat(metadata.origin().describe()).isEqualTo("repo/acme/metadata.csv");
    assertThat(metadata.rows()).extracting(row -> row.metricName()).containsExactly("acme.mine");
  }

  @Test
  void flatLayout_readsPlainNamesWhateverTheManifestSays() throws IOException {
    Path acme = root.resolve("acme");
    write(
        acme,
        "manifest.json",
        MANIFEST.formatted("metrics/metadata.csv", "assets/service_checks.json"));
    write(acme, "metadata.csv", HEADER + "acme.up,gauge,,,,Up.,0,acme_cloud,up,\n");
    write(acme, "service_checks.json", "[]\n");

    LoadedIntegration loaded = load(acme);

    assertThat(loaded.folder().layout()).isEqualTo(Layout.FLAT);
    assertThat(loaded.assets().metadata().orElseThrow().origin().describe())
        .isEqualTo("repo/acme/metadata.csv");
    assertThat(loaded.assets().serviceChecks().orElseThrow().origin().describe())
        .isEqualTo("repo/acme/service_checks.json");
  }

  @Test
  void noManifest_takesThePrefixFromTheOverrides() throws IOException {
    Path aerospike = root.resolve("aerospike_enterprise");
    write(aerospike, "metadata.csv", HEADER);
    write(aerospike, "service_checks.json", "[]\n");
    IntegrationLoader withOverrides =
        new IntegrationLoader(
            new RepoOverrides(Map.of("aerospike_enterprise", "aerospike.")),
            new DisplayPaths(root, "repo"));

    IntegrationIdentity identity =
        withOverrides.load(IntegrationFolder.detect(aerospike).orElseThrow()).assets().identity();

    assertThat(identity.metricPrefix()).isEqualTo("aerospike.");
    assertThat(identity.sourceTypeName()).isNull();
    assertThat(identity.normalizedDisplayName()).isEqualTo("aerospike_enterprise");
    assertThat(identity.origin().describe()).isEqualTo("repo/aerospike_enterprise");
  }

  @Test
  void manifestPrefix_winsOverTheOverrides() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", MANIFEST.formatted("metadata.csv", "assets/service_checks.json"));
    IntegrationLoader withOverrides =
        new IntegrationLoader(
            new RepoOverrides(Map.of("acme", "other.")), new DisplayPaths(root, "repo"));

    assertThat(
            withOverrides
                .load(IntegrationFolder.detect(acme).orElseThrow())
                .assets()
                .identity()
                .metricPrefix())
        .isEqualTo("acme.");
  }

  @Test
  void missingFiles_areAbsentNotErrors() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", "{}");

    LoadedIntegration loaded = load(acme);

    assertThat(loaded.assets().metadata()).isEmpty();
    assertThat(loaded.assets().serviceChecks()).isEmpty();
    assertThat(loaded.readFindings()).isEmpty();
    assertThat(loaded.assets().identity().metricPrefix()).isNull();
  }

  @Test
  @Triggers(Rule.MANIFEST_UNREADABLE)
  void invalidManifestJson_isAFindingWithItsPosition() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", "{\n  \"assets\": {,\n}");

    LoadedIntegration loaded = load(acme);

    assertThat(loaded.readFindings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo(Rule.MANIFEST_UNREADABLE);
              assertThat(finding.origin().describe()).isEqualTo("repo/acme/manifest.json:2:14");
              assertThat(finding.message())
                  .startsWith("cannot read manifest.json: Unexpected character (','");
            });
    assertThat(loaded.assets().identity().sourceTypeName()).isNull();
    assertThat(loaded.assets().identity().origin().describe()).isEqualTo("repo/acme");
  }

  @Test
  void manifestThatIsAList_isUnreadable() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", "[]");

    assertThat(load(acme).readFindings())
        .extracting(Finding::rule, f -> f.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.MANIFEST_UNREADABLE,
                "repo/acme/manifest.json:1:1",
                "cannot read manifest.json: the top-level value is not an object"));
  }

  @Test
  void manifestInMalformedUtf8_isUnreadable() throws IOException {
    Path acme = root.resolve("acme");
    Files.createDirectories(acme);
    Files.write(acme.resolve("manifest.json"), new byte[] {'{', (byte) 0xC0, '}'});

    assertThat(load(acme).readFindings())
        .extracting(Finding::rule, f -> f.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.MANIFEST_UNREADABLE,
                "repo/acme/manifest.json:1:2",
                "cannot read manifest.json: not valid UTF-8 text"));
  }

  @Test
  @Spares(Rule.MANIFEST_UNREADABLE)
  void emptyObjectManifest_isReadable() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", "  {}  \n");

    assertThat(load(acme).readFindings()).isEmpty();
  }

  @Test
  void unreadableAssetFiles_becomeReadFindings() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", MANIFEST.formatted("metadata.csv", "assets/service_checks.json"));
    write(acme, "metadata.csv", HEADER + "\"unterminated\n");
    write(acme, "assets/service_checks.json", "[");

    LoadedIntegration loaded = load(acme);

    assertThat(loaded.assets().metadata()).isEmpty();
    assertThat(loaded.assets().serviceChecks()).isEmpty();
    assertThat(loaded.readFindings())
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_UNREADABLE, Rule.SERVICE_CHECKS_UNREADABLE);
  }

  // ---- what the manifest rules learn from the folder (FolderCheckTest runs them) ----

  @Test
  void completeRepositoryFolder_givesTheManifestSpecNameLogsAndFiles() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", ManifestFixtures.BASE);
    write(acme, "README.md", "## Overview\n\n### Log collection\n");
    write(acme, "metadata.csv", ManifestFixtures.METADATA);
    write(acme, "assets/service_checks.json", "[]\n");
    write(acme, "assets/configuration/spec.yaml", "name: Acme Cloud\nfiles: []\n");
    write(acme, "images/dashboard.png", "png");

    LoadedIntegration loaded = load(acme);

    assertThat(loaded.manifest().orElseThrow().sourceTypeName()).contains("Acme");
    assertThat(loaded.context().specName().orElseThrow().name()).isEqualTo("Acme Cloud");
    assertThat(loaded.context().specName().orElseThrow().origin().describe())
        .isEqualTo("repo/acme/assets/configuration/spec.yaml:1:7");
    assertThat(loaded.context().logs()).isEqualTo(LogsEvidence.HAS_LOGS);
    assertThat(loaded.context().agentConfigFiles()).isTrue();
    assertThat(loaded.context().folder().state(AssetPath.MEDIA, "images/dashboard.png"))
        .isEqualTo(FileState.present(3));
    assertThat(loaded.context().folder().state(AssetPath.CHANGELOG, "../acme/CHANGELOG.md"))
        .isEqualTo(FileState.MISSING);
  }

  @Test
  void folderWithoutReadme_isAPartialCopy_onlyItsAssetFilesAreChecked() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", ManifestFixtures.BASE);

    LoadedIntegration loaded = load(acme);

    assertThat(loaded.context().folder().state(AssetPath.CHANGELOG, "CHANGELOG.md"))
        .isEqualTo(FileState.UNKNOWN);
    // metadata.csv, service_checks.json and the spec are what such folders keep: their absence
    // is known, and the manifest rules fault a path to them (FolderCheckTest).
    assertThat(loaded.context().folder().state(AssetPath.SPEC, "assets/configuration/spec.yaml"))
        .isEqualTo(FileState.MISSING);
    assertThat(loaded.context().logs()).isEqualTo(LogsEvidence.UNKNOWN);
  }

  @Test
  void flatFolder_answersForItsPlainNamesAndReadsLogsFromTheExample() throws IOException {
    Path acme = root.resolve("acme");
    write(acme, "manifest.json", ManifestFixtures.BASE);
    write(acme, "metadata.csv", ManifestFixtures.METADATA);
    write(acme, "service_checks.json", "[]\n");
    write(acme, "spec.yaml", "name: Acme\nfiles: []\n");
    write(acme, "conf.yaml.example", "instances:\n  -\n\n## Log Section\n#\n# logs:\n");

    LoadedIntegration loaded = load(acme);

    assertThat(loaded.folder().layout()).isEqualTo(Layout.FLAT);
    assertThat(loaded.context().folder().state(AssetPath.SPEC, "elsewhere/spec.yaml"))
        .isEqualTo(FileState.present(21));
    assertThat(loaded.context().folder().state(AssetPath.DASHBOARD, "assets/x.json"))
        .isEqualTo(FileState.UNKNOWN);
    assertThat(loaded.context().logs()).isEqualTo(LogsEvidence.HAS_LOGS);
  }

  private LoadedIntegration load(Path folder) {
    return new IntegrationLoader(RepoOverrides.NONE, new DisplayPaths(root, "repo"))
        .load(IntegrationFolder.detect(folder).orElseThrow());
  }

  private static void write(Path dir, String file, String text) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
