package io.github.ddassets.core.build;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.declare.AutoConfDeclaration;
import io.github.ddassets.core.declare.ConfigAssembler;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.ConfigSection;
import io.github.ddassets.core.declare.DeclaredConfig;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.LogsDeclaration;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Groups the collected configuration by integration (one of each kind at most), then builds each
 * integration's spec and example files.
 */
final class ConfigStep {

  private ConfigStep() {}

  /**
   * @param collected what the sources declare
   * @param byClass the integrations that passed their own checks, by check class
   * @param templates the templates specs are resolved with
   * @param findings where findings go
   */
  static List<ConfiguredIntegration> run(
      Declarations collected,
      Map<String, IntegrationDeclaration> byClass,
      ConfigTemplates templates,
      List<Finding> findings) {
    Map<String, Parts> parts = new HashMap<>();
    for (Owned<ConfigDeclaration> config : sorted(collected.configs(), ConfigDeclaration::origin)) {
      if (IntegrationStep.isOwned(config, byClass, findings)) {
        Parts owner = parts.computeIfAbsent(config.owner(), name -> new Parts());
        String annotation = config.declaration().section().annotation();
        if (config.declaration().section() == ConfigSection.INIT_CONFIG) {
          owner.init = unique(owner.init, config, annotation, byClass, findings);
        } else {
          owner.instances = unique(owner.instances, config, annotation, byClass, findings);
        }
      }
    }
    for (Owned<LogsDeclaration> logs : sorted(collected.logs(), LogsDeclaration::origin)) {
      if (IntegrationStep.isOwned(logs, byClass, findings)) {
        Parts owner = parts.computeIfAbsent(logs.owner(), name -> new Parts());
        owner.logs = unique(owner.logs, logs, "Logs", byClass, findings);
      }
    }
    for (Owned<AutoConfDeclaration> autoConf :
        sorted(collected.autoConfs(), AutoConfDeclaration::origin)) {
      if (IntegrationStep.isOwned(autoConf, byClass, findings)) {
        Parts owner = parts.computeIfAbsent(autoConf.owner(), name -> new Parts());
        owner.autoConf = unique(owner.autoConf, autoConf, "AutoConf", byClass, findings);
      }
    }
    List<ConfiguredIntegration> configured = new ArrayList<>();
    byClass.forEach(
        (checkClass, integration) -> {
          Parts declared = parts.getOrDefault(checkClass, new Parts());
          DeclaredConfig config =
              new DeclaredConfig(
                  integration,
                  Optional.ofNullable(declared.init),
                  Optional.ofNullable(declared.instances),
                  Optional.ofNullable(declared.logs),
                  Optional.ofNullable(declared.autoConf));
          if (config.declaresAny()) {
            ConfiguredIntegration result =
                new ConfiguredIntegration(
                    checkClass, config, ConfigAssembler.assemble(config, templates));
            findings.addAll(result.outcome().findings());
            configured.add(result);
          }
        });
    configured.sort(Comparator.comparing(ConfiguredIntegration::name));
    return configured;
  }

  /** Keeps the first declaration of a kind; a second one is a finding. */
  private static <T> T unique(
      T first,
      Owned<T> next,
      String annotation,
      Map<String, IntegrationDeclaration> byClass,
      List<Finding> findings) {
    if (first == null) {
      return next.declaration();
    }
    Origin origin = next.ownerOrigin();
    findings.add(
        Rule.SOURCE_CONFIG_DUPLICATE.at(
            origin, annotation, byClass.get(next.owner()).name(), describe(first)));
    return first;
  }

  private static String describe(Object declaration) {
    if (declaration instanceof ConfigDeclaration config) {
      return config.typeName();
    }
    if (declaration instanceof LogsDeclaration logs) {
      return logs.origin().describe();
    }
    return ((AutoConfDeclaration) declaration).origin().describe();
  }

  private static <T> List<Owned<T>> sorted(List<Owned<T>> owned, Function<T, Origin> origin) {
    List<Owned<T>> copy = new ArrayList<>(owned);
    copy.sort(Comparator.comparing(item -> origin.apply(item.declaration()).sortKey()));
    return copy;
  }

  /** The declarations of one integration, as they are grouped. */
  private static final class Parts {
    ConfigDeclaration init;
    ConfigDeclaration instances;
    LogsDeclaration logs;
    AutoConfDeclaration autoConf;
  }
}
