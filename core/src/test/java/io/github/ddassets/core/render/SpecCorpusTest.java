package io.github.ddassets.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders every spec of the integrations-extras corpus with ddev's templates (from {@code
 * ../shared/reference/ddev-templates}) and compares the result with the conf.yaml.example ddev
 * wrote for it.
 */
class SpecCorpusTest {

  /**
   * OpenMetrics examples rendered before ddev's template added a blank {@code ##} line to the
   * description of {@code exclude_metrics}: they differ exactly there.
   */
  private static final Map<String, Integer> RENDERED_WITH_OLDER_OPENMETRICS_TEMPLATE =
      new TreeMap<>(
          Map.ofEntries(
              Map.entry("aerospike_enterprise", 118),
              Map.entry("cloudnatix", 76),
              Map.entry("fluentbit", 118),
              Map.entry("gitea", 118),
              Map.entry("grafana", 83),
              Map.entry("hikaricp", 118),
              Map.entry("ocient", 118),
              Map.entry("qdrant", 119),
              Map.entry("redis_cloud", 88),
              Map.entry("redis_enterprise", 88),
              Map.entry("redpanda", 135),
              Map.entry("resilience4j", 86),
              Map.entry("robust_intelligence_ai_firewall", 118)));

  private static final String EXCLUDE_METRICS_LINE =
      "    ## In order to exclude all metrics but the ones matching a specific filter,";

  private static final List<String> DDEV_SPEC_ERRORS =
      List.of(
          "cybersixgill_actionable_alerts/spec.yaml:25:11 [spec-value-unknown-key] the value of"
              + " option `cl_secret` has the unknown key `secret`",
          "go_pprof_scraper/spec.yaml:26:7 [spec-option-unknown-key] option `duration` has the"
              + " unknown key `requried`",
          "go_pprof_scraper/spec.yaml:33:7 [spec-option-unknown-key] option `profiles` has the"
              + " unknown key `requried`",
          "go_pprof_scraper/spec.yaml:43:7 [spec-option-unknown-key] option `cumulative` has the"
              + " unknown key `requried`",
          "pihole/spec.yaml:25:7 [spec-option-unknown-key] option `v6_check` has the unknown key"
              + " `default`");

  private static final Map<String, SpecRendering.Result> RESULTS = new TreeMap<>();
  private static Path corpus;

  @BeforeAll
  static void renderCorpus() throws IOException {
    corpus = SharedReference.corpus();
    Path templates = SharedReference.reference().resolve("ddev-templates");
    try (Stream<Path> folders = Files.list(corpus)) {
      for (Path folder : folders.sorted().toList()) {
        Path spec = folder.resolve("spec.yaml");
        if (Files.isRegularFile(spec)) {
          String name = folder.getFileName().toString();
          ConfigTemplates ddev =
              new ConfigTemplates(List.of(TemplateRoot.directory(templates, "ddev-templates")));
          RESULTS.put(
              name, SpecRendering.render(Files.readString(spec), name + "/spec.yaml", name, ddev));
        }
      }
    }
  }

  @Test
  void everySpec_loadsAndRenders() {
    assertThat(RESULTS).hasSize(63);
    assertThat(RESULTS.values()).allSatisfy(result -> assertThat(result.examples()).isNotEmpty());
  }

  @Test
  void ddevProfile_reportsExactlyTheSpecErrorsDdevReports() {
    List<String> errors = new ArrayList<>();
    for (SpecRendering.Result result : RESULTS.values()) {
      for (Report.Item item : Report.of(Profile.DDEV, result.findings()).items()) {
        Finding finding = item.finding();
        errors.add(finding.origin().describe() + " " + finding.text());
      }
    }

    assertThat(errors).containsExactlyElementsOf(DDEV_SPEC_ERRORS);
  }

  @Test
  void examples_matchDdevByteForByte_exceptTheOlderOpenMetricsRenderings() throws IOException {
    List<String> identical = new ArrayList<>();
    Map<String, Integer> different = new TreeMap<>();
    for (Map.Entry<String, SpecRendering.Result> entry : RESULTS.entrySet()) {
      Path example = corpus.resolve(entry.getKey()).resolve("conf.yaml.example");
      if (!Files.isRegularFile(example)) {
        continue;
      }
      String expected = Files.readString(example).replace("\r\n", "\n");
      String rendered = confExample(entry.getValue());
      if (expected.equals(rendered)) {
        identical.add(entry.getKey());
      } else {
        int line = io.github.ddassets.core.model.TextLines.firstDifference(expected, rendered);
        different.put(entry.getKey(), line);
        assertThat(expected.split("\n", -1)[line - 1])
            .as("%s differs at line %d", entry.getKey(), line)
            .isEqualTo(EXCLUDE_METRICS_LINE);
      }
    }
    System.out.printf(
        "conf.yaml.example rendered with ddev's templates: %d of %d identical%n",
        identical.size(), identical.size() + different.size());

    assertThat(identical).hasSize(48);
    assertThat(different).isEqualTo(RENDERED_WITH_OLDER_OPENMETRICS_TEMPLATE);
  }

  private static String confExample(SpecRendering.Result result) {
    return result.examples().stream()
        .filter(example -> example.exampleName().equals("conf.yaml.example"))
        .map(RenderedExample::text)
        .findFirst()
        .orElse("");
  }
}
