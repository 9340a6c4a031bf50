package io.github.ddassets.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.ddassets.processor.Compilations.assetPaths;
import static io.github.ddassets.processor.Compilations.assetsWrittenToDisk;
import static io.github.ddassets.processor.Compilations.compile;
import static io.github.ddassets.processor.Compilations.generated;
import static io.github.ddassets.processor.Compilations.golden;
import static io.github.ddassets.processor.Compilations.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json and manifest.fragment.json: generated, merged into a base file, checked. */
class ManifestGenerationTest {

  private static final String MANIFEST = "META-INF/datadog/acme/manifest.json";
  private static final String FRAGMENT = "META-INF/datadog/acme/manifest.fragment.json";
  private static final String BASE = "manifest/repo/acme/manifest.json";

  /**
   * The check that goes with the base manifest of manifest/repo/acme.
   *
   * @param base the {@code manifest} attribute, or null for none
   */
  private static ManifestSource withBase(String base) {
    ManifestSource source = ManifestSource.complete();
    if (base != null) {
      source.set("manifest", base);
    }
    return source
        .remove("appUuid")
        .remove("sourceTypeId")
        .remove("tile.title")
        .remove("tile.description")
        .remove("tile.classifierTags")
        .remove("author.name")
        .remove("author.homepage")
        .remove("author.supportEmail")
        .remove("author.salesEmail")
        .set("metricPrefix", "metricPrefix = \"acme.\"")
        .body(
            "  /** Messages waiting in the queue. */",
            "  @Metric(type = MetricType.GAUGE, unit = \"message\", emittedEveryRun = true)",
            "  static final String DEPTH = \"acme.queue.depth\";",
            "  /** Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`. */",
            "  @ServiceCheck(name = \"Acme can connect\", agentVersion = \"7.59.0\")",
            "  static final String CAN_CONNECT = \"acme.can_connect\";");
  }

  /** The base manifest with the one key the code adds: metrics.check. */
  private static String mergedBase() {
    return text(BASE)
        .replace(
            "        \"prefix\": \"acme.\",\n",
            "        \"prefix\": \"acme.\",\n"
                + "        \"check\": [\n"
                + "          \"acme.queue.depth\"\n"
                + "        ],\n");
  }

  @Test
  void annotations_writeTheManifestAndItsFragment() {
    Compilation compilation = compile(resource("manifest/AcmeCheck.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, MANIFEST))
        .contains(golden("ManifestGenerationTest", "manifest.json"));
    assertThat(generated(compilation, FRAGMENT))
        .contains(golden("ManifestGenerationTest", "manifest.fragment.json"));
  }

  @Test
  void completeDeclaration_passesTheStrictProfileWithoutWarnings() {
    Compilation compilation = compile(ManifestSource.complete().build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, MANIFEST).orElseThrow())
        .startsWith("{\n  \"manifest_version\": \"2.0.0\",\n")
        .doesNotEndWith("\n");
  }

  @Test
  void sourceTypeId_isNotAskedOfAManifestTheCodeAloneDescribes() {
    // Datadog assigns source_type_id when it publishes the integration: a manifest without a base
    // is written before that, and its author could neither set nor silence the warning.
    Compilation compilation = compile(ManifestSource.complete().remove("sourceTypeId").build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, MANIFEST).orElseThrow()).doesNotContain("source_type_id");
  }

  @Test
  void baseManifestWithoutSourceTypeId_isStillAskedForIt(@TempDir Path dir) throws IOException {
    String published = text(BASE).replace("      \"source_type_id\": 10500,\n", "");
    assertThat(published).doesNotContain("source_type_id");
    Path base = Files.writeString(dir.resolve("manifest.json"), published);

    Compilation compilation = compile(withBase("manifest = \"" + base + "\"").build());

    assertThat(compilation)
        .hadWarningContaining(
            "[manifest-key-documented] `/assets/integration` lacks the key `source_type_id`");
  }

