package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.RepoOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import of a metrics.yaml: its rules on the check class, the rows no rule sends marked. */
class JmxImporterTest {

  @TempDir Path dir;

  @Test
  void rulesBecomeJmxRules_andRowsNoRuleSendsAreMarked() throws IOException {
    Path acme = dir.resolve("acme");
    Files.createDirectories(acme);
    Files.writeString(
        acme.resolve("metadata.csv"),
        "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
            + "integration,short_name,curated_metric\n"
            + "acme.queue.size,gauge,,,,Queue size.,0,acme,queue size,\n"
            + "acme.web.score,gauge,,,,Web score.,0,acme,web score,\n");
    Files.writeString(
        acme.resolve("spec.yaml"),
        """
        name: Acme
        files:
        - name: acme.yaml
          options:
          - template: init_config
            options:
            - template: init_config/jmx
          - template: instances
            options:
            - template: instances/jmx
        """);
    Files.writeString(
        acme.resolve("metrics.yaml"),
        """
        jmx_metrics:
          - include:
              domain: acme
              type: Queue
              attribute:
                Size:
                  alias: acme.queue.size
                  type: monotonic_count
                Flag:
                  alias: acme.queue.flag
                  values: {"true": 1, default: 0}
        """);
    ImportResult result =
        new IntegrationImporter(
                ConfigTemplates.builtIn(), new RepoOverrides(Map.of("acme", "acme.")), false)
            .importFolder(
                IntegrationFolder.detect(acme).orElseThrow(),
                new DisplayPaths(dir, ""),
                "com.acme",
                Optional.empty());

    assertThat(result.findings()).isEmpty();
    String java = result.files().get(0).content();
    assertThat(java)
        .contains(
            "@JmxRule(\n"
                + "    domain = \"acme\",\n"
                + "    properties = @JmxProperty(name = \"type\", values = \"Queue\"),\n"
                + "    attributes = {\n"
                + "        @JmxAttribute(\n"
                + "            name = \"Size\",\n"
                + "            alias = \"acme.queue.size\",\n"
                + "            metricType = JmxMetricType.MONOTONIC_COUNT),\n")
        .contains("values = \"{'true': 1, default: 0}\")}")
        .contains("  @NotFromJmx\n  public static final String WEB_SCORE")
        .containsOnlyOnce("@NotFromJmx\n");
    assertThat(java.indexOf("@NotFromJmx")).isGreaterThan(java.indexOf("QUEUE_SIZE"));
  }
}
