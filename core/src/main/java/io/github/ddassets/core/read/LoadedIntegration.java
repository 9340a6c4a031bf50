package io.github.ddassets.core.read;

import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.rules.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An integration folder as read from disk: its assets, its manifest, what the manifest rules need
 * to know of the folder, and the findings raised while reading. Reading runs no rule: the folder
 * check ({@code core.check}) does.
 *
 * @param folder the folder
 * @param assets what could be read of metadata.csv and service_checks.json
 * @param manifest the manifest, when the folder has a readable one
 * @param context the folder as the manifest rules see it (the other files, logs, spec name)
 * @param readFindings files that could not be read
 */
public record LoadedIntegration(
    IntegrationFolder folder,
    IntegrationAssets assets,
    Optional<Manifest> manifest,
    ManifestContext context,
    List<Finding> readFindings) {

  public LoadedIntegration {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(assets, "assets");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(context, "context");
    readFindings = List.copyOf(readFindings);
  }

  /** An integration read without a manifest. */
  public LoadedIntegration(
      IntegrationFolder folder, IntegrationAssets assets, List<Finding> readFindings) {
    this(folder, assets, Optional.empty(), ManifestContext.of(assets), readFindings);
  }
}