  @Test
  void withoutManifestAttributes_onlyTheFragmentIsWritten() {
    Compilation compilation =
        compile(
            RuleCase.acmeCheck(
                "  /** Messages. */ @Metric(type = MetricType.GAUGE, emittedEveryRun = true)",
                "  static final String DEPTH = \"acme.queue.depth\";"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(assetPaths(compilation))
        .containsExactly(
            "META-INF/datadog/acme/assets/service_checks.json",
            "META-INF/datadog/acme/manifest.fragment.json",
            "META-INF/datadog/acme/metadata.csv");
    assertThat(generated(compilation, FRAGMENT).orElseThrow())
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"assets\": {",
                "    \"integration\": {",
                "      \"source_type_name\": \"Acme\",",
                "      \"metrics\": {",
                "        \"prefix\": \"acme.\",",
                "        \"check\": [",
                "          \"acme.queue.depth\"",
                "        ],",
                "        \"metadata_path\": \"metadata.csv\"",
                "      },",
                "      \"service_checks\": {",
                "        \"metadata_path\": \"assets/service_checks.json\"",
                "      }",
                "    }",
                "  }",
                "}"));
  }

  @Test
  void baseManifest_passesThroughInItsOrderWithTheOwnedKeysMerged() {
    Compilation compilation = compile(withBase("manifest = \"" + BASE + "\"").build());

    assertThat(compilation).succeededWithoutWarnings();
    // Dashboards, monitors, saved views, pricing, legal terms and media stay where the base has
    // them (assets before author, pricing last); the missing metrics.check goes after the prefix,
    // and the base's final newline is kept.
    assertThat(generated(compilation, MANIFEST)).contains(mergedBase());
    assertThat(generated(compilation, "META-INF/datadog/acme/metadata.csv")).isPresent();
  }

