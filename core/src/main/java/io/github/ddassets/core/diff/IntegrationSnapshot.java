package io.github.ddassets.core.diff;

import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.model.Origin;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one release says of one integration, in the terms a comparison needs.
 *
 * @param name the integration's name (its folder's)
 * @param metrics the metrics by name
 * @param serviceChecks the service checks by check name
 * @param options the configuration options by path
 * @param manifest the manifest, when the release has one
 * @param origin the integration's folder, for changes about the whole integration
 */
public record IntegrationSnapshot(
    String name,
    Map<String, MetricFacts> metrics,
    Map<String, ServiceCheckFacts> serviceChecks,
    Map<String, OptionFacts> options,
    Optional<Manifest> manifest,
    Origin origin) {

  public IntegrationSnapshot {
    Objects.requireNonNull(name, "name");
    metrics = Collections.unmodifiableMap(new TreeMap<>(metrics));
    serviceChecks = Collections.unmodifiableMap(new TreeMap<>(serviceChecks));
    options = Collections.unmodifiableMap(new TreeMap<>(options));
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(origin, "origin");
  }
}
