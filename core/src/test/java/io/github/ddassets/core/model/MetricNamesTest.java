package io.github.ddassets.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Examples follow asset-rules.md section 1.4 (Datadog's backend normalization). */
class MetricNamesTest {

  @Test
  void validName_isUnchanged() {
    assertThat(MetricNames.normalize("acme.queue_depth.p95")).isEqualTo("acme.queue_depth.p95");
  }

  @Test
  void runsOfOtherCharacters_becomeOneUnderscore() {
    assertThat(MetricNames.normalize("acme.queue-depth")).isEqualTo("acme.queue_depth");
    assertThat(MetricNames.normalize("acme.queue  -- depth")).isEqualTo("acme.queue_depth");
    assertThat(MetricNames.normalize("acme.caf\u00e9s")).isEqualTo("acme.caf_s");
  }

  @Test
  void leadingNonLetters_areReplacedThenStripped() {
    assertThat(MetricNames.normalize("1acme.up")).isEqualTo("acme.up");
    assertThat(MetricNames.normalize("_acme.up")).isEqualTo("acme.up");
    assertThat(MetricNames.normalize("9.5")).isEmpty();
  }

  @Test
  void underscoresAroundADot_collapseToTheDot() {
    assertThat(MetricNames.normalize("acme_.queue")).isEqualTo("acme.queue");
    assertThat(MetricNames.normalize("acme._queue")).isEqualTo("acme.queue");
    assertThat(MetricNames.normalize("acme-.-queue")).isEqualTo("acme.queue");
  }

  @Test
  void trailingUnderscores_areStripped() {
    assertThat(MetricNames.normalize("acme.queue_")).isEqualTo("acme.queue");
    assertThat(MetricNames.normalize("acme.queue!")).isEqualTo("acme.queue");
  }

  @Test
  void doubleAndTrailingDots_areNotCaught() {
    assertThat(MetricNames.normalize("acme..queue")).isEqualTo("acme..queue");
    assertThat(MetricNames.normalize("acme.queue.")).isEqualTo("acme.queue.");
  }

  @Test
  void ownPrefix_isAPlainStringPrefix() {
    assertThat(MetricNames.hasAllowedPrefix("acme.up", "acme.")).isTrue();
    assertThat(MetricNames.hasAllowedPrefix("acmex.up", "acme")).isTrue();
    assertThat(MetricNames.hasAllowedPrefix("acmex.up", "acme.")).isFalse();
  }

  @Test
  void globalPrefixes_areAllowedForEveryIntegration() {
    assertThat(MetricNames.GLOBAL_PREFIXES)
        .containsExactly(
            "system.", "jvm.", "http.", "datadog.", "sftp.", "process.", "runtime.", "otelcol_");
    assertThat(MetricNames.hasAllowedPrefix("otelcol_receiver_accepted", "acme.")).isTrue();
    assertThat(MetricNames.hasAllowedPrefix("jvm.heap", null)).isTrue();
    assertThat(MetricNames.hasAllowedPrefix("jvmx.heap", "acme.")).isFalse();
  }

  @Test
  void emptyPrefix_allowsOnlyGlobalPrefixes() {
    assertThat(MetricNames.hasAllowedPrefix("acme.up", "")).isFalse();
    assertThat(MetricNames.hasAllowedPrefix("system.cpu", "")).isTrue();
  }
}
