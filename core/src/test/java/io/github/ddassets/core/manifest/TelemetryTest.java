package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.ManifestFixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelemetryTest {

  @Test
  void manifestDeclarations_andTags_giveTheTelemetry() {
    assertThat(of("{\"assets\": {\"integration\": {\"metrics\": {\"check\": \"acme.up\"}}}}"))
        .isEqualTo(new Telemetry(true, false, false, false));
    assertThat(of("{\"assets\": {\"logs\": {\"source\": \"acme\"}}}"))
        .isEqualTo(new Telemetry(false, true, false, false));
    assertThat(of("{\"assets\": {\"integration\": {\"events\": {\"creates_events\": true}}}}"))
        .isEqualTo(new Telemetry(false, false, true, false));
    assertThat(of("{\"tile\": {\"classifier_tags\": [\"Submitted Data Type::Traces\"]}}"))
        .isEqualTo(new Telemetry(false, false, false, true));
    assertThat(of("{\"tile\": {\"classifier_tags\": [\"Queried Data Type::Metrics\"]}}"))
        .isEqualTo(Telemetry.NONE);
  }

  @Test
  void metadataRows_areMetrics() {
    Telemetry telemetry =
        Telemetry.of(
            ManifestFixtures.parse("{}"),
            Optional.of(ManifestFixtures.metadata(ManifestFixtures.METADATA)));

    assertThat(telemetry.metrics()).isTrue();
    assertThat(telemetry.submitsAny()).isTrue();
    assertThat(Telemetry.NONE.submitsAny()).isFalse();
  }

  private static Telemetry of(String manifest) {
    return Telemetry.of(ManifestFixtures.parse(manifest), Optional.empty());
  }
}
