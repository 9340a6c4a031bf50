package io.github.ddassets.core.declare;

/** How a declared metric is submitted; mirrors the annotation's {@code MetricType}. */
public enum MetricKind {
  GAUGE,
  COUNT,
  RATE,
  HISTOGRAM,
  DISTRIBUTION
}
