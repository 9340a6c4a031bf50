package io.github.ddassets.core.declare;

import io.github.ddassets.core.declare.Vocabulary.Metric;
import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.TextLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@code metadata.csv} model from declared metrics: one row per metric (five for a
 * histogram), sorted by metric name (or in declaration order, when the integration asks for it),
 * each cell pointing back at the annotation attribute it came from.
 */
final class MetadataAssembler {

  /**
   * By name, as integrations-core's ddev requires, whatever the order of the sources; the origin
   * breaks ties between duplicates.
   */
  private static final Comparator<MetricRow> BY_NAME_THEN_ORIGIN =
      new Comparator<>() {
        @Override
        public int compare(MetricRow a, MetricRow b) {
          int byName = a.metricName().compareTo(b.metricName());
          return byName != 0 ? byName : byOrigin(a, b);
        }
      };

  /**
   * Declaration order ({@code @Layout(metricsInDeclarationOrder = true)}): by the top-level type,
   * then by the position of each constant in it, so that a hand-ordered file comes back from an
   * import as it was. A histogram's five series are sorted by name among themselves.
   */
  private static final Comparator<MetricRow> IN_DECLARATION_ORDER =
      new Comparator<>() {
        @Override
        public int compare(MetricRow a, MetricRow b) {
          int byOrigin = byOrigin(a, b);
          return byOrigin != 0 ? byOrigin : a.metricName().compareTo(b.metricName());
        }
      };

  /** The values of one row that differ between a metric and the series of a histogram. */
  private record Series(
      String name,
      String type,
      String unit,
      String perUnit,
      int orientation,
      String description,
      String shortName) {}

  private MetadataAssembler() {}

  static MetadataFile assemble(
      IntegrationDeclaration integration, List<MetricDeclaration> metrics) {
    boolean withTags = integration.fileLayout().sampleTagsColumn() || anySampleTags(metrics);
    List<MetadataColumn> columns =
        withTags ? MetadataColumn.WITH_SAMPLE_TAGS : MetadataColumn.STANDARD;
    String integrationColumn = integration.identity().normalizedDisplayName();
    List<MetricRow> rows = new ArrayList<>();
    for (MetricDeclaration metric : metrics) {
      for (Series series : seriesOf(metric, integration.effectiveMetricPrefix())) {
        rows.add(row(metric, series, integrationColumn, columns));
      }
    }
    rows.sort(
        integration.fileLayout().declarationOrder() ? IN_DECLARATION_ORDER : BY_NAME_THEN_ORIGIN);
    List<Cell> header = new ArrayList<>(columns.size());
    for (MetadataColumn column : columns) {
      header.add(new Cell(column.header(), integration.origin()));
    }
    return new MetadataFile(integration.origin(), header, rows, false, TextLayout.CANONICAL);
  }

  private static int byOrigin(MetricRow a, MetricRow b) {
    return a.origin().sortKey().compareTo(b.origin().sortKey());
  }

  private static boolean anySampleTags(List<MetricDeclaration> metrics) {
    for (MetricDeclaration metric : metrics) {
      if (!metric.sampleTags().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static List<Series> seriesOf(MetricDeclaration metric, String prefix) {
    String shortName =
        switch (metric.shortName()) {
          case "" -> ShortNames.defaultFor(metric.name(), prefix);
          case MetricDeclaration.NO_SHORT_NAME -> "";
          default -> metric.shortName();
        };
    if (metric.kind() != MetricKind.HISTOGRAM) {
      String type = metric.kind().name().toLowerCase(Locale.ROOT);
      return List.of(
          new Series(
              metric.name(),
              type,
              metric.unit(),
              metric.perUnit(),
              metric.orientation(),
              metric.description(),
              shortName));
    }
    List<Series> series = new ArrayList<>();
    for (HistogramSeries histogram : HistogramSeries.ALL) {
      series.add(
          new Series(
              metric.name() + histogram.suffix(),
              histogram.type(),
              histogram.ofValues() ? metric.unit() : "",
              histogram.ofValues() ? metric.perUnit() : "",
              histogram.ofValues() ? metric.orientation() : 0,
              histogram.describe(metric.description()),
              (shortName + " " + histogram.shortLabel()).trim()));
    }
    return series;
  }

  private static MetricRow row(
      MetricDeclaration metric, Series series, String integration, List<MetadataColumn> columns) {
    Origin origin = metric.origin();
    Map<String, Cell> cells = new LinkedHashMap<>();
    for (MetadataColumn column : columns) {
      Cell cell =
          switch (column) {
            case METRIC_NAME -> new Cell(series.name(), metric.nameOrigin());
            case METRIC_TYPE -> new Cell(series.type(), origin.attribute(Metric.TYPE));
            case INTERVAL ->
                new Cell(
                    metric.interval() == 0 ? "" : Integer.toString(metric.interval()),
                    origin.attribute(Metric.INTERVAL));
            case UNIT_NAME -> new Cell(series.unit(), origin.attribute(Metric.UNIT));
            case PER_UNIT_NAME -> new Cell(series.perUnit(), origin.attribute(Metric.PER_UNIT));
            case DESCRIPTION ->
                new Cell(series.description(), origin.attribute(Metric.DESCRIPTION));
            case ORIENTATION ->
                new Cell(
                    Integer.toString(series.orientation()), origin.attribute(Metric.ORIENTATION));
            case INTEGRATION -> new Cell(integration, origin);
            case SHORT_NAME -> new Cell(series.shortName(), origin.attribute(Metric.SHORT_NAME));
            case CURATED_METRIC ->
                new Cell(String.join("|", metric.curated()), origin.attribute(Metric.CURATED));
            case SAMPLE_TAGS ->
                new Cell(
                    String.join(",", metric.sampleTags()), origin.attribute(Metric.SAMPLE_TAGS));
          };
      cells.put(column.header(), cell);
    }
    return new MetricRow(origin, cells, cells.size());
  }
}
