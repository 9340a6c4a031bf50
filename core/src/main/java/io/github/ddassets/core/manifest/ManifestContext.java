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
 * @param assignedKeys whether the manifest should carry the keys Datadog assigns when it publishes
 *     an integration ({@code assets.integration.source_type_id}): true for a manifest read from
 *     disk or merged into a base manifest, false for one the code alone describes, which is written
 *     before Datadog has assigned anything
 */
public record ManifestContext(
    IntegrationAssets assets,
    Optional<SpecName> specName,
    LogsEvidence logs,
    boolean agentConfigFiles,
    AssetFolder folder,
    boolean assignedKeys) {

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
   * no Agent configuration, no folder, and the keys Datadog assigns expected.
   */
  public static ManifestContext of(IntegrationAssets assets) {
    return new ManifestContext(
        assets, Optional.empty(), LogsEvidence.UNKNOWN, false, AssetFolder.UNKNOWN, true);
  }

  /** This context with the configuration spec's name; a spec is Agent configuration. */
  public ManifestContext withSpecName(SpecName name) {
    return new ManifestContext(assets, Optional.of(name), logs, true, folder, assignedKeys);
  }

  /** This context with what is known of the integration's logs. */
  public ManifestContext withLogs(LogsEvidence evidence) {
    return new ManifestContext(assets, specName, evidence, agentConfigFiles, folder, assignedKeys);
  }

  /** This context with a folder that tells which files exist. */
  public ManifestContext withFolder(AssetFolder files) {
    return new ManifestContext(assets, specName, logs, agentConfigFiles, files, assignedKeys);
  }

  /** This context with or without Agent configuration files. */
  public ManifestContext withAgentConfigFiles(boolean present) {
    return new ManifestContext(assets, specName, logs, present, folder, assignedKeys);
  }

  /** This context with or without the keys Datadog assigns expected in the manifest. */
  public ManifestContext withAssignedKeys(boolean expected) {
    return new ManifestContext(assets, specName, logs, agentConfigFiles, folder, expected);
  }
}
