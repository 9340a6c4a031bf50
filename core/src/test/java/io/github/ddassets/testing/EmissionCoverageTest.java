package io.github.ddassets.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage over several tests of a run: what no test emitted, and the threshold that fails. */
class EmissionCoverageTest {

  private static final String METADATA =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
          + "integration,short_name,curated_metric\n"
          + "acme.queue.depth,gauge,,message,,Messages waiting.,-1,acme,queue depth,\n"
          + "acme.latency.95percentile,gauge,,millisecond,,Latency (p95).,-1,acme,p95,\n"
          + "acme.latency.avg,gauge,,millisecond,,Latency (average).,-1,acme,avg,\n"
          + "acme.latency.count,rate,,,,Latency (samples).,0,acme,count,\n"
          + "acme.latency.max,gauge,,millisecond,,Latency (maximum).,-1,acme,max,\n"
          + "acme.latency.median,gauge,,millisecond,,Latency (median).,-1,acme,median,\n"
          + "acme.restarts,rate,,,,Restarts.,-1,acme,restarts,\n";

  private static EmissionCoverage coverage() {
    return EmissionCoverage.of(
        DeclaredMetrics.parse(METADATA, "metadata.csv"), DeclaredServiceChecksTest.DECLARED);
  }

  /** What one test of a run received, as DogStatsD datagrams. */
  private static DogStatsDLines.Submissions received(String... lines) {
    return DogStatsDLines.parse(List.of(String.join("\n", lines)));
  }

  @Test
  void testsOfARun_addUp() {
    EmissionCoverage coverage = coverage();

    coverage.record(received("acme.queue.depth:3|g", "_sc|acme.can_connect|0|#host:a,port:1"));
    CoverageReport first = coverage.report();
    coverage.record(received("acme.latency:12|h", "acme.undeclared:1|g"));
    CoverageReport both = coverage.report();

    assertThat(first.neverEmittedMetrics())
        .containsExactly(
            "acme.latency.95percentile",
            "acme.latency.avg",
            "acme.latency.count",
            "acme.latency.max",
            "acme.latency.median",
            "acme.restarts");
    assertThat(both.neverEmittedMetrics()).containsExactly("acme.restarts");
    assertThat(both.neverEmittedServiceChecks()).containsExactly("acme.replication");
    assertThat(both.coverage()).isEqualTo(7 / 9.0);
    assertThat(both.describe())
        .isEqualTo(
            """
            emitted 7 of 9 declarations (77.8%): 6 of 7 metrics, 1 of 2 service checks
            metrics never emitted (1):
              acme.restarts
            service checks never submitted (1):
              acme.replication\
            """);
  }

  @Test
  void failUnder_failsBelowTheThreshold_andPassesAtIt() {
    EmissionCoverage coverage = coverage();
    coverage.record(
        received(
            "acme.queue.depth:3|g",
            "acme.latency:12|h",
            "acme.restarts:1|c",
            "_sc|acme.can_connect|2|#host:a,port:1"));
    CoverageReport report = coverage.report();

    assertThat(report.coverage()).isEqualTo(8 / 9.0);
    assertThatThrownBy(() -> report.failUnder(1.0))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            """
            emission coverage is under 100.0%
            emitted 8 of 9 declarations (88.9%): 7 of 7 metrics, 1 of 2 service checks
            service checks never submitted (1):
              acme.replication\
            """);
    report.failUnder(0.85);
    report.failUnder(8 / 9.0);
  }

  @Test
  void failUnder_refusesAThresholdThatIsNotAShare() {
    CoverageReport report = coverage().report();

    assertThatThrownBy(() -> report.failUnder(90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the threshold is a share from 0 to 1, not 90.0");
  }

  @Test
  void nothingRecorded_coversNothing() {
    CoverageReport report = coverage().report();

    assertThat(report.coverage()).isZero();
    assertThat(report.neverEmittedMetrics()).hasSize(7);
    assertThat(report.neverEmittedServiceChecks()).hasSize(2);
    assertThatThrownBy(() -> report.failUnder(0.01)).isInstanceOf(AssertionError.class);
    report.failUnder(0);
  }
}
