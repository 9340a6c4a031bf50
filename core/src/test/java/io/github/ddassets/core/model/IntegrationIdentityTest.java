package io.github.ddassets.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntegrationIdentityTest {

  @Test
  void normalizedDisplayName_comesFromTheSourceTypeName() {
    IntegrationIdentity identity =
        new IntegrationIdentity("bind9", "BIND 9", "bind9.", Origin.NONE);

    assertThat(identity.normalizedDisplayName()).isEqualTo("bind_9");
  }

  @Test
  void normalizedDisplayName_fallsBackToTheFolderName() {
    IntegrationIdentity identity =
        new IntegrationIdentity("Aerospike.Enterprise", null, null, Origin.NONE);

    assertThat(identity.normalizedDisplayName()).isEqualTo("aerospike_enterprise");
  }
}
