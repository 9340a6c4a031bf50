package io.github.ddassets.annotations;

/** Whether a metric going up is good news, bad news, or neither. */
public enum Orientation {
  /** Higher values are better, for example throughput ({@code 1} in {@code metadata.csv}). */
  HIGHER_IS_BETTER,
  /** Variations carry no judgement ({@code 0}). */
  NEUTRAL,
  /** Lower values are better, for example latency ({@code -1}). */
  LOWER_IS_BETTER
}
