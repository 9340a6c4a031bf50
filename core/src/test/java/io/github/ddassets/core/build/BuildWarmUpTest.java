package io.github.ddassets.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.rules.RuleSet;
import org.junit.jupiter.api.Test;

/**
 * The warm-up's fixed integration must build cleanly: a finding would end its build before the code
 * it is there to run (rendering, the manifest) is reached.
 */
class BuildWarmUpTest {

  @Test
  void theFixedIntegration_buildsEveryFileWithoutAFinding_underStrict() {
    BuildSettings settings = BuildWarmUp.settings(ConfigTemplates.builtIn());

    BuildOutcome outcome =
        new AssetBuild(settings, BaseManifestSource.NONE, RuleSet.standard())
            .build(BuildWarmUp.declarations());

    assertThat(outcome.report().items()).isEmpty();
    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.integrations())
        .singleElement()
        .satisfies(
            integration ->
                assertThat(integration.files().files().keySet())
                    .contains(
                        "metadata.csv",
                        "assets/service_checks.json",
                        "assets/configuration/spec.yaml",
                        "datadog_checks/warm_up/data/conf.yaml.example",
                        "manifest.json"));
    assertThat(BuildWarmUp.configure(ConfigTemplates.builtIn(), RuleSet.standard())).hasSize(1);
  }
}
