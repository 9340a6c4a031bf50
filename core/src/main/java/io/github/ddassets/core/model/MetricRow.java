package io.github.ddassets.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One data row of {@code metadata.csv}.
 *
 * @param origin the row as a whole (its first line)
 * @param cells the row's values keyed by header name, in header order; a header name the row has no
 *     field for is absent
 * @param fieldCount how many fields the row really had, which may differ from the header's width
 */
public record MetricRow(Origin origin, Map<String, Cell> cells, int fieldCount) {

  public MetricRow {
    Objects.requireNonNull(origin, "origin");
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  /** The cell of a column, or null when the row has no such column. */
  public Cell cell(MetadataColumn column) {
    return cells.get(column.header());
  }

  /** The text of a column, or {@code ""} when the row has no such column. */
  public String value(MetadataColumn column) {
    Cell cell = cell(column);
    return cell == null ? "" : cell.value();
  }

  /** The origin of a column's cell, or of the row when the column is absent. */
  public Origin originOf(MetadataColumn column) {
    Cell cell = cell(column);
    return cell == null ? origin : cell.origin();
  }

  /** The metric name, or {@code ""} when missing. */
  public String metricName() {
    return value(MetadataColumn.METRIC_NAME);
  }
}
