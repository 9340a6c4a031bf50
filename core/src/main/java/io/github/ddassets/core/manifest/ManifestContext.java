package io.github.ddassets.core.manifest;

import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * What the manifest rules need to know beyond the manifest: the integration's other files, for the
 * rules that tie the files together.
 *
 * @param assets the integration's identity, metadata.csv and service_checks.json (as read, or as
 *     generated)
 * @param specName the top-level {@code name} of the configuration spec, if the integration has one
 * @param logs whether the integration collects logs
 * @param agentConfigFiles whether the integration has a configuration spec or example file
 * @param folder the files the manifest names
 */
public record ManifestContext(
    IntegrationAssets assets,
    Optional<SpecName> specName,
    LogsEvidence logs,
    boolean agentConfigFiles,
    AssetFolder folder) {

  /**
   * The {@code name} at the top of a configuration spec.
   *
   * @param name its value
   * @param origin where it is written
   */
  public record SpecName(String name, Origin origin) {
    public SpecName {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(origin, "origin");
    }
  }

  public ManifestContext {
    Objects.requireNonNull(assets, "assets");
    Objects.requireNonNull(specName, "specName");
    Objects.requireNonNull(logs, "logs");
    Objects.requireNonNull(folder, "folder");
  }

  /**
   * A context that knows only the integration's metadata and service checks: no spec, logs unknown,
   * no Agent configuration, no folder.
   */
  public static ManifestContext of(IntegrationAssets assets) {
    return new ManifestContext(
        assets, Optional.empty(), LogsEvidence.UNKNOWN, false, AssetFolder.UNKNOWN);
  }

  /** This context with the configuration spec's name; a spec is Agent configuration. */
  public ManifestContext withSpecName(SpecName name) {
    return new ManifestContext(assets, Optional.of(name), logs, true, folder);
  }

  /** This context with what is known of the integration's logs. */
  public ManifestContext withLogs(LogsEvidence evidence) {
    return new ManifestContext(assets, specName, evidence, agentConfigFiles, folder);
  }

  /** This context with a folder that tells which files exist. */
  public ManifestContext withFolder(AssetFolder files) {
    return new ManifestContext(assets, specName, logs, agentConfigFiles, files);
  }

  /** This context with or without Agent configuration files. */
  public ManifestContext withAgentConfigFiles(boolean present) {
    return new ManifestContext(assets, specName, logs, present, folder);
  }
}
