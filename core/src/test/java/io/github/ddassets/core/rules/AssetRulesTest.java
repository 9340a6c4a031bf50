package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.read.ServiceChecksReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetRulesTest {

  private static final IntegrationIdentity ACME =
      new IntegrationIdentity("acme", "Acme", "acme.", Origin.NONE);

  @Test
  void bothFiles_giveMetadataFindingsFirst() {
    IntegrationAssets assets =
        new IntegrationAssets(
            ACME,
            MetadataReader.parse("", "metadata.csv").value(),
            ServiceChecksReader.parse("{}\n", "service_checks.json").value());

    assertThat(AssetRules.check(assets))
        .extracting(Finding::rule)
        .containsExactly(Rule.METADATA_EMPTY_FILE, Rule.SERVICE_CHECKS_EMPTY_OBJECT);
  }

  @Test
  void noFiles_giveNoFinding() {
    assertThat(AssetRules.check(new IntegrationAssets(ACME, Optional.empty(), Optional.empty())))
        .isEmpty();
  }

  @Test
  void onlyServiceChecks_areChecked() {
    IntegrationAssets assets =
        new IntegrationAssets(
            ACME,
            Optional.empty(),
            ServiceChecksReader.parse("[1]", "service_checks.json").value());

    assertThat(AssetRules.check(assets))
        .extracting(Finding::rule)
        .containsExactly(Rule.SERVICE_CHECKS_ENTRY_NOT_OBJECT);
  }
}
