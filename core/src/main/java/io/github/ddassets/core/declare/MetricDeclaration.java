package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Objects;

/**
 * A metric as declared in code ({@code @Metric} on a constant).
 *
 * @param name the metric name (the constant's value)
 * @param kind how it is submitted
 * @param unit the unit name, or empty
 * @param perUnit the per-unit name, or empty
 * @param interval the collection interval in seconds, or 0 for none
 * @param orientation 1 (higher is better), 0 or -1 (lower is better)
 * @param shortName the short name, empty for the default, or {@link #NO_SHORT_NAME} for none
 * @param curated the curated kinds, lower case ({@code cpu}, {@code memory})
 * @param sampleTags tag keys the metric is submitted with
 * @param description the description (attribute or Javadoc), or empty
 * @param origin the declaration; {@link Origin#attribute} narrows it to one attribute
 * @param nameOrigin where the name is written (the constant)
 */
public record MetricDeclaration(
    String name,
    MetricKind kind,
    String unit,
    String perUnit,
    int interval,
    int orientation,
    String shortName,
    List<String> curated,
    List<String> sampleTags,
    String description,
    Origin origin,
    Origin nameOrigin) {

  /** The short name that writes an empty cell: the value of {@code Metric.NO_SHORT_NAME}. */
  public static final String NO_SHORT_NAME = "\u0000";

  public MetricDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(perUnit, "perUnit");
    Objects.requireNonNull(shortName, "shortName");
    curated = List.copyOf(curated);
    sampleTags = List.copyOf(sampleTags);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(nameOrigin, "nameOrigin");
  }
}
