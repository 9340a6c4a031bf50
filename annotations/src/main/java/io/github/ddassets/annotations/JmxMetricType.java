package io.github.ddassets.annotations;

/** How JMXFetch sends an attribute's value ({@code metric_type} in {@code metrics.yaml}). */
public enum JmxMetricType {
  /** Not written: JMXFetch sends a gauge. */
  DEFAULT,
  /** The value as it is. */
  GAUGE,
  /** The value, aggregated by the Agent into a distribution's series. */
  HISTOGRAM,
  /** The increase since the previous run, sent as a count (skipped when it decreases). */
  MONOTONIC_COUNT,
  /** The increase per second since the previous run, sent as a gauge. */
  COUNTER,
  /** The increase per second since the previous run, sent as a gauge. */
  RATE
}
