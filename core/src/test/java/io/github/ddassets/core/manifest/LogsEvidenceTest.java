package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogsEvidenceTest {

  @Test
  void logsSectionInTheExample_orTheReadme_isLogs() {
    assertThat(LogsEvidence.of(Optional.of("# logs:\n#  - type: file\n"), Optional.empty(), false))
        .isEqualTo(LogsEvidence.HAS_LOGS);
    assertThat(LogsEvidence.of(Optional.empty(), Optional.of("### Log collection\n"), true))
        .isEqualTo(LogsEvidence.HAS_LOGS);
    assertThat(LogsEvidence.of(Optional.empty(), Optional.of("## Logs\n"), true))
        .isEqualTo(LogsEvidence.HAS_LOGS);
  }

  @Test
  void exampleIsReadAsIs_theReadmeInAnyCase() {
    // ddev lower-cases the README only.
    assertThat(LogsEvidence.of(Optional.of("# Logs:\n"), Optional.of("## Setup\n"), true))
        .isEqualTo(LogsEvidence.NO_LOGS);
    assertThat(LogsEvidence.of(Optional.empty(), Optional.of("## LOGS\n"), true))
        .isEqualTo(LogsEvidence.HAS_LOGS);
  }

  @Test
  void noSection_isNoLogsWhenTheReadmeWasSeen_elseUnknown() {
    Optional<String> example = Optional.of("instances:\n  - url: x\n");

    assertThat(LogsEvidence.of(example, Optional.of("## Setup\n"), true))
        .isEqualTo(LogsEvidence.NO_LOGS);
    assertThat(LogsEvidence.of(example, Optional.empty(), true)).isEqualTo(LogsEvidence.NO_LOGS);
    assertThat(LogsEvidence.of(example, Optional.empty(), false)).isEqualTo(LogsEvidence.UNKNOWN);
  }
}
