package io.github.ddassets.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.cli.imports.RoundTripResult.Outcome;
import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.Scope;
import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import round trip of the thirteen real JMX integrations (nine of integrations-core, four of
 * integrations-extras): each folder's metrics.yaml, spec.yaml and conf.yaml.example are copied into
 * a work folder (the shared corpus stays read-only), imported into annotated Java, compiled with
 * the processor, and the regenerated metrics.yaml compared with the original's canonical form. Then
 * the regenerated file is checked against the original metadata.csv, which shows what the import
 * keeps and what it changes.
 */
class JmxImportRoundTripTest {

  private static final List<String> CORE =
      List.of(
          "activemq",
          "hive",
          "hivemq",
          "ignite",
          "jboss_wildfly",
          "presto",
          "solr",
          "sonarqube",
          "weblogic");
  private static final List<String> EXTRAS =
      List.of("hbase_master", "hbase_regionserver", "resin", "trino");
  private static final List<String> COPIED = List.of("metrics.yaml");

  private static final String SPEC =
      """
      name: %s
      files:
      - name: %s.yaml
        options:
        - template: init_config
          options:
          - template: init_config/jmx
        - template: instances
          options:
          - template: instances/jmx
      """;

  @TempDir static Path work;

  private static Path shared;
  private static CorpusRoundTrip.Report report;

  @BeforeAll
  static void runRoundTrip() throws Exception {
    shared = SharedReference.require();
    Path corpus = work.resolve("jmx");
    for (String name : CORE) {
      copy(shared.resolve("corpus/jmx-core").resolve(name), corpus.resolve(name), COPIED);
    }
    for (String name : EXTRAS) {
      copy(
          shared.resolve("corpus/integrations-extras").resolve(name), corpus.resolve(name), COPIED);
    }
    try (var folders = Files.list(corpus)) {
      for (Path folder : folders.toList()) {
        String name = folder.getFileName().toString();
        Files.writeString(folder.resolve("spec.yaml"), SPEC.formatted(name, name));
      }
    }
    Path templates = SharedReference.reference().resolve("ddev-templates");
    report =
        new CorpusRoundTrip(templates, RepoOverrides.NONE, work.resolve("work"), false).run(corpus);
    System.out.println(RoundTripTable.render(report));
  }

  @Test
  void metricsYaml_comesBackInCanonicalForm_orFailsTheBuildWhereDdevRefusesTheOriginal() {
    Map<String, String> outcomes = new TreeMap<>();
    for (RoundTripResult result : report.results()) {
      outcomes.put(
          result.name(),
          !result.refused().isEmpty()
              ? "refused " + new java.util.TreeSet<>(result.refused())
              : !result.compileErrors().isEmpty()
                  ? "compile error " + result.compileErrors().get(0)
                  : outcome(result));
    }
    Map<String, String> expected = new TreeMap<>();
    for (String name :
        List.of(
            "activemq",
            "ignite",
            "jboss_wildfly",
            "presto",
            "solr",
            "sonarqube",
            "weblogic",
            "hbase_master",
            "resin",
            "trino")) {
      expected.put(name, "CANONICAL");
    }
    // A metric type JMXFetch does not know comes back as the rate JMXFetch sends it as.
    expected.put(
        "hbase_regionserver",
        "DIFFERENT line 98: `        metric_type: count` became `        metric_type: rate`"
            + " (against the canonical form)");
    // The two files ddev itself refuses are imported as they are, so that the build refuses them
    // with ddev's rule on the @JmxRule that holds the defect, where the author fixes it once.
    expected.put(
        "hive",
        "compile error HiveCheck.java:849: [jmx-bean-attribute-duplicate] bean"
            + " `metrics:name=memory.heap.init` attribute `Value` is already listed by the rule at"
            + " corpus.i3.HiveCheck: this entry never fires");
    expected.put(
        "hivemq",
        "compile error HivemqCheck.java:83: [jmx-include-scope] the include names no domain,"
            + " domain_regex or bean (ddev does not accept bean_regex alone)");
    assertThat(outcomes).isEqualTo(expected);
  }

  @Test
  void regeneratedFiles_agreeWithMetadataAsTheOriginalsDo() throws IOException {
    Map<String, String> after = new LinkedHashMap<>();
    for (RoundTripResult result : report.results()) {
      if (result.refused().isEmpty() && result.compileErrors().isEmpty()) {
        after.put(result.name(), findingsAfterImport(result.name()));
      }
    }
    after.forEach((name, line) -> System.out.println("JMX after import " + name + ": " + line));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("activemq", "ddev={} strict={}");
    expected.put("hbase_master", "ddev={} strict={}");
    // `metric_type: count` comes back as `rate`, which is how JMXFetch sends it.
    expected.put("hbase_regionserver", "ddev={} strict={jmx-type-mismatch=1}");
    expected.put("ignite", "ddev={} strict={jmx-type-mismatch=2}");
    expected.put("jboss_wildfly", "ddev={} strict={jmx-type-mismatch=22}");
    expected.put("presto", "ddev={} strict={jmx-alias-undeclared=2, jmx-row-not-produced=2}");
    expected.put("resin", "ddev={} strict={}");
    expected.put("solr", "ddev={} strict={}");
    expected.put("sonarqube", "ddev={} strict={jmx-alias-undeclared=1, jmx-row-not-produced=80}");
    expected.put("trino", "ddev={} strict={jmx-alias-undeclared=1}");
    expected.put("weblogic", "ddev={} strict={}");
    assertThat(after).containsExactlyInAnyOrderEntriesOf(expected);
  }

  private static String outcome(RoundTripResult result) {
    RoundTripResult.Comparison comparison = result.files().get(RoundTripFile.JMX_METRICS);
    if (comparison == null) {
      return "no metrics.yaml";
    }
    return comparison.outcome() == Outcome.DIFFERENT
        ? "DIFFERENT " + comparison.difference()
        : comparison.outcome().name();
  }

  /** The JMX findings of a folder with the regenerated metrics.yaml and the original files. */
  private static String findingsAfterImport(String name) throws IOException {
    Path original =
        CORE.contains(name)
            ? shared.resolve("corpus/jmx-core").resolve(name)
            : shared.resolve("corpus/integrations-extras").resolve(name);
    Path folder = work.resolve("after").resolve(name);
    copy(original, folder, List.of("metadata.csv", "spec.yaml", "conf.yaml.example"));
    Path regenerated = regeneratedMetrics(name);
    Files.copy(regenerated, folder.resolve("metrics.yaml"));
    FolderCheck check =
        FolderCheck.standard(FolderCheckOptions.defaults(new DisplayPaths(folder.getParent(), "")));
    List<Finding> findings =
        check.check(IntegrationFolder.detect(folder).orElseThrow()).findings().stream()
            .filter(finding -> finding.rule().scope() == Scope.JMX_METRICS)
            .toList();
    return "ddev="
        + Report.of(Profile.DDEV, findings).countsByRule()
        + " strict="
        + Report.of(Profile.STRICT, findings).countsByRule();
  }

  private static Path regeneratedMetrics(String name) throws IOException {
    String generated = RoundTripFile.JMX_METRICS.generated(name);
    try (var paths = Files.walk(work.resolve("work"))) {
      return paths
          .filter(path -> path.toString().replace('\\', '/').endsWith(generated))
          .findFirst()
          .orElseThrow();
    }
  }

  private static void copy(Path from, Path to, List<String> names) throws IOException {
    Files.createDirectories(to);
    for (String name : names) {
      if (Files.isRegularFile(from.resolve(name))) {
        Files.copy(from.resolve(name), to.resolve(name));
      }
    }
  }
}
