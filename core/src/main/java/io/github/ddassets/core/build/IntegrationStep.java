package io.github.ddassets.core.build;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.declare.AssetAssembler;
import io.github.ddassets.core.declare.DeclaredIntegration;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.MetricDeclaration;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.declare.ServiceCheckDeclaration;
import io.github.ddassets.core.declare.Vocabulary.Integration;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.output.IntegrationNames;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns everything collected over the rounds into one model per integration and checks it:
 * ownership of each metric and service check, integration names, then every asset rule.
 */
final class IntegrationStep {

  /**
   * The outcome: the models of the integrations that could be built, their configuration, and all
   * findings.
   *
   * @param integrations the models, sorted by integration name
   * @param declarations the declarations of those integrations, by check class
   * @param configured the integrations that declare configuration, sorted by name
   * @param findings every finding, sources first
   * @param jmx the metrics.yaml of the integrations that declare JMX rules, by integration name
   */
  record Outcome(
      List<IntegrationAssets> integrations,
      Map<String, IntegrationDeclaration> declarations,
      List<ConfiguredIntegration> configured,
      List<Finding> findings,
      Map<String, JmxMetricsFile> jmx) {

    /** The configuration of an integration, if it declares any. */
    Optional<ConfiguredIntegration> configOf(String integration) {
      for (ConfiguredIntegration config : configured) {
        if (config.name().equals(integration)) {
          return Optional.of(config);
        }
      }
      return Optional.empty();
    }
  }

  /** The order of the models: by integration name. */
  private static final Comparator<IntegrationAssets> BY_NAME =
      new Comparator<>() {
        @Override
        public int compare(IntegrationAssets a, IntegrationAssets b) {
          return a.identity().name().compareTo(b.identity().name());
        }
      };

  private IntegrationStep() {}

  /**
   * The integrations and their configuration alone, without metrics, service checks or JMX rules:
   * what a compilation round must know before it generates configuration loaders. Leaving the rest
   * to the last round keeps the first round short, which is when the processor's code runs cold.
   */
  static Outcome configuration(Declarations collected, ConfigTemplates templates) {
    List<Finding> findings = new ArrayList<>(collected.findings());
    Map<String, IntegrationDeclaration> byClass = integrationsByClass(collected, findings);
    List<ConfiguredIntegration> configured =
        ConfigStep.run(collected, byClass, templates, findings);
    return new Outcome(List.of(), byClass, configured, findings, Map.of());
  }

  static Outcome run(
      Declarations collected,
      String defaultAgentVersion,
      ConfigTemplates templates,
      RuleSet rules) {
    List<Finding> findings = new ArrayList<>(collected.findings());
    Map<String, IntegrationDeclaration> byClass = integrationsByClass(collected, findings);
    Map<String, List<MetricDeclaration>> metrics = new TreeMap<>();
    Map<String, List<ServiceCheckDeclaration>> checks = new TreeMap<>();
    for (Owned<MetricDeclaration> metric : collected.metrics()) {
      if (isOwned(metric, byClass, findings)) {
        add(metrics, metric);
      }
    }
    for (Owned<ServiceCheckDeclaration> check : collected.serviceChecks()) {
      if (isOwned(check, byClass, findings)) {
        add(checks, check);
      }
    }
    List<IntegrationAssets> models = new ArrayList<>();
    for (Map.Entry<String, IntegrationDeclaration> entry : byClass.entrySet()) {
      DeclaredIntegration declared =
          new DeclaredIntegration(
              entry.getValue(),
              metrics.getOrDefault(entry.getKey(), List.of()),
              checks.getOrDefault(entry.getKey(), List.of()));
      IntegrationAssets assets = AssetAssembler.assemble(declared, defaultAgentVersion);
      findings.addAll(rules.assets(assets));
      models.add(assets);
    }
    models.sort(BY_NAME);
    List<ConfiguredIntegration> configured =
        ConfigStep.run(collected, byClass, templates, findings);
    Map<String, JmxMetricsFile> jmx =
        JmxStep.run(collected, byClass, models, configured, rules, findings);
    return new Outcome(models, byClass, configured, findings, jmx);
  }

  /** Adds a declaration to the list of its owner's. */
  private static <T> void add(Map<String, List<T>> byOwner, Owned<T> owned) {
    List<T> declarations = byOwner.get(owned.owner());
    if (declarations == null) {
      declarations = new ArrayList<>();
      byOwner.put(owned.owner(), declarations);
    }
    declarations.add(owned.declaration());
  }

  /** The integrations with a safe and unique name, by class; the others become findings. */
  private static Map<String, IntegrationDeclaration> integrationsByClass(
      Declarations collected, List<Finding> findings) {
    Map<String, IntegrationDeclaration> byClass = new TreeMap<>();
    Map<String, IntegrationDeclaration> byName = new TreeMap<>();
    // By check class, whatever order the classes were collected in.
    Map<String, List<IntegrationDeclaration>> sorted = new TreeMap<>(collected.integrations());
    for (Map.Entry<String, List<IntegrationDeclaration>> entry : sorted.entrySet()) {
      IntegrationDeclaration integration = entry.getValue().get(0);
      String name = integration.name();
      var problem = IntegrationNames.problem(name);
      if (problem.isPresent()) {
        findings.add(
            Rule.INTEGRATION_NAME_UNSAFE.at(
                integration.origin().attribute(Integration.NAME), name, problem.get()));
        continue;
      }
      IntegrationDeclaration first = byName.putIfAbsent(name, integration);
      if (first != null) {
        findings.add(
            Rule.SOURCE_DUPLICATE_INTEGRATION.at(
                integration.origin().attribute(Integration.NAME), name, first.origin().describe()));
        continue;
      }
      byClass.put(entry.getKey(), integration);
    }
    return byClass;
  }

  /** Whether a declaration belongs to a known integration; if not, says why as a finding. */
  static boolean isOwned(
      Owned<?> owned, Map<String, IntegrationDeclaration> byClass, List<Finding> findings) {
    if (owned.owner() == null) {
      findings.add(
          Rule.SOURCE_NO_INTEGRATION.at(owned.ownerOrigin(), owned.ownerOrigin().describe()));
      return false;
    }
    if (byClass.containsKey(owned.owner())) {
      return true;
    }
    if (owned.explicit()) {
      findings.add(
          Rule.SOURCE_CHECK_NOT_INTEGRATION.at(owned.ownerOrigin(), simpleName(owned.owner())));
    }
    // An enclosing integration missing from the map was refused (unsafe or duplicate name).
    return false;
  }

  private static String simpleName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
