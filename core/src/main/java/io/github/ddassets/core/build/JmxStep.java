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
import java.util.NoSuchElementException;
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
        List<JmxDeclaration> declarations = byOwner.get(owned.owner());
        if (declarations == null) {
          declarations = new ArrayList<>();
          byOwner.put(owned.owner(), declarations);
        }
        declarations.add(owned.declaration());
      }
    }
    Map<String, JmxMetricsFile> files = new TreeMap<>();
    for (Map.Entry<String, List<JmxDeclaration>> entry : byOwner.entrySet()) {
      String checkClass = entry.getKey();
      List<JmxDeclaration> declarations = entry.getValue();
      IntegrationDeclaration integration = byClass.get(checkClass);
      Optional<JmxMetricsFile> file =
          JmxAssembler.assemble(checkClass, declarations, integration.origin());
      if (file.isEmpty()) {
        continue;
      }
      String name = integration.name();
      IntegrationAssets assets = modelOf(models, name);
      findings.addAll(
          rules.jmxMetrics(file.get(), assets.metadata(), JmxAssembler.notFromJmx(declarations)));
      findings.addAll(templates(integration, configured, rules));
      files.put(name, file.get());
    }
    return files;
  }

  /** The model of the integration named {@code name}, which must be among {@code models}. */
  private static IntegrationAssets modelOf(List<IntegrationAssets> models, String name) {
    for (IntegrationAssets model : models) {
      if (model.identity().name().equals(name)) {
        return model;
      }
    }
    throw new NoSuchElementException("No value present");
  }

  private static List<Finding> templates(
      IntegrationDeclaration integration, List<ConfiguredIntegration> configured, RuleSet rules) {
    ConfiguredIntegration config = configOf(configured, integration.name());
    Optional<String> spec = config == null ? Optional.empty() : config.outcome().spec();
    if (spec.isEmpty()) {
      return rules.jmxSpecTemplates(false, false, integration.origin());
    }
    String example = config.outcome().examples().get("conf.yaml.example");
    if (example != null && isJmxFalse(JmxTemplates.isJmx(example, "conf.yaml.example"))) {
      return List.of(); // as ddev, which skips a hybrid check whose example sets is_jmx: false
    }
    Optional<ConfigDeclaration> section = config.declared().instances();
    if (section.isEmpty()) {
      section = config.declared().initConfig();
    }
    Origin origin = section.isPresent() ? section.get().origin() : integration.origin();
    try {
      JmxTemplates used = JmxTemplates.of(YamlReader.read(spec.get(), "spec.yaml"));
      return rules.jmxSpecTemplates(used.initConfig(), used.instances(), origin);
    } catch (YamlSyntaxException e) {
      return List.of(); // the generated spec is always YAML; its own checks would say otherwise
    }
  }

  /** The first of {@code configured} named {@code name}; null when there is none. */
  private static ConfiguredIntegration configOf(
      List<ConfiguredIntegration> configured, String name) {
    for (ConfiguredIntegration config : configured) {
      if (config.name().equals(name)) {
        return config;
      }
    }
    return null;
  }

  private static boolean isJmxFalse(Optional<Boolean> isJmx) {
    return isJmx.isPresent() && !isJmx.get();
  }
}
