package io.github.ddassets.core.jmx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.model.JmxAttribute;
import io.github.ddassets.core.model.JmxFilter;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.JmxRule;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.JmxMetricsReader;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.JmxNames;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.Scope;
import io.github.ddassets.core.testing.SharedReference;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JMX checks over the thirteen real JMX integrations of ../shared, as {@code ddassets validate}
 * runs them. The figures reproduce what was measured on the same files with python3 (see the
 * corpus's SOURCE.md): five agree exactly both ways; hive lists 14 memory beans twice and has 4
 * aliases without a row; hivemq's rules use only bean_regex; presto sends two aliases as {@code
 * ..._gauge}; trino has an alias without a row; sonarqube's metadata also lists its web-API
 * metrics.
 */
class JmxCorpusTest {

  /** Per integration: distinct names emitted, metadata rows, names with a row, findings. */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("activemq", "names=38 rows=38 agree=38 ddev={} strict={}");
    EXPECTED.put(
        "hive",
        "names=139 rows=135 agree=135 ddev={jmx-bean-attribute-duplicate=14} strict={"
            + "jmx-alias-undeclared=4, jmx-bean-attribute-duplicate=14, jmx-row-not-produced=12,"
            + " jmx-type-mismatch=3}");
    EXPECTED.put(
        "hivemq",
        "names=245 rows=245 agree=245 ddev={jmx-include-scope=3} strict={jmx-include-scope=3}");
    EXPECTED.put("ignite", "names=195 rows=195 agree=195 ddev={} strict={jmx-type-mismatch=2}");
    EXPECTED.put(
        "jboss_wildfly", "names=31 rows=31 agree=31 ddev={} strict={jmx-type-mismatch=22}");
    EXPECTED.put(
        "presto",
        "names=100 rows=100 agree=98 ddev={} strict={jmx-alias-undeclared=2,"
            + " jmx-row-not-produced=2}");
    EXPECTED.put("solr", "names=35 rows=35 agree=35 ddev={} strict={}");
    EXPECTED.put(
        "sonarqube",
        "names=18 rows=97 agree=17 ddev={} strict={jmx-alias-undeclared=1,"
            + " jmx-row-not-produced=80}");
    EXPECTED.put("weblogic", "names=40 rows=40 agree=40 ddev={} strict={}");
    EXPECTED.put("hbase_master", "names=21 rows=21 agree=21 ddev={} strict={}");
    EXPECTED.put(
        "hbase_regionserver",
        "names=159 rows=159 agree=159 ddev={} strict={jmx-metric-type-unknown=1,"
            + " jmx-type-mismatch=1}");
    EXPECTED.put("resin", "names=12 rows=12 agree=12 ddev={} strict={}");
    EXPECTED.put(
        "trino", "names=70 rows=69 agree=69 ddev={} strict={jmx-alias-undeclared=1}");
  }

  @Test
  void eachIntegration_namesRowsAgreementsAndFindings() {
    Path shared = SharedReference.require();
    Map<String, String> actual = new LinkedHashMap<>();
    for (Path dir : JmxCorpus.folders(shared)) {
      actual.put(dir.getFileName().toString(), summary(dir));
    }
    actual.forEach((name, line) -> System.out.println("JMX " + name + ": " + line));
    assertThat(actual).containsExactlyEntriesOf(EXPECTED);
  }

  /** The summary line of one folder: what the rules see and what they find. */
  static String summary(Path dir) {
    JmxMetricsFile file =
        JmxMetricsReader.read(dir.resolve("metrics.yaml"), "metrics.yaml").value().orElseThrow();
    MetadataFile metadata =
        MetadataReader.read(dir.resolve("metadata.csv"), "metadata.csv").value().orElseThrow();
    Set<String> names = emittedNames(file);
    Set<String> rows =
        metadata.rows().stream().map(MetricRow::metricName).collect(Collectors.toSet());
    long agree = names.stream().filter(rows::contains).count();
    List<Finding> findings = jmxFindings(dir);
    return "names="
        + names.size()
        + " rows="
        + metadata.rows().size()
        + " agree="
        + agree
        + " ddev="
        + Report.of(Profile.DDEV, findings).countsByRule()
        + " strict="
        + Report.of(Profile.STRICT, findings).countsByRule();
  }

  /** The distinct names every attribute entry emits (patterns shown with {@code *}). */
  static Set<String> emittedNames(JmxMetricsFile file) {
    Set<String> names = new TreeSet<>();
    for (JmxRule rule : file.rules()) {
      for (JmxFilter include : rule.include().stream().toList()) {
        for (JmxAttribute attribute : include.attributes()) {
          JmxNames.emitted(include, attribute).forEach(name -> names.add(name.name()));
        }
      }
    }
    return names;
  }

  /** The findings of the JMX rules on one folder, as validate checks it. */
  static List<Finding> jmxFindings(Path dir) {
    FolderCheck check =
        FolderCheck.standard(FolderCheckOptions.defaults(new DisplayPaths(dir.getParent(), "")));
    return check.check(IntegrationFolder.detect(dir).orElseThrow()).findings().stream()
        .filter(finding -> finding.rule().scope() == Scope.JMX_METRICS)
        .toList();
  }
}
