package io.github.ddassets.annotations;

/** How a metric is submitted to Datadog. */
public enum MetricType {
  /** A value sampled at a point in time. */
  GAUGE,
  /** A number of events during the submission interval. */
  COUNT,
  /** A number of events per second. */
  RATE,
  /**
   * A histogram aggregated by the Agent. It expands to the series the Agent submits for it: {@code
   * .avg}, {@code .count}, {@code .max}, {@code .median} and {@code .95percentile}.
   */
  HISTOGRAM,
  /**
   * A distribution aggregated by Datadog. Datadog documents it as a metric type, but {@code ddev
   * validate metadata} rejects it in {@code metadata.csv}, so the processor reports it as an error
   * until ddev accepts it.
   */
  DISTRIBUTION
}
