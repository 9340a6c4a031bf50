package io.github.ddassets.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.ManifestFixtures;
import org.junit.jupiter.api.Test;

class IntegrationKindTest {

  @Test
  void specOrAgentFiles_makeAnAgentIntegration_evenWithOauth() {
    assertThat(
            kind(
                "{\"assets\": {\"integration\": {\"configuration\": {\"spec\": \"s.yaml\"}}}}",
                false))
        .isEqualTo(IntegrationKind.AGENT);
    assertThat(kind("{\"oauth\": {}}", true)).isEqualTo(IntegrationKind.AGENT);
  }

  @Test
  void oauthWithoutAgentConfiguration_makesAnApiIntegration() {
    assertThat(kind("{\"oauth\": {}}", false)).isEqualTo(IntegrationKind.API);
    assertThat(kind("{\"assets\": {\"oauth\": \"assets/oauth_clients.json\"}}", false))
        .isEqualTo(IntegrationKind.API);
  }

  @Test
  void neither_isAnotherKind() {
    assertThat(kind("{\"assets\": {\"integration\": {\"configuration\": {}}}}", false))
        .isEqualTo(IntegrationKind.OTHER);
  }

  private static IntegrationKind kind(String manifest, boolean agentFiles) {
    return IntegrationKind.of(ManifestFixtures.parse(manifest), agentFiles);
  }
}
