package io.github.ddassets.core.declare;

import java.util.List;

/**
 * The series the Agent submits for a histogram: four gauges and a rate, each named with a suffix.
 *
 * @param suffix appended to the histogram's name
 * @param type the metric type of the series
 * @param label what the series measures, for its description and short name
 * @param shortLabel appended to the short name
 * @param ofValues whether the series is a statistic of the sampled values, in their unit and
 *     orientation (the count is not: it counts samples)
 */
record HistogramSeries(
    String suffix, String type, String label, String shortLabel, boolean ofValues) {

  static final List<HistogramSeries> ALL =
      List.of(
          new HistogramSeries(".avg", "gauge", "average", "avg", true),
          new HistogramSeries(".count", "rate", "number of values sampled", "count", false),
          new HistogramSeries(".max", "gauge", "maximum", "max", true),
          new HistogramSeries(".median", "gauge", "median", "median", true),
          new HistogramSeries(".95percentile", "gauge", "95th percentile", "p95", true));

  /** The description of this series, from the histogram's description. */
  String describe(String description) {
    if (description.isEmpty()) {
      return "";
    }
    String base =
        description.endsWith(".")
            ? description.substring(0, description.length() - 1)
            : description;
    return base + " (" + label + ").";
  }
}
