package io.github.ddassets.core.manifest;

/** The kinds of file a manifest names by path, relative to the integration folder. */
public enum AssetPath {
  /** {@code assets.integration.metrics.metadata_path}. */
  METADATA,
  /** {@code assets.integration.service_checks.metadata_path}. */
  SERVICE_CHECKS,
  /** {@code assets.integration.configuration.spec}. */
  SPEC,
  /** {@code tile.changelog}. */
  CHANGELOG,
  /** {@code tile.media[].image_url}. */
  MEDIA,
  /** A value of {@code assets.dashboards}. */
  DASHBOARD,
  /** A value of {@code assets.monitors}. */
  MONITOR,
  /** A value of {@code assets.saved_views}. */
  SAVED_VIEW
}
