package io.github.ddassets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final String HEADER =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric\n";

  @TempDir Path repo;

  @Test
  void cleanIntegration_exitsZeroWithASummary() throws IOException {
    Path acme =
        integration(
            "acme",
            HEADER + "acme.queue.depth,gauge,,message,,Messages waiting.,-1,acme,queue depth,\n");

    CommandRun run = CommandRun.of("validate", acme.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("Checked 1 integration (profile strict): 0 errors, 0 warnings.\n");
  }

  @Test
  void findings_arePrintedAsPathLineColumn() throws IOException {
    integration(
        "acme", HEADER + "acme.queue.depth,gauge,,byts,,Messages waiting.,-1,acme,queue depth,\n");

    CommandRun run = CommandRun.of("validate", "--profile", "ddev", repo.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            repo
                + "/acme/metadata.csv:2:25: error: [metadata-unit-unknown] `byts` is not a valid"
                + " unit_name (did you mean `byte`?)\n");
    assertThat(run.err()).isEqualTo("Checked 1 integration (profile ddev): 1 error, 0 warnings.\n");
  }

  @Test
  void warningsOnly_exitZero() throws IOException {
    Path acme =
        integration("acme", HEADER + "acme.queue.depth,gauge,,message,,,-1,acme,queue depth,\n");

    CommandRun run = CommandRun.of("validate", "--profile=ddev", acme.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("metadata.csv:2:34: warning: [metadata-description-empty]");
  }

  @Test
  void jsonFormat_carriesPointerAndLine() throws IOException {
    Path acme = integration("acme", HEADER);
    Files.createDirectories(acme.resolve("assets"));
    Files.writeString(
        acme.resolve("assets/service_checks.json"),
        "[\n"
            + "  {\n"
            + "    \"agent_version\": \"7.59\",\n"
            + "    \"integration\": \"acme\",\n"
            + "    \"check\": \"acme.up\",\n"
            + "    \"statuses\": [\"ok\"],\n"
            + "    \"groups\": [],\n"
            + "    \"name\": \"Acme up\",\n"
            + "    \"description\": \"Up.\"\n"
            + "  }\n"
            + "]\n");

    CommandRun run =
        CommandRun.of("validate", "--profile", "ddev", "--format", "json", acme.toString());

    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(report.path("profile").asText()).isEqualTo("ddev");
    assertThat(report.path("findings")).hasSize(1);
    JsonNode finding = report.path("findings").get(0);
    assertThat(finding.path("rule").asText()).isEqualTo("service-checks-agent-version");
    assertThat(finding.path("pointer").asText()).isEqualTo("/0/agent_version");
    assertThat(finding.path("line").asInt()).isEqualTo(3);
    assertThat(finding.path("column").asInt()).isEqualTo(22);
    assertThat(report.path("summary").path("errors").asInt()).isEqualTo(1);
  }

  @Test
  void manifestFindings_carryTheirPointerAndLineInJson() throws IOException {
    Path acme = integration("acme", HEADER);
    Files.writeString(acme.resolve("manifest.json"), manifest("acme", HEADER, "d".repeat(81)));

    CommandRun run =
        CommandRun.of("validate", "--profile", "ddev", "--format", "json", acme.toString());

    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(report.path("findings")).hasSize(1);
    JsonNode finding = report.path("findings").get(0);
    assertThat(finding.path("rule").asText()).isEqualTo("manifest-description-too-long");
    assertThat(finding.path("severity").asText()).isEqualTo("error");
    assertThat(finding.path("path").asText()).isEqualTo(acme + "/manifest.json");
    assertThat(finding.path("pointer").asText()).isEqualTo("/tile/description");
    assertThat(finding.path("line").asInt()).isEqualTo(12);
    assertThat(finding.path("column").asInt()).isEqualTo(20);
    assertThat(finding.path("message").asText())
        .isEqualTo("tile.description has 81 characters, at most 80 are allowed");
  }

  @Test
  void crossFileFindings_pointIntoTheManifest() throws IOException {
    Path acme =
        integration(
            "acme",
            HEADER + "acme.queue.depth,gauge,,message,,Messages waiting.,-1,acme,queue depth,\n");
    Files.writeString(
        acme.resolve("manifest.json"),
        manifest("acme", HEADER, "Monitor acme.")
            .replace("\"check\": []", "\"check\": [\"acme.up\"]"));

    CommandRun run = CommandRun.of("validate", "--profile", "ddev", acme.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(
            acme
                + "/manifest.json:28:48: error: [manifest-check-metric-unknown] metrics.check names"
                + " `acme.up`, which is not a metric of metadata.csv\n");
  }

  @Test
  void githubFormat_writesWorkflowCommands() throws IOException {
    Path acme = integration("acme", HEADER + "acme.x,gauges,,,,X.,0,acme,x,\n");

    CommandRun run =
        CommandRun.of("validate", "--format", "github", "--profile", "ddev", acme.toString());

    assertThat(run.out())
        .startsWith(
            "::error file="
                + acme
                + "/metadata.csv,line=2,col=8,title=metadata-type-invalid::[metadata-type-invalid]"
                + " `gauges` is not a valid metric_type: use gauge, count or rate\n");
  }

  @Test
  void malformedFiles_areFindingsWithTheirPathNotCrashes() throws IOException {
    Path acme = Files.createDirectories(repo.resolve("acme"));
    Files.write(acme.resolve("metadata.csv"), new byte[] {'m', (byte) 0xff, '\n'});
    Files.createDirectories(acme.resolve("assets"));
    Files.writeString(acme.resolve("assets/service_checks.json"), "[{\"check\": }]");
    Files.writeString(acme.resolve("manifest.json"), "{ not json");

    CommandRun run = CommandRun.of("validate", repo.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().toList())
        .containsExactly(
            repo
                + "/acme/manifest.json:1:3: error: [manifest-unreadable] cannot read manifest.json:"
                + " Unexpected character ('n' (code 110)): was expecting double-quote to start"
                + " field name",
            repo
                + "/acme/metadata.csv:1:2: error: [metadata-unreadable] cannot read metadata.csv:"
                + " not valid UTF-8 text",
            repo
                + "/acme/assets/service_checks.json:1:12: error: [service-checks-unreadable] cannot"
                + " read service_checks.json: Unexpected character ('}' (code 125)): expected a"
                + " value");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void usageErrors_exitTwo() throws IOException {
    Path empty = Files.createDirectories(repo.resolve("empty"));

    assertThat(CommandRun.of("validate").exitCode()).isEqualTo(2);
    assertThat(CommandRun.of("validate", repo.resolve("missing").toString()).err())
        .contains("is not a folder");
    assertThat(CommandRun.of("validate", repo.resolve("missing").toString()).exitCode())
        .isEqualTo(2);
    assertThat(CommandRun.of("validate", "--profile", "lenient", repo.toString()).exitCode())
        .isEqualTo(2);
    assertThat(CommandRun.of("validate", "--format", "xml", repo.toString()).exitCode())
        .isEqualTo(2);
    CommandRun noIntegration = CommandRun.of("validate", empty.toString());
    assertThat(noIntegration.exitCode()).isEqualTo(2);
    assertThat(noIntegration.err()).contains("holds no integration folder");
  }

  @Test
  void help_listsOptionsAndExitCodes() {
    CommandRun run = CommandRun.of("validate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("--profile", "--format", "--repo-config", "Exit codes:", "2   usage error");
  }

  @Test
  void corpus_underDdev_reportsOnlyTheRealBreaches() throws URISyntaxException {
    Path corpus = SharedReference.corpus();
    Path config = Path.of(getClass().getResource("/extras-config.toml").toURI());

    CommandRun run =
        CommandRun.of(
            "validate", "--profile", "ddev", "--repo-config", config.toString(), corpus.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(errors(run, corpus)).containsExactlyElementsOf(CORPUS_ERRORS);
    assertThat(run.err())
        .isEqualTo(
            "Example files were not compared with their specs: pass --templates <ddev templates"
                + " folder> to compare them with ddev's rendering.\n"
                + "Checked 235 integrations (profile ddev): 29 errors, 795 warnings.\n");
  }

  @Test
  void corpus_withDdevTemplates_alsoFindsTheExamplesRenderedWithAnOlderTemplate()
      throws URISyntaxException {
    Path corpus = SharedReference.corpus();
    Path config = Path.of(getClass().getResource("/extras-config.toml").toURI());
    Path templates = SharedReference.reference().resolve("ddev-templates");

    CommandRun run =
        CommandRun.of(
            "validate",
            "--profile",
            "ddev",
            "--templates",
            templates.toString(),
            "--repo-config",
            config.toString(),
            corpus.toString());

    List<String> outOfSync =
        errors(run, corpus).stream()
            .filter(line -> line.contains("[example-out-of-sync]"))
            .toList();
    assertThat(outOfSync)
        .hasSize(13)
        .allMatch(line -> line.contains("conf.yaml.example is not in sync with the spec"));
    assertThat(run.err())
        .isEqualTo("Checked 235 integrations (profile ddev): 42 errors, 795 warnings.\n");
  }

  /** The error lines of a run, with the corpus path taken off. */
  private static List<String> errors(CommandRun run, Path corpus) {
    return run.out()
        .lines()
        .filter(line -> line.contains(": error: "))
        .map(line -> line.replace(corpus + "/", ""))
        .toList();
  }

  /**
   * The ddev errors of the corpus: 21 tile descriptions over 80 characters and snmpwalk's
   * undeclared metadata.csv (extras CI never runs the manifest validation), the two service checks
   * named after the tile, and five spec keys ddev's newest renderer refuses.
   */
  private static final List<String> CORPUS_ERRORS =
      List.of(
          "aimon/manifest.json:9:20: error: [manifest-description-too-long] tile.description has"
              + " 110 characters, at most 80 are allowed",
          "anecdote/manifest.json:13:20: error: [manifest-description-too-long] tile.description"
              + " has 92 characters, at most 80 are allowed",
          "appomni/manifest.json:9:20: error: [manifest-description-too-long] tile.description has"
              + " 91 characters, at most 80 are allowed",
          "authzed_cloud/manifest.json:8:20: error: [manifest-description-too-long]"
              + " tile.description has 113 characters, at most 80 are allowed",
          "chainguard/manifest.json:9:20: error: [manifest-description-too-long] tile.description"
              + " has 95 characters, at most 80 are allowed",
          "cloudaeye/manifest.json:13:20: error: [manifest-description-too-long] tile.description"
              + " has 83 characters, at most 80 are allowed",
          "cloudsmith/manifest.json:12:20: error: [manifest-description-too-long] tile.description"
              + " has 106 characters, at most 80 are allowed",
          "contrast_security_adr/manifest.json:8:20: error: [manifest-description-too-long]"
              + " tile.description has 104 characters, at most 80 are allowed",
          "cybersixgill_actionable_alerts/spec.yaml:25:11: error: [spec-value-unknown-key] the"
              + " value of option `cl_secret` has the unknown key `secret`",
          "emqx/manifest.json:12:20: error: [manifest-description-too-long] tile.description has"
              + " 99 characters, at most 80 are allowed",
          "gigamon/manifest.json:12:20: error: [manifest-description-too-long] tile.description"
              + " has 98 characters, at most 80 are allowed",
          "go_pprof_scraper/spec.yaml:26:7: error: [spec-option-unknown-key] option `duration` has"
              + " the unknown key `requried`",
          "go_pprof_scraper/spec.yaml:33:7: error: [spec-option-unknown-key] option `profiles` has"
              + " the unknown key `requried`",
          "go_pprof_scraper/spec.yaml:43:7: error: [spec-option-unknown-key] option `cumulative`"
              + " has the unknown key `requried`",
          "grafana/manifest.json:37:20: error: [manifest-description-too-long] tile.description"
              + " has 96 characters, at most 80 are allowed",
          "gravitee/manifest.json:8:20: error: [manifest-description-too-long] tile.description"
              + " has 96 characters, at most 80 are allowed",
          "kameleoon/manifest.json:12:20: error: [manifest-description-too-long] tile.description"
              + " has 113 characters, at most 80 are allowed",
          "loadrunner_professional/manifest.json:12:20: error: [manifest-description-too-long]"
              + " tile.description has 83 characters, at most 80 are allowed",
          "onepane/manifest.json:12:20: error: [manifest-description-too-long] tile.description"
              + " has 102 characters, at most 80 are allowed",
          "perfectscale/manifest.json:12:20: error: [manifest-description-too-long]"
              + " tile.description has 94 characters, at most 80 are allowed",
          "pihole/spec.yaml:25:7: error: [spec-option-unknown-key] option `v6_check` has the"
              + " unknown key `default`",
          "pulse/manifest.json:9:20: error: [manifest-description-too-long] tile.description has"
              + " 98 characters, at most 80 are allowed",
          "redis_enterprise_prometheus/manifest.json:12:20: error: [manifest-description-too-long]"
              + " tile.description has 91 characters, at most 80 are allowed",
          "resilience4j/manifest.json:12:20: error: [manifest-description-too-long]"
              + " tile.description has 84 characters, at most 80 are allowed",
          "rum_nextjs/manifest.json:12:20: error: [manifest-description-too-long] tile.description"
              + " has 108 characters, at most 80 are allowed",
          "scalr/service_checks.json:4:24: error: [service-checks-integration-mismatch]"
              + " scalr.can_connect: integration `Scalr` must match the manifest's source_type_name"
              + " `Scalr (Community Version)`",
          "snmpwalk/manifest.json:30:13: error: [manifest-metadata-path-missing] the integration"
              + " has a metadata.csv but the manifest declares no"
              + " assets.integration.metrics.metadata_path",
          "zabbix/service_checks.json:4:24: error: [service-checks-integration-mismatch]"
              + " zabbix.can_connect: integration `Zabbix` must match the manifest's"
              + " source_type_name `Zabbix (Community Version)`",
          "zilliz_cloud_zilliz_cloud/manifest.json:9:20: error: [manifest-description-too-long]"
              + " tile.description has 109 characters, at most 80 are allowed");

  private Path integration(String name, String metadata) throws IOException {
    Path folder = Files.createDirectories(repo.resolve(name));
    Files.writeString(folder.resolve("metadata.csv"), metadata);
    Files.writeString(
        folder.resolve("manifest.json"), manifest(name, metadata, "Monitor " + name + "."));
    return folder;
  }

  /**
   * A complete manifest that gives no finding under strict in a folder holding nothing else than
   * metadata.csv: metrics.check names the first metric of the file, if any. The tile description is
   * on line 12, at column 20.
   */
  private static String manifest(String name, String metadata, String description) {
    List<String> rows = metadata.lines().skip(1).toList();
    String check = rows.isEmpty() ? "[]" : "[\"" + rows.get(0).split(",")[0] + "\"]";
    return """
    {
      "manifest_version": "2.0.0",
      "app_uuid": "5b0c8d0e-3a5f-4c1e-9f3b-2d7e4a6c8b10",
      "app_id": "%1$s",
      "owner": "team",
      "display_on_public_website": true,
      "tile": {
        "overview": "README.md#Overview",
        "configuration": "README.md#Setup",
        "support": "README.md#Support",
        "changelog": "CHANGELOG.md",
        "description": "%3$s",
        "title": "%1$s",
        "media": [],
        "classifier_tags": ["Offering::Integration"]
      },
      "author": {
        "support_email": "support@example.com",
        "homepage": "https://example.com",
        "sales_email": "sales@example.com",
        "name": "Example"
      },
      "assets": {
        "integration": {
          "source_type_name": "%1$s",
          "configuration": {},
          "events": {"creates_events": false},
          "metrics": {"prefix": "%1$s.", "check": %2$s, "metadata_path": "metadata.csv"},
          "service_checks": {},
          "source_type_id": 1,
          "auto_install": true
        }
      }
    }
    """
        .formatted(name, check, description);
  }
}
