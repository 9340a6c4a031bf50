package io.github.ddassets.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.model.Origin;
import java.util.Optional;

/**
 * The manifest fields the metadata and service-check files depend on.
 *
 * @param sourceTypeName {@code assets.integration.source_type_name}, or null
 * @param metricPrefix {@code assets.integration.metrics.prefix}, or null
 * @param metadataPath {@code assets.integration.metrics.metadata_path}, or null
 * @param serviceChecksPath {@code assets.integration.service_checks.metadata_path}, or null
 * @param origin the manifest's position, for findings about these facts
 */
public record ManifestFacts(
    String sourceTypeName,
    String metricPrefix,
    String metadataPath,
    String serviceChecksPath,
    Origin origin) {

  /** Extracts the facts from a parsed manifest. */
  public static ManifestFacts of(JsonDocument manifest) {
    return of(manifest.root(), manifest.origin(""));
  }

  /** Extracts the facts from a manifest. */
  public static ManifestFacts of(Manifest manifest) {
    return of(manifest.root(), manifest.origin(""));
  }

  private static ManifestFacts of(JsonNode root, Origin origin) {
    JsonNode integration = root.path("assets").path("integration");
    return new ManifestFacts(
        text(integration.path("source_type_name")),
        text(integration.path("metrics").path("prefix")),
        text(integration.path("metrics").path("metadata_path")),
        text(integration.path("service_checks").path("metadata_path")),
        origin);
  }

  /** The metadata path, when the manifest gives one. */
  public Optional<String> metadataPathIfSet() {
    return Optional.ofNullable(metadataPath).filter(path -> !path.isEmpty());
  }

  /** The service-checks path, when the manifest gives one. */
  public Optional<String> serviceChecksPathIfSet() {
    return Optional.ofNullable(serviceChecksPath).filter(path -> !path.isEmpty());
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.textValue() : null;
  }
}
