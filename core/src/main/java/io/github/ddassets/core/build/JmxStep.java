package io.github.ddassets.core.build;

import io.github.ddassets.core.config.JmxTemplates;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.JmxAssembler;
import io.github.ddassets.core.declare.JmxDeclaration;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.RuleSet;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makes the {@code metrics.yaml} of each integration that declares JMX rules and checks it: its
 * rules, its agreement with the integration's metrics, and ddev's demand that the configuration
 * uses the jmx templates.
 */
final class JmxStep {

  private JmxStep() {}

  /**
   * The JMX files by integration name.
   *
   * @param collected the declarations
   * @param byClass the integrations that could be built, by check class
   * @param models their metadata and service-check models
   * @param configured the integrations that declare configuration
   * @param rules the rules
   * @param findings where findings go
   */
  static Map<String, JmxMetricsFile> run(
      Declarations collected,
      Map<String, IntegrationDeclaration> byClass,
      List<IntegrationAssets> models,
      List<ConfiguredIntegration> configured,
      RuleSet rules,
      List<Finding> findings) {
    Map<String, List<JmxDeclaration>> byOwner = new TreeMap<>();
    for (Owned<JmxDeclaration> owned : collected.jmx()) {
      if (IntegrationStep.isOwned(owned, byClass, findings)) {
        byOwner.computeIfAbsent(owned.owner(), owner -> new ArrayList<>()).add(owned.declaration());
      }
    }
    Map<String, JmxMetricsFile> files = new TreeMap<>();
    byOwner.forEach(
        (checkClass, declarations) -> {
          IntegrationDeclaration integration = byClass.get(checkClass);
          Optional<JmxMetricsFile> file =
              JmxAssembler.assemble(checkClass, declarations, integration.origin());
          if (file.isEmpty()) {
            return;
          }
          String name = integration.name();
          IntegrationAssets assets =
              models.stream()
                  .filter(m -> m.identity().name().equals(name))
                  .findFirst()
                  .orElseThrow();
          findings.addAll(
              rules.jmxMetrics(
                  file.get(), assets.metadata(), JmxAssembler.notFromJmx(declarations)));
          findings.addAll(templates(integration, configured, rules));
          files.put(name, file.get());
        });
    return files;
  }

  private static List<Finding> templates(
      IntegrationDeclaration integration, List<ConfiguredIntegration> configured, RuleSet rules) {
    Optional<ConfiguredIntegration> config =
        configured.stream().filter(c -> c.name().equals(integration.name())).findFirst();
    Optional<String> spec = config.flatMap(c -> c.outcome().spec());
    if (spec.isEmpty()) {
      return rules.jmxSpecTemplates(false, false, integration.origin());
    }
    String example = config.get().outcome().examples().get("conf.yaml.example");
    if (example != null
        && JmxTemplates.isJmx(example, "conf.yaml.example").filter(isJmx -> !isJmx).isPresent()) {
      return List.of(); // as ddev, which skips a hybrid check whose example sets is_jmx: false
    }
    Origin origin =
        config
            .get()
            .declared()
            .instances()
            .or(() -> config.get().declared().initConfig())
            .map(ConfigDeclaration::origin)
            .orElse(integration.origin());
    try {
      JmxTemplates used = JmxTemplates.of(YamlReader.read(spec.get(), "spec.yaml"));
      return rules.jmxSpecTemplates(used.initConfig(), used.instances(), origin);
    } catch (YamlSyntaxException e) {
      return List.of(); // the generated spec is always YAML; its own checks would say otherwise
    }
  }
}
