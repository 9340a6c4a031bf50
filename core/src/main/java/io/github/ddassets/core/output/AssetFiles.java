package io.github.ddassets.core.output;

import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.render.MetadataRenderer;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders an integration's model into the files of its folder. */
public final class AssetFiles {

  private AssetFiles() {}

  /** The text of every file the model holds, by path inside the integration folder. */
  public static GeneratedFiles render(IntegrationAssets assets) {
    Map<String, String> files = new LinkedHashMap<>();
    assets
        .metadata()
        .ifPresent(file -> files.put(GeneratedFiles.METADATA, MetadataRenderer.render(file)));
    assets
        .serviceChecks()
        .ifPresent(
            file -> files.put(GeneratedFiles.SERVICE_CHECKS, ServiceChecksRenderer.render(file)));
    return new GeneratedFiles(assets.identity().name(), files);
  }
}
