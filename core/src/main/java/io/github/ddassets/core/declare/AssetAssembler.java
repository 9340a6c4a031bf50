package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.IntegrationAssets;
import java.util.Optional;

/** Turns what code declares about an integration into the model of its asset files. */
public final class AssetAssembler {

  private AssetAssembler() {}

  /**
   * Builds the metadata and service-check files of a declared integration.
   *
   * @param declared the integration and its metrics and service checks
   * @param defaultAgentVersion the Agent version for service checks that do not give one, or empty
   */
  public static IntegrationAssets assemble(
      DeclaredIntegration declared, String defaultAgentVersion) {
    return new IntegrationAssets(
        declared.integration().identity(),
        Optional.of(MetadataAssembler.assemble(declared.integration(), declared.metrics())),
        Optional.of(
            ServiceChecksAssembler.assemble(
                declared.integration(), declared.serviceChecks(), defaultAgentVersion)));
  }
}
