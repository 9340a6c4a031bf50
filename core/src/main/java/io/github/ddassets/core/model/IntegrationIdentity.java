package io.github.ddassets.core.model;

import java.util.Objects;

/**
 * What the other files need to know about an integration to check its metadata and service checks:
 * the facts ddev takes from {@code manifest.json} (or from repository overrides).
 *
 * @param name the folder (check) name
 * @param sourceTypeName the manifest's {@code source_type_name}, or null when unknown
 * @param metricPrefix the manifest's metric prefix, or null when unknown
 * @param origin where these facts were declared (the manifest, or the annotated check class)
 */
public record IntegrationIdentity(
    String name, String sourceTypeName, String metricPrefix, Origin origin) {

  public IntegrationIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * The value the {@code integration} column of {@code metadata.csv} must have: the normalized
   * {@code source_type_name}, or the normalized folder name when there is none (as ddev does).
   */
  public String normalizedDisplayName() {
    return DisplayNames.normalize(sourceTypeName != null ? sourceTypeName : name);
  }
}
