package io.github.ddassets.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DogStatsDLinesTest {

  @Test
  void parse_readsMetricsAndServiceChecks_severalLinesADatagram() {
    DogStatsDLines.Submissions submissions =
        DogStatsDLines.parse(
            List.of(
                "acme.queue.depth:12|g|#env:prod,queue:orders\nacme.latency:3.5|h|@0.5",
                "_sc|acme.can_connect|0|#env:prod",
                "_e{5,4}:title|text",
                "acme.requests:1|c|#env:prod|c:ci-123|T1700000000\n"));

    assertThat(submissions.metrics())
        .containsExactly(
            new SubmittedMetric(
                "acme.queue.depth", SubmissionType.GAUGE, List.of("env:prod", "queue:orders")),
            new SubmittedMetric("acme.latency", SubmissionType.HISTOGRAM, List.of()),
            new SubmittedMetric("acme.requests", SubmissionType.COUNT, List.of("env:prod")));
    assertThat(submissions.serviceChecks())
        .containsExactly(new SubmittedServiceCheck("acme.can_connect", 0, List.of("env:prod"), ""));
  }

  @Test
  void serviceCheck_messageRunsToTheEndOfTheLine() {
    SubmittedServiceCheck check =
        DogStatsDLines.serviceCheck(
            "_sc|acme.can_connect|2|d:1700000000|h:web1|#env:prod|m:refused | retry\\nlater");

    assertThat(check)
        .isEqualTo(
            new SubmittedServiceCheck(
                "acme.can_connect", 2, List.of("env:prod"), "refused | retry\nlater"));
  }

  @Test
  void everyType_hasItsCode() {
    assertThat(List.of("g", "c", "h", "ms", "s", "d").stream().map(SubmissionType::ofCode))
        .containsExactly(
            SubmissionType.GAUGE,
            SubmissionType.COUNT,
            SubmissionType.HISTOGRAM,
            SubmissionType.TIMER,
            SubmissionType.SET,
            SubmissionType.DISTRIBUTION);
  }

  @Test
  void histogramSeries_areTheAgentDefaults() {
    assertThat(SubmissionType.HISTOGRAM.series("acme.latency"))
        .containsExactly(
            new SubmissionType.AgentSeries("acme.latency.95percentile", "gauge"),
            new SubmissionType.AgentSeries("acme.latency.avg", "gauge"),
            new SubmissionType.AgentSeries("acme.latency.count", "rate"),
            new SubmissionType.AgentSeries("acme.latency.max", "gauge"),
            new SubmissionType.AgentSeries("acme.latency.median", "gauge"));
  }

  @Test
  void badLines_areErrorsNamingTheLine() {
    assertThatThrownBy(() -> DogStatsDLines.metric("acme.x:1|q"))
        .hasMessage("unknown DogStatsD metric type `q` in `acme.x:1|q`");
    assertThatThrownBy(() -> DogStatsDLines.metric("acme.x"))
        .hasMessage("not a DogStatsD metric: `acme.x`");
    assertThatThrownBy(() -> DogStatsDLines.serviceCheck("_sc|acme.up|ok"))
        .hasMessage("service check status is not a number: `_sc|acme.up|ok`");
  }
}
