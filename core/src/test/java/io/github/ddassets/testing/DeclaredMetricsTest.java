package io.github.ddassets.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredMetricsTest {

  private static final String HEADER =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
          + "integration,short_name,curated_metric,sample_tags\n";

  /** A gauge, a rate, a declared count, a histogram's five series and a tagged gauge. */
  private static final String METADATA =
      HEADER
          + "acme.queue.depth,gauge,,message,,Messages waiting.,-1,acme,queue depth,,\n"
          + "acme.messages.received,rate,,message,second,Messages received.,0,acme,received,,\n"
          + "acme.restarts,count,,,,Restarts.,-1,acme,restarts,,\n"
          + "acme.latency.95percentile,gauge,,millisecond,,Latency (p95).,-1,acme,latency p95,,\n"
          + "acme.latency.avg,gauge,,millisecond,,Latency (average).,-1,acme,latency avg,,\n"
          + "acme.latency.count,rate,,,,Latency (samples).,0,acme,latency count,,\n"
          + "acme.latency.max,gauge,,millisecond,,Latency (maximum).,-1,acme,latency max,,\n"
          + "acme.latency.median,gauge,,millisecond,,Latency (median).,-1,acme,latency median,,\n"
          + "acme.pool.size,gauge,,connection,,Pool size.,0,acme,pool size,,\"pool,region\"\n";

  private static final DeclaredMetrics DECLARED = DeclaredMetrics.parse(METADATA, "metadata.csv");

  private static SubmittedMetric metric(String name, SubmissionType type, String... tags) {
    return new SubmittedMetric(name, type, List.of(tags));
  }

  private static final List<SubmittedMetric> EVERYTHING =
      List.of(
          metric("acme.queue.depth", SubmissionType.GAUGE),
          metric("acme.messages.received", SubmissionType.COUNT),
          metric("acme.latency", SubmissionType.HISTOGRAM),
          metric("acme.pool.size", SubmissionType.GAUGE, "pool:main", "region:eu"));

  @Test
  void names_areTheDeclaredRows() {
    assertThat(DECLARED.names())
        .containsExactly(
            "acme.latency.95percentile",
            "acme.latency.avg",
            "acme.latency.count",
            "acme.latency.max",
            "acme.latency.median",
            "acme.messages.received",
            "acme.pool.size",
            "acme.queue.depth",
            "acme.restarts");
  }

  @Test
  void matchingSubmissions_areClean_andTheHistogramCoversItsFiveSeries() {
    MetricReport report = DECLARED.compareSymmetric(EVERYTHING, Set.of("acme.restarts"));

    assertThat(report.clean()).as(report.describe()).isTrue();
    assertThat(report.describe()).isEqualTo("no differences");
  }

  @Test
  void symmetric_reportsDeclaredMetricsNeverEmitted() {
    MetricReport report =
        DECLARED.compareSymmetric(
            List.of(metric("acme.queue.depth", SubmissionType.GAUGE)), Set.of("acme.restarts"));

    assertThat(report.neverEmitted())
        .containsExactly(
            "acme.latency.95percentile",
            "acme.latency.avg",
            "acme.latency.count",
            "acme.latency.max",
            "acme.latency.median",
            "acme.messages.received",
            "acme.pool.size");
    assertThat(report.undeclared()).isEmpty();
  }

  @Test
  void oneWay_doesNotReportWhatWasNotEmitted() {
    MetricReport report =
        DECLARED.compare(List.of(metric("acme.queue.depth", SubmissionType.GAUGE)));

    assertThat(report.clean()).isTrue();
  }

  @Test
  void allowList_mustNameDeclaredMetrics() {
    assertThatThrownBy(() -> DECLARED.compareSymmetric(EVERYTHING, Set.of("acme.restart")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowed-missing metrics not declared in metadata.csv: acme.restart");
  }

  @Test
  void undeclared_areTheStoredSeries_soAHistogramGivesFiveNames() {
    MetricReport report =
        DECLARED.compare(
            List.of(
                metric("acme.errors", SubmissionType.GAUGE),
                metric("acme.errors", SubmissionType.GAUGE),
                metric("acme.size", SubmissionType.HISTOGRAM)));

    assertThat(report.undeclared())
        .containsExactly(
            "acme.errors",
            "acme.size.95percentile",
            "acme.size.avg",
            "acme.size.count",
            "acme.size.max",
            "acme.size.median");
  }

  @Test
  void aDeclaredGaugeSentAsACount_isStoredAsARate() {
    MetricReport report =
        DECLARED.compare(List.of(metric("acme.queue.depth", SubmissionType.COUNT)));

    assertThat(report.typeMismatches())
        .containsExactly(
            new MetricReport.TypeMismatch(
                "acme.queue.depth", "gauge", "rate", SubmissionType.COUNT));
    assertThat(report.describe())
        .isEqualTo(
            "type mismatches (1):\n"
                + "  acme.queue.depth: declared gauge, stored as rate"
                + " (DogStatsD counts are stored as rates)");
  }

  @Test
  void aDeclaredCount_doesNotMatchADogStatsDCount() {
    MetricReport report = DECLARED.compare(List.of(metric("acme.restarts", SubmissionType.COUNT)));

    assertThat(report.typeMismatches())
        .extracting(Object::toString)
        .containsExactly(
            "acme.restarts: declared count, stored as rate (DogStatsD counts are stored as rates)");
  }

  @Test
  void aSetIsAGauge_andATimerIsAHistogram() {
    MetricReport report =
        DECLARED.compare(
            List.of(
                metric("acme.queue.depth", SubmissionType.SET),
                metric("acme.latency", SubmissionType.TIMER)));

    assertThat(report.clean()).as(report.describe()).isTrue();
  }

  @Test
  void aHistogramSentForAGauge_isUndeclaredSeries_andAGaugeSentForAHistogramIsUndeclared() {
    MetricReport report =
        DECLARED.compare(
            List.of(
                metric("acme.queue.depth", SubmissionType.HISTOGRAM),
                metric("acme.latency", SubmissionType.GAUGE)));

    assertThat(report.undeclared())
        .containsExactly(
            "acme.latency",
            "acme.queue.depth.95percentile",
            "acme.queue.depth.avg",
            "acme.queue.depth.count",
            "acme.queue.depth.max",
            "acme.queue.depth.median");
  }

  @Test
  void aHistogramSeriesDeclaredWithAnotherType_isAMismatch() {
    String metadata =
        HEADER + "acme.latency.count,gauge,,,,Latency (samples).,0,acme,latency count,,\n";
    MetricReport report =
        DeclaredMetrics.parse(metadata, "metadata.csv")
            .compare(List.of(metric("acme.latency", SubmissionType.HISTOGRAM)));

    assertThat(report.typeMismatches())
        .extracting(Object::toString)
        .containsExactly(
            "acme.latency.count: declared gauge, stored as rate (submitted as a histogram)");
    assertThat(report.undeclared()).hasSize(4);
  }

  @Test
  void aDistribution_isStoredUnderItsOwnName_asADistribution() {
    MetricReport report =
        DECLARED.compare(
            List.of(
                metric("acme.queue.depth", SubmissionType.DISTRIBUTION),
                metric("acme.latency", SubmissionType.DISTRIBUTION)));

    assertThat(report.typeMismatches())
        .extracting(Object::toString)
        .containsExactly("acme.queue.depth: declared gauge, stored as distribution");
    assertThat(report.undeclared()).containsExactly("acme.latency");
  }

  @Test
  void aDeclaredDistribution_matchesADistribution() {
    String metadata = HEADER + "acme.size,distribution,,byte,,Size.,0,acme,size,,\n";
    MetricReport report =
        DeclaredMetrics.parse(metadata, "metadata.csv")
            .compareSymmetric(List.of(metric("acme.size", SubmissionType.DISTRIBUTION)), Set.of());

    assertThat(report.clean()).as(report.describe()).isTrue();
  }

  @Test
  void sampleTags_mustBeOnEverySubmission() {
    MetricReport report =
        DECLARED.compare(
            List.of(
                metric("acme.pool.size", SubmissionType.GAUGE, "pool:main", "region:eu"),
                metric("acme.pool.size", SubmissionType.GAUGE, "pool:spare", "env:prod")));

    assertThat(report.missingTags())
        .extracting(Object::toString)
        .containsExactly("acme.pool.size: no `region` tag in [pool:spare, env:prod]");
  }

  @Test
  void describe_groupsEveryKind() {
    MetricReport report =
        DECLARED.compareSymmetric(
            List.of(
                metric("acme.queue.depth", SubmissionType.COUNT),
                metric("acme.extra", SubmissionType.GAUGE),
                metric("acme.pool.size", SubmissionType.GAUGE)),
            Set.of("acme.restarts", "acme.messages.received"));

    assertThat(report.describe())
        .isEqualTo(
            String.join(
                "\n",
                "emitted but not declared in metadata.csv (1):",
                "  acme.extra",
                "declared in metadata.csv but never emitted (5):",
                "  acme.latency.95percentile",
                "  acme.latency.avg",
                "  acme.latency.count",
                "  acme.latency.max",
                "  acme.latency.median",
                "type mismatches (1):",
                "  acme.queue.depth: declared gauge, stored as rate"
                    + " (DogStatsD counts are stored as rates)",
                "declared sample tags missing (2):",
                "  acme.pool.size: no `pool` tag in []",
                "  acme.pool.size: no `region` tag in []"));
  }

  @Test
  void read_fromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("metadata.csv");
    Files.writeString(file, METADATA);

    assertThat(DeclaredMetrics.read(file).names()).hasSize(9);
  }

  @Test
  void fromClasspath_missingResource_saysWhichOne() {
    assertThatThrownBy(() -> DeclaredMetrics.fromClasspath("no_such_integration"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("META-INF/datadog/no_such_integration/metadata.csv is not on the class path");
  }

  @Test
  void malformedCsv_isAnErrorWithItsPosition() {
    assertThatThrownBy(() -> DeclaredMetrics.parse(HEADER + "\"acme.x,gauge\n", "bad.csv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("bad.csv");
  }
}
