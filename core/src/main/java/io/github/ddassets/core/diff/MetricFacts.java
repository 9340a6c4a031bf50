package io.github.ddassets.core.diff;

import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.Origin;
import java.util.Map;

/**
 * What a release says of one metric: a row of metadata.csv.
 *
 * @param name the metric name
 * @param type the metric type ({@code gauge}, {@code count}...)
 * @param unit the unit, or empty
 * @param perUnit the per-unit, or empty
 * @param interval the interval, or empty
 * @param orientation the orientation ({@code 1}, {@code 0}, {@code -1})
 * @param shortName the short name, or empty
 * @param description the description, or empty
 * @param origin the row's name cell
 * @param cells where each other value is written, by the aspect a change names ({@code unit},
 *     {@code per-unit}...)
 */
public record MetricFacts(
    String name,
    String type,
    String unit,
    String perUnit,
    String interval,
    String orientation,
    String shortName,
    String description,
    Origin origin,
    Map<String, Origin> cells) {

  public MetricFacts {
    cells = Map.copyOf(cells);
  }

  /** The facts of a metadata.csv row. */
  public static MetricFacts of(MetricRow row) {
    return new MetricFacts(
        row.metricName(),
        row.value(MetadataColumn.METRIC_TYPE),
        row.value(MetadataColumn.UNIT_NAME),
        row.value(MetadataColumn.PER_UNIT_NAME),
        row.value(MetadataColumn.INTERVAL),
        row.value(MetadataColumn.ORIENTATION),
        row.value(MetadataColumn.SHORT_NAME),
        row.value(MetadataColumn.DESCRIPTION),
        row.originOf(MetadataColumn.METRIC_NAME),
        Map.of(
            "type", row.originOf(MetadataColumn.METRIC_TYPE),
            "unit", row.originOf(MetadataColumn.UNIT_NAME),
            "per-unit", row.originOf(MetadataColumn.PER_UNIT_NAME),
            "orientation", row.originOf(MetadataColumn.ORIENTATION),
            "interval", row.originOf(MetadataColumn.INTERVAL),
            "description", row.originOf(MetadataColumn.DESCRIPTION),
            "short-name", row.originOf(MetadataColumn.SHORT_NAME)));
  }

  /** Where the value a change names is written: its cell, else the row's name. */
  Origin originOf(String aspect) {
    return cells.getOrDefault(aspect, origin);
  }

  /** What a renamed metric keeps: everything but its name, when it has a description. */
  String renameSignature() {
    return description.isEmpty()
        ? ""
        : String.join("\u0000", type, unit, perUnit, orientation, description);
  }
}
