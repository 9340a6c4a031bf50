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

/**
 * Groups the collected configuration by integration (one of each kind at most), then builds each
 * integration's spec and example files.
 */
final class ConfigStep {

  /** Integrations by name. */
  private static final Comparator<ConfiguredIntegration> BY_NAME =
      new Comparator<>() {
        @Override
        public int compare(ConfiguredIntegration a, ConfiguredIntegration b) {
          return a.name().compareTo(b.name());
        }
      };

  /** Declarations in the order of where they are written. */
  private static final Comparator<Owned<?>> BY_ORIGIN =
      new Comparator<>() {
        @Override
        public int compare(Owned<?> a, Owned<?> b) {
          return origin(a.declaration()).sortKey().compareTo(origin(b.declaration()).sortKey());
        }
      };

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
    for (Owned<ConfigDeclaration> config : sorted(collected.configs())) {
      if (IntegrationStep.isOwned(config, byClass, findings)) {
        Parts owner = partsOf(parts, config.owner());
        String annotation = config.declaration().section().annotation();
        if (config.declaration().section() == ConfigSection.INIT_CONFIG) {
          owner.init = unique(owner.init, config, annotation, byClass, findings);
        } else {
          owner.instances = unique(owner.instances, config, annotation, byClass, findings);
        }
      }
    }
    for (Owned<LogsDeclaration> logs : sorted(collected.logs())) {
      if (IntegrationStep.isOwned(logs, byClass, findings)) {
        Parts owner = partsOf(parts, logs.owner());
        owner.logs = unique(owner.logs, logs, "Logs", byClass, findings);
      }
    }
    for (Owned<AutoConfDeclaration> autoConf : sorted(collected.autoConfs())) {
      if (IntegrationStep.isOwned(autoConf, byClass, findings)) {
        Parts owner = partsOf(parts, autoConf.owner());
        owner.autoConf = unique(owner.autoConf, autoConf, "AutoConf", byClass, findings);
      }
    }
    List<ConfiguredIntegration> configured = new ArrayList<>();
    for (Map.Entry<String, IntegrationDeclaration> integration : byClass.entrySet()) {
      String checkClass = integration.getKey();
      Parts declared = parts.getOrDefault(checkClass, new Parts());
      DeclaredConfig config =
          new DeclaredConfig(
              integration.getValue(),
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
    }
    configured.sort(BY_NAME);
    return configured;
  }

  /** The parts of an owner, added empty the first time. */
  private static Parts partsOf(Map<String, Parts> parts, String owner) {
    Parts owned = parts.get(owner);
    if (owned == null) {
      owned = new Parts();
      parts.put(owner, owned);
    }
    return owned;
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

  private static <T> List<Owned<T>> sorted(List<Owned<T>> owned) {
    List<Owned<T>> copy = new ArrayList<>(owned);
    copy.sort(BY_ORIGIN);
    return copy;
  }

  private static Origin origin(Object declaration) {
    if (declaration instanceof ConfigDeclaration config) {
      return config.origin();
    }
    if (declaration instanceof LogsDeclaration logs) {
      return logs.origin();
    }
    return ((AutoConfDeclaration) declaration).origin();
  }

  /** The declarations of one integration, as they are grouped. */
  private static final class Parts {
    ConfigDeclaration init;
    ConfigDeclaration instances;
    LogsDeclaration logs;
    AutoConfDeclaration autoConf;
  }
}
