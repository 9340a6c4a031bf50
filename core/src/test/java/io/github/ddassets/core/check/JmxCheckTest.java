package io.github.ddassets.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Scope;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JMX rules on small folders, each rule with a folder that triggers it and a near miss. */
class JmxCheckTest {

  private static final String HEADER =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
          + "integration,short_name,curated_metric\n";
  private static final String SPEC =
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
      """;
  private static final String JMX_EXAMPLE = "init_config:\n    is_jmx: true\n";
  private static final String ONE_RULE =
      """
      jmx_metrics:
        - include:
            domain: acme
            type: Queue
            attribute:
              QueueSize:
                alias: acme.queue.size
                metric_type: gauge
      """;

  @TempDir Path dir;

  private Path folder() throws IOException {
    Path acme = dir.resolve("acme");
    Files.createDirectories(acme);
    return acme;
  }

  private List<Finding> check(String metrics, String metadataRows) throws IOException {
    return check(metrics, metadataRows, SPEC, JMX_EXAMPLE);
  }

  private List<Finding> check(String metrics, String rows, String spec, String example)
      throws IOException {
    Path acme = folder();
    if (metrics != null) {
      Files.writeString(acme.resolve("metrics.yaml"), metrics);
    }
    Files.writeString(acme.resolve("metadata.csv"), HEADER + rows);
    Files.writeString(acme.resolve("spec.yaml"), spec);
    if (example != null) {
      Files.writeString(acme.resolve("conf.yaml.example"), example);
    }
    FolderCheck check = FolderCheck.standard(FolderCheckOptions.defaults(new DisplayPaths(dir, "")));
    return check.check(IntegrationFolder.detect(acme).orElseThrow()).findings().stream()
        .filter(finding -> finding.rule().scope() == Scope.JMX_METRICS)
        .toList();
  }

  private static String row(String name, String type) {
    return name + "," + type + ",,,,A metric.,0,acme,,\n";
  }

  private static List<String> described(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.origin().describe() + " " + f.rule().id() + " " + f.message())
        .toList();
  }

  @Test
  @Spares({Rule.JMX_METRICS_MISSING, Rule.JMX_ALIAS_UNDECLARED, Rule.JMX_ROW_NOT_PRODUCED})
  void agreeingFiles_haveNoFinding() throws IOException {
    assertThat(check(ONE_RULE, row("acme.queue.size", "gauge"))).isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_METRICS_MISSING)
  void jmxExampleWithoutMetricsFile_isAFinding() throws IOException {
    assertThat(described(check(null, row("acme.queue.size", "gauge"))))
        .containsExactly(
            "acme/metrics.yaml jmx-metrics-missing acme/metrics.yaml does not exist, but"
                + " init_config.is_jmx is true: JMXFetch collects nothing by default");
  }

  @Test
  void exampleThatIsNotJmx_withoutMetricsFile_isNotChecked() throws IOException {
    assertThat(check(null, "", SPEC, "init_config:\n    is_jmx: false\n")).isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_METRICS_UNREADABLE)
  void brokenYaml_isAFindingWithItsPosition() throws IOException {
    assertThat(described(check("jmx_metrics:\n  - include: [\n", "")))
        .singleElement()
        .asString()
        .startsWith("acme/metrics.yaml:3:1 jmx-metrics-unreadable");
  }

  @Test
  @Spares(Rule.JMX_METRICS_UNREADABLE)
  void emptyRuleList_isReadable() throws IOException {
    assertThat(check("jmx_metrics: []\n", "")).isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_DUPLICATE_KEY)
  void keyWrittenTwice_isAFinding() throws IOException {
    String metrics = ONE_RULE + "        QueueSize:\n          alias: acme.queue.other\n";
    assertThat(described(check(metrics, row("acme.queue.other", "gauge"))))
        .containsExactly(
            "acme/metrics.yaml:9:9 jmx-duplicate-key `QueueSize` is written again here; only its"
                + " last value counts");
  }

  @Test
  @Spares(Rule.JMX_DUPLICATE_KEY)
  void sameKeyInTwoMappings_isNoFinding() throws IOException {
    String metrics =
        ONE_RULE
            + "  - include:\n      domain: acme\n      type: Topic\n      attribute:\n"
            + "        QueueSize:\n          alias: acme.topic.size\n";
    assertThat(check(metrics, row("acme.queue.size", "gauge") + row("acme.topic.size", "gauge")))
        .isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_METRICS_KEY_MISSING)
  void fileWithoutJmxMetrics_isAFinding() throws IOException {
    assertThat(described(check("metrics: []\n", "")))
        .containsExactly(
            "acme/metrics.yaml:1:1 jmx-metrics-key-missing acme/metrics.yaml does not have a"
                + " jmx_metrics definition");
  }

  @Test
  @Spares(Rule.JMX_METRICS_KEY_MISSING)
  void nullRuleList_isNoFinding() throws IOException {
    assertThat(check("jmx_metrics:\n", "")).isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_STRUCTURE)
  void aliasThatIsAList_isAFinding() throws IOException {
    String metrics = ONE_RULE.replace("alias: acme.queue.size", "alias: [acme.queue.size]");
    assertThat(described(check(metrics, "")))
        .containsExactly(
            "acme/metrics.yaml:7:18 jmx-structure `alias` must be a single value",
            "acme/metrics.yaml:6:9 jmx-alias-undeclared `jmx.acme.queue_size` has no metadata.csv"
                + " row (the alias is written `jmx.acme.QueueSize`; JMXFetch's name clean-up sends"
                + " it as `jmx.acme.queue_size`)");
  }

  @Test
  @Spares(Rule.JMX_STRUCTURE)
  void attributeList_isAcceptedShape() throws IOException {
    String metrics = "jmx_metrics:\n  - include:\n      domain: acme\n      attribute: [Size]\n";
    assertThat(check(metrics, row("jmx.acme.size", "gauge"))).isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_INCLUDE_MISSING)
  void ruleWithoutInclude_isAFinding() throws IOException {
    String metrics = "jmx_metrics:\n  - exclude:\n      domain: acme\n";
    assertThat(described(check(metrics, "")))
        .containsExactly(
            "acme/metrics.yaml:2:5 jmx-include-missing the rule has no include block: JMXFetch"
                + " would match nothing with it, and ddev refuses it");
  }

  @Test
  @Spares(Rule.JMX_INCLUDE_MISSING)
  void ruleWithIncludeAndExclude_isNoFinding() throws IOException {
    String metrics = ONE_RULE + "    exclude:\n      type: Topic\n";
    assertThat(check(metrics, row("acme.queue.size", "gauge"))).isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_INCLUDE_SCOPE)
  void beanRegexAlone_isAFinding() throws IOException {
    String metrics =
        "jmx_metrics:\n  - include:\n      bean_regex: 'acme:type=(Queue|Topic)'\n"
            + "      attribute:\n        Size:\n          alias: acme.$1.size\n";
    assertThat(described(check(metrics, row("acme.queue.size", "gauge") + row("acme.topic.size", "gauge"))))
        .containsExactly(
            "acme/metrics.yaml:3:7 jmx-include-scope the include names no domain, domain_regex or"
                + " bean (ddev does not accept bean_regex alone)");
  }

  @Test
  @Spares(Rule.JMX_INCLUDE_SCOPE)
  void beanRegexWithDomainRegex_isNoFinding() throws IOException {
    String metrics =
        "jmx_metrics:\n  - include:\n      domain_regex: ac.*\n"
            + "      bean_regex: 'acme:type=(Queue|Topic)'\n"
            + "      attribute:\n        Size:\n          alias: acme.$1.size\n";
    assertThat(check(metrics, row("acme.queue.size", "gauge") + row("acme.topic.size", "gauge")))
        .isEmpty();
  }

  @Test
  @Triggers({Rule.JMX_BEAN_ATTRIBUTE_DUPLICATE, Rule.JMX_ROW_NOT_PRODUCED})
  void sameBeanAndAttributeTwice_secondNeverFires() throws IOException {
    String rule =
        "  - include:\n      bean: acme:type=Queue\n      attribute:\n        Size:\n"
            + "          alias: acme.%s.size\n";
    String metrics = "jmx_metrics:\n" + rule.formatted("server") + rule.formatted("broker");
    assertThat(described(check(metrics, row("acme.server.size", "gauge") + row("acme.broker.size", "gauge"))))
        .containsExactly(
            "acme/metrics.yaml:10:9 jmx-bean-attribute-duplicate bean `acme:type=Queue` attribute"
                + " `Size` is already listed by the rule at acme/metrics.yaml:3:7: this entry never"
                + " fires",
            "acme/metadata.csv:3:1 jmx-row-not-produced `acme.broker.size` is not produced by any"
                + " metrics.yaml rule: the entry naming it never fires, the rule at"
                + " acme/metrics.yaml:3:7 matches its bean and attribute first");
  }

  @Test
  @Spares({Rule.JMX_BEAN_ATTRIBUTE_DUPLICATE, Rule.JMX_RULE_SHADOWED})
  void sameAttributeOfOtherBeans_isNoFinding() throws IOException {
    String rule =
        "  - include:\n      bean: acme:type=%s\n      attribute:\n        Size:\n"
            + "          alias: acme.%s.size\n";
    String metrics =
        "jmx_metrics:\n" + rule.formatted("Queue", "queue") + rule.formatted("Topic", "topic");
    assertThat(check(metrics, row("acme.queue.size", "gauge") + row("acme.topic.size", "gauge")))
        .isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_SPEC_TEMPLATES)
  void specWithoutJmxTemplates_isAFinding() throws IOException {
    String spec =
        SPEC.replace("init_config/jmx", "init_config/default")
            .replace("instances/jmx", "instances/default");
    assertThat(described(check(ONE_RULE, row("acme.queue.size", "gauge"), spec, JMX_EXAMPLE)))
        .containsExactly(
            "acme/spec.yaml jmx-spec-templates the spec does not use the `init_config/jmx`"
                + " template in init_config nor the `instances/jmx` template in instances");
  }

  @Test
  @Spares(Rule.JMX_SPEC_TEMPLATES)
  void hybridCheck_isNotValidatedByDdevRules() throws IOException {
    String spec = SPEC.replace("init_config/jmx", "init_config/default");
    assertThat(
            check(
                ONE_RULE,
                row("acme.queue.size", "gauge"),
                spec,
                "init_config:\n    is_jmx: false\n"))
        .isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_KEY_UNKNOWN)
  void misspelledAttributeOption_isAFinding() throws IOException {
    String metrics = ONE_RULE.replace("metric_type: gauge", "metrictype: gauge");
    assertThat(described(check(metrics, row("acme.queue.size", "gauge"))))
        .containsExactly(
            "acme/metrics.yaml:8:11 jmx-key-unknown `metrictype` is not a key JMXFetch reads in"
                + " attribute `QueueSize` (alias, metric_type, tags or values)");
  }

  @Test
  @Spares(Rule.JMX_KEY_UNKNOWN)
  void legacyTypeKeyAndValues_areKnown() throws IOException {
    String metrics =
        ONE_RULE.replace("metric_type: gauge", "type: gauge\n          values: {true: 1}");
    assertThat(check(metrics, row("acme.queue.size", "gauge"))).isEmpty();
  }

  @Test
  @Triggers({Rule.JMX_METRIC_TYPE_UNKNOWN, Rule.JMX_TYPE_MISMATCH})
  void countType_isSentAsRate() throws IOException {
    String metrics = ONE_RULE.replace("metric_type: gauge", "metric_type: count");
    assertThat(described(check(metrics, row("acme.queue.size", "count"))))
        .containsExactly(
            "acme/metrics.yaml:6:9 jmx-metric-type-unknown metric_type `count` is not one JMXFetch"
                + " knows: it is sent as a per-second rate (did you mean `monotonic_count`?)",
            "acme/metrics.yaml:6:9 jmx-type-mismatch `acme.queue.size` is sent with metric_type"
                + " count, which metadata.csv should declare as gauge or rate, not count");
  }

  @Test
  @Spares({Rule.JMX_METRIC_TYPE_UNKNOWN, Rule.JMX_TYPE_MISMATCH})
  void monotonicCountAsRate_isCompatible() throws IOException {
    String metrics = ONE_RULE.replace("metric_type: gauge", "metric_type: monotonic_count");
    assertThat(check(metrics, row("acme.queue.size", "rate"))).isEmpty();
  }

  @Test
  @Triggers(Rule.JMX_RULE_SHADOWED)
  void sameScopeByDomain_laterEntryIsShadowed() throws IOException {
    String metrics =
        ONE_RULE
            + "  - include:\n      domain: acme\n      type: Queue\n      attribute:\n"
            + "        QueueSize:\n          alias: acme.queue.depth\n";
    assertThat(described(check(metrics, row("acme.queue.size", "gauge"))))
        .containsExactly(
            "acme/metrics.yaml:13:9 jmx-rule-shadowed attribute `QueueSize` (alias"
                + " `acme.queue.depth`) is shadowed by the rule at acme/metrics.yaml:3:7, which"
                + " matches the same beans first: this entry never fires",
            "acme/metrics.yaml:13:9 jmx-alias-undeclared `acme.queue.depth` has no metadata.csv"
                + " row");
  }

  @Test
  @Triggers(Rule.JMX_ALIAS_UNDECLARED)
  void aliasWithCommaAndCamelCase_isCheckedAfterCleanUp() throws IOException {
    String metrics = ONE_RULE.replace("acme.queue.size", "acme.queueSize,gauge");
    assertThat(described(check(metrics, row("acme.queue_size", "gauge"))))
        .containsExactly(
            "acme/metrics.yaml:6:9 jmx-alias-undeclared `acme.queue_size_gauge` has no"
                + " metadata.csv row (the alias is written `acme.queueSize,gauge`; JMXFetch's name"
                + " clean-up sends it as `acme.queue_size_gauge`)",
            "acme/metadata.csv:2:1 jmx-row-not-produced `acme.queue_size` is not produced by any"
                + " metrics.yaml rule");
  }

  @Test
  void placeholders_areResolvedFromPropertiesAndAttribute() throws IOException {
    String metrics =
        "jmx_metrics:\n  - include:\n      domain: acme\n      type: [Queue, Topic]\n"
            + "      attribute:\n        DequeueCount:\n          alias: acme.$type.$attribute\n"
            + "        Size: {}\n";
    assertThat(
            check(
                metrics,
                row("acme.queue.dequeue_count", "gauge")
                    + row("acme.topic.dequeue_count", "gauge")
                    + row("jmx.acme.size", "gauge")))
        .isEmpty();
  }

  @Test
  void openPlaceholder_matchesRowsByPattern() throws IOException {
    String metrics =
        "jmx_metrics:\n  - include:\n      domain: acme\n"
            + "      bean_regex: 'acme:name=(.*)'\n"
            + "      attribute:\n        Count:\n          alias: acme.$1.count\n";
    assertThat(described(check(metrics, row("acme.hits.count", "gauge"))))
        .isEmpty();
    assertThat(described(check(metrics, "")))
        .containsExactly(
            "acme/metrics.yaml:6:9 jmx-alias-undeclared `acme.*.count` (placeholders left open) has"
                + " no metadata.csv row");
  }

  @Test
  void aliasBomb_isRefusedWithinTheReadingBudget() throws IOException {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level <= 6; level++) {
      bomb.append("a")
          .append(level)
          .append(": &a")
          .append(level)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1))))
          .append("]\n");
    }
    bomb.append("jmx_metrics: []\n");

    assertThat(described(check(bomb.toString(), "")))
        .singleElement()
        .asString()
        .startsWith("acme/metrics.yaml:")
        .contains(
            "jmx-metrics-unreadable the document holds more than 100000 values once its aliases"
                + " are expanded");
  }

  @Test
  void deepNesting_isRefusedWithinTheReadingBudget() throws IOException {
    String deep = "jmx_metrics: " + "[".repeat(60) + "]".repeat(60) + "\n";

    assertThat(described(check(deep, "")))
        .containsExactly(
            "acme/metrics.yaml:1:63 jmx-metrics-unreadable lists and mappings nest more than 50"
                + " levels deep");
  }
}
