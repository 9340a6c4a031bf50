package io.github.ddassets.core.declare;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything declared in code about one integration's configuration.
 *
 * @param integration the {@code @Integration} declaration
 * @param initConfig its {@code @InitConfig} type, if any
 * @param instances its {@code @InstanceConfig} type, if any
 * @param logs its {@code @Logs} section, if any
 * @param autoConf its {@code @AutoConf} file, if any
 */
public record DeclaredConfig(
    IntegrationDeclaration integration,
    Optional<ConfigDeclaration> initConfig,
    Optional<ConfigDeclaration> instances,
    Optional<LogsDeclaration> logs,
    Optional<AutoConfDeclaration> autoConf) {

  public DeclaredConfig {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(initConfig, "initConfig");
    Objects.requireNonNull(instances, "instances");
    Objects.requireNonNull(logs, "logs");
    Objects.requireNonNull(autoConf, "autoConf");
  }

  /** Whether the integration declares any configuration (and so gets a spec). */
  public boolean declaresAny() {
    return initConfig.isPresent()
        || instances.isPresent()
        || logs.isPresent()
        || autoConf.isPresent();
  }

  /** The declaration of one section, if any. */
  public Optional<ConfigDeclaration> section(ConfigSection section) {
    return section == ConfigSection.INIT_CONFIG ? initConfig : instances;
  }
}
