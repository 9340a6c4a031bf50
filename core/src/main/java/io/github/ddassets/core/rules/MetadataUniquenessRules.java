package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetricRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks across the rows of {@code metadata.csv}: duplicates and sort order. */
final class MetadataUniquenessRules {

  private MetadataUniquenessRules() {}

  static void check(List<MetricRow> rows, List<Finding> findings) {
    Map<String, MetricRow> names = new HashMap<>();
    Map<String, MetricRow> shortNames = new HashMap<>();
    Map<String, MetricRow> descriptions = new HashMap<>();
    MetricRow previous = null;
    boolean unsortedReported = false;
    for (MetricRow row : rows) {
      String name = row.metricName();
      MetricRow first = firstWithSameValue(names, row, MetadataColumn.METRIC_NAME);
      if (first != null) {
        findings.add(
            Rule.METADATA_NAME_DUPLICATE.at(
                row.originOf(MetadataColumn.METRIC_NAME), name, first.origin().describe()));
      }
      // A repeated metric repeats its short name and description too: metadata-name-duplicate
      // says so, and "also used by" itself would only echo it.
      first = firstWithSameValue(shortNames, row, MetadataColumn.SHORT_NAME);
      if (first != null && !first.metricName().equals(name)) {
        findings.add(
            Rule.METADATA_SHORT_NAME_DUPLICATE.at(
                row.originOf(MetadataColumn.SHORT_NAME),
                row.value(MetadataColumn.SHORT_NAME),
                first.metricName()));
      }
      first = firstWithSameValue(descriptions, row, MetadataColumn.DESCRIPTION);
      if (first != null && !first.metricName().equals(name)) {
        findings.add(
            Rule.METADATA_DESCRIPTION_DUPLICATE.at(
                row.originOf(MetadataColumn.DESCRIPTION), name, first.metricName()));
      }
      if (!unsortedReported && previous != null && name.compareTo(previous.metricName()) < 0) {
        findings.add(
            Rule.METADATA_UNSORTED.at(
                row.originOf(MetadataColumn.METRIC_NAME), name, previous.metricName()));
        unsortedReported = true;
      }
      previous = row;
    }
  }

  /** Records the row under its value; returns the row that had the value first, if any. */
  private static MetricRow firstWithSameValue(
      Map<String, MetricRow> seen, MetricRow row, MetadataColumn column) {
    Cell cell = row.cell(column);
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    MetricRow first = seen.putIfAbsent(cell.value(), row);
    return first;
  }
}