  @Test
  void conflictingBase_isAnErrorOnTheAnnotationNamingTheBaseFile() {
    JavaFileObject source =
        ManifestSource.complete()
            .set("metricPrefix", "metricPrefix = \"acme.\"")
            .set("manifest", "manifest = \"manifest/conflicting.json\"")
            .remove("tile.classifierTags")
            .build();

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[manifest-base-conflict] /assets/integration/metrics/prefix is \"acme_\" in the base"
                + " manifest (target/test-classes/manifest/conflicting.json:30:19) but \"acme.\" in"
                + " @Integration(metricPrefix); make the two agree, or remove the key from the base"
                + " manifest")
        .inFile(source)
        .onLineContaining("metricPrefix = \"acme.\"");
    assertThat(compilation)
        .hadErrorContaining(
            "[manifest-base-conflict] /tile/title is \"Acme Queues\" in the base manifest"
                + " (target/test-classes/manifest/conflicting.json:12:14) but \"Acme\" in"
                + " @Tile(title); make the two agree, or remove the key from the base manifest")
        .inFile(source)
        .onLineContaining("title = \"Acme\"");
    assertThat(assetsWrittenToDisk(List.of(), List.of(source))).isEmpty();
  }

  @Test
  void baseThatIsNotJson_isAnErrorWithItsPosition() {
    JavaFileObject source =
        ManifestSource.complete().set("manifest", "manifest = \"manifest/broken.json\"").build();

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[source-manifest-base] cannot read the base manifest"
                + " target/test-classes/manifest/broken.json:3:1: Unexpected character ('}' (code"
                + " 125)): expected a value")
        .inFile(source)
        .onLineContaining("manifest/broken.json");
  }

  @Test
  void apiIntegration_writesItsManifestAndNoAgentConfiguration() {
    Compilation compilation = compile(resource("manifest/AcmeCloudIntegration.java"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(assetPaths(compilation))
        .containsExactly(
            "META-INF/datadog/acme_cloud/assets/service_checks.json",
            "META-INF/datadog/acme_cloud/manifest.fragment.json",
            "META-INF/datadog/acme_cloud/manifest.json",
            "META-INF/datadog/acme_cloud/metadata.csv");
    assertThat(generated(compilation, "META-INF/datadog/acme_cloud/manifest.json"))
        .contains(golden("ManifestGenerationTest", "api-manifest.json"));
  }

  @Test
  void oauthOnAnAgentIntegration_isAnError() {
    JavaFileObject source =
        ManifestSource.complete().annotate("@OAuth(scopes = \"api_keys_write\")").build();

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[source-integration-kind] @OAuth declares the OAuth scopes of an API integration: set"
                + " kind = IntegrationKind.API on @Integration")
        .inFile(source)
        .onLineContaining("@OAuth");
  }

  @Test
  void oauthOutsideAnIntegrationClass_isAnError() {
    JavaFileObject source =
        Compilations.source(
            "test.Scopes",
            "package test;",
            "@io.github.ddassets.annotations.OAuth(scopes = \"api_keys_write\")",
            "final class Scopes {}");

    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining(
            "[source-integration-kind] @OAuth belongs on the @Integration class of an API"
                + " integration")
        .inFile(source)
        .onLineContaining("@io.github.ddassets.annotations.OAuth");
  }

  @Test
  void manifestOption_namingAFolder_findsTheIntegrationsBase() {
    Compilation compilation =
        compile(
            List.of("-Addassets.manifest=" + testResource("manifest/repo")),
            withBase(null).build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, MANIFEST)).contains(mergedBase());
  }

  @Test
  void manifestAttribute_winsOverTheOption() {
    Compilation compilation =
        compile(
            List.of("-Addassets.manifest=" + testResource("manifest/conflicting.json")),
            withBase("manifest = \"" + BASE + "\"").build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, MANIFEST)).contains(mergedBase());
  }

  @Test
  void manifestOption_namingAFileForTwoIntegrations_isAnError() {
    Compilation compilation =
        compile(
            List.of("-Addassets.manifest=" + testResource(BASE)),
            withBase(null).build(),
            Compilations.source(
                "test.BetaCheck",
                "package test;",
                "@io.github.ddassets.annotations.Integration(name = \"beta\")",
                "final class BetaCheck {}"));

    assertThat(compilation)
        .hadErrorContaining(
            "-Addassets.manifest names a file, but 2 integrations (acme, beta) have no manifest"
                + " attribute: name a folder holding <name>/manifest.json, or set manifest ="
                + " \"...\" on each @Integration");
  }

  @Test
  void relativeManifestPath_isFoundInTheWorkingDirectory() {
    Compilation compilation =
        compile(withBase("manifest = \"src/test/resources/" + BASE + "\"").build());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generated(compilation, MANIFEST)).contains(mergedBase());
  }

  @Test
  void emptyServiceChecks_writesTheFileForAnIntegrationWithoutAssetsIntegration(@TempDir Path dir)
      throws IOException {
    Path base =
        Files.writeString(
            dir.resolve("manifest.json"),
            String.join(
                "\n",
                "{",
                "  \"manifest_version\": \"2.0.0\",",
                "  \"app_uuid\": \"0d1ae8bd-0f1a-4a39-9b4e-4b7a4c5c8e01\",",
                "  \"app_id\": \"acme-sdk\",",
                "  \"display_on_public_website\": true,",
                "  \"tile\": {",
                "    \"overview\": \"README.md#Overview\",",
                "    \"configuration\": \"README.md#Setup\",",
                "    \"support\": \"README.md#Support\",",
                "    \"changelog\": \"CHANGELOG.md\",",
                "    \"description\": \"Trace the Acme SDK.\",",
                "    \"title\": \"Acme SDK\",",
                "    \"media\": [],",
                "    \"classifier_tags\": [\"Offering::Integration\"]",
                "  },",
                "  \"assets\": {},",
                "  \"author\": {",
                "    \"support_email\": \"support@acme.example\",",
                "    \"name\": \"Acme Inc.\",",
                "    \"homepage\": \"https://acme.example\"",
                "  }",
                "}"));
    String manifest = base.toString().replace("\\", "\\\\");

    Compilation with = compile(List.of("-Addassets.profile=ddev"), sdk(manifest, true));
    Compilation without = compile(List.of("-Addassets.profile=ddev"), sdk(manifest, false));

    assertThat(with).succeeded();
    assertThat(generated(with, "META-INF/datadog/acme_sdk/assets/service_checks.json"))
        .contains("[]\n");
    // The manifest still names no service_checks.json: the file is there for the folder's sake.
    assertThat(generated(with, "META-INF/datadog/acme_sdk/manifest.json").orElseThrow())
        .contains("\"assets\": {}")
        .doesNotContain("service_checks");
    assertThat(without).succeeded();
    assertThat(generated(without, "META-INF/datadog/acme_sdk/assets/service_checks.json"))
        .isEmpty();
  }

  @Test
  void emptyServiceChecksObject_writesAnEmptyFileAsAnObject_untilAServiceCheckIsDeclared() {
    Compilation empty =
        compile(
            List.of("-Addassets.profile=ddev"),
            ManifestSource.complete()
                .annotate("@Layout(emptyServiceChecksObject = true)")
                .body(
                    "  /** Messages waiting in the queue. */",
                    "  @Metric(type = MetricType.GAUGE, unit = \"message\",",
                    "      emittedEveryRun = true)",
                    "  static final String DEPTH = \"acme.queue.depth\";")
                .build());
    Compilation declared =
        compile(
            List.of("-Addassets.profile=ddev"),
            ManifestSource.complete()
                .annotate("@Layout(emptyServiceChecksObject = true)")
                .body(
                    "  /** Whether Acme answers. */",
                    "  @ServiceCheck(name = \"Acme can connect\", agentVersion = \"7.59.0\")",
                    "  static final String CAN_CONNECT = \"acme.can_connect\";")
                .build());

    assertThat(empty).succeeded();
    assertThat(generated(empty, "META-INF/datadog/acme/assets/service_checks.json"))
        .contains("{}\n");
    assertThat(declared).succeeded();
    assertThat(
            generated(declared, "META-INF/datadog/acme/assets/service_checks.json").orElseThrow())
        .startsWith("[\n    {\n")
        .contains("\"check\": \"acme.can_connect\"");
  }

  @Test
  void unnamedSpecAndSampleTagsColumn_keepTheFolderLayoutOfAnImport() {
    Compilation compilation =
        compile(
            List.of("-Addassets.profile=ddev"),
            ManifestSource.complete()
                .annotate("@Layout(unnamedSpec = true, sampleTagsColumn = true)")
                .body(
                    "  /** Messages waiting in the queue. */",
                    "  @Metric(type = MetricType.GAUGE, unit = \"message\",",
                    "      emittedEveryRun = true)",
                    "  static final String DEPTH = \"acme.queue.depth\";",
                    "  @InstanceConfig(check = AcmeCheck.class)",
                    "  record Instance(@Param(description = \"Host.\", required = true,",
                    "      example = \"localhost\") String host) {}")
                .build());

    assertThat(compilation).succeeded();
    assertThat(generated(compilation, "META-INF/datadog/acme/assets/configuration/spec.yaml"))
        .isPresent();
    assertThat(generated(compilation, MANIFEST).orElseThrow())
        .contains("\"configuration\": {},")
        .doesNotContain("spec.yaml");
    assertThat(generated(compilation, "META-INF/datadog/acme/metadata.csv").orElseThrow())
        .startsWith(
            "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
                + "integration,short_name,curated_metric,sample_tags\n")
        .endsWith(",\n");
  }

  private static JavaFileObject sdk(String manifest, boolean emptyServiceChecks) {
    return Compilations.source(
        "test.AcmeSdk",
        "package test;",
        "import io.github.ddassets.annotations.Integration;",
        "import io.github.ddassets.annotations.Layout;",
        "@Integration(name = \"acme_sdk\", manifest = \"" + manifest + "\")",
        "@Layout(emptyServiceChecks = " + emptyServiceChecks + ")",
        "final class AcmeSdk {}");
  }

  @Test
  void newlineOption_overridesTheBaseFilesFinalNewline() {
    Compilation never =
        compile(
            List.of("-Addassets.manifestNewline=never"),
            withBase("manifest = \"" + BASE + "\"").build());
    Compilation always =
        compile(List.of("-Addassets.manifestNewline=always"), ManifestSource.complete().build());

    assertThat(generated(never, MANIFEST).orElseThrow()).isEqualTo(mergedBase().strip());
    assertThat(generated(always, MANIFEST).orElseThrow()).endsWith("}\n");
  }

  private static String testResource(String path) {
    try {
      return Path.of(ManifestGenerationTest.class.getResource("/" + path).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = ManifestGenerationTest.class.getResourceAsStream("/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
