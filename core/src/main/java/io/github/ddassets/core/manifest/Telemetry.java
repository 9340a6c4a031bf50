package io.github.ddassets.core.manifest;

import io.github.ddassets.core.model.MetadataFile;
import java.util.List;
import java.util.Optional;

/**
 * The telemetry an integration submits to Datadog, which decides whether an API integration needs
 * the {@code api_keys_write} scope.
 *
 * @param metrics it submits metrics
 * @param logs it submits logs
 * @param events it submits events
 * @param other it submits another kind of data (traces, incidents)
 */
public record Telemetry(boolean metrics, boolean logs, boolean events, boolean other) {

  /** No telemetry. */
  public static final Telemetry NONE = new Telemetry(false, false, false, false);

  private static final String SUBMITTED = "Submitted Data Type::";

  /** Whether the integration submits anything. */
  public boolean submitsAny() {
    return metrics || logs || events || other;
  }

  /**
   * What a manifest says the integration submits: metrics when {@code metrics.check} or
   * metadata.csv lists one, logs when {@code assets.logs.source} is set, events when {@code
   * events.creates_events} is true, and each {@code Submitted Data Type::...} classifier tag.
   *
   * @param manifest the manifest
   * @param metadata the integration's metadata.csv, if it has one
   */
  public static Telemetry of(Manifest manifest, Optional<MetadataFile> metadata) {
    List<String> tags = manifest.classifierTags();
    boolean metrics =
        !manifest.metricsCheck().isEmpty()
            || metadata.map(file -> !file.rows().isEmpty()).orElse(false)
            || tags.contains(SUBMITTED + "Metrics");
    boolean logs =
        manifest.nonEmptyText(ManifestPointers.LOGS_SOURCE).isPresent()
            || tags.contains(SUBMITTED + "Logs");
    boolean events =
        manifest.bool(ManifestPointers.CREATES_EVENTS).orElse(false)
            || tags.contains(SUBMITTED + "Events");
    boolean other = tags.contains(SUBMITTED + "Traces") || tags.contains(SUBMITTED + "Incidents");
    return new Telemetry(metrics, logs, events, other);
  }
}
