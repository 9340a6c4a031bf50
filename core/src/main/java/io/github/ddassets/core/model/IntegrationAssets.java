package io.github.ddassets.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The metadata and service-check files of one integration, with the identity they are checked
 * against.
 *
 * @param identity the integration's name, display name and metric prefix
 * @param metadata its {@code metadata.csv}, if it has one
 * @param serviceChecks its {@code service_checks.json}, if it has one
 */
public record IntegrationAssets(
    IntegrationIdentity identity,
    Optional<MetadataFile> metadata,
    Optional<ServiceChecksFile> serviceChecks) {

  public IntegrationAssets {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(serviceChecks, "serviceChecks");
  }
}
