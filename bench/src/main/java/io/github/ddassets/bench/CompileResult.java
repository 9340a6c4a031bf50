package io.github.ddassets.bench;

import java.util.Map;
import java.util.Optional;

/**
 * The measured compilations of one project size.
 *
 * @param metrics the number of {@code @Metric} constants
 * @param classes the number of check classes
 * @param warmups the warm-up rounds run before measuring
 * @param samples the measured durations of each variant that ran
 */
public record CompileResult(int metrics, int classes, int warmups, Map<Variant, Samples> samples) {

  /** javac alone. */
  public Samples plain() {
    return samples.get(Variant.PLAIN);
  }

  /** javac with the ddassets processor. */
  public Samples ddassets() {
    return samples.get(Variant.DDASSETS);
  }

  /** javac with the no-op processor, when it was measured. */
  public Optional<Samples> noop() {
    return Optional.ofNullable(samples.get(Variant.NOOP));
  }

  /** The processor's cost: the difference of the medians, in milliseconds. */
  public double differenceMillis() {
    return ddassets().medianMillis() - plain().medianMillis();
  }

  /** The processor's cost relative to javac alone, in percent. */
  public double overheadPercent() {
    return 100.0 * differenceMillis() / plain().medianMillis();
  }

  /** The ratio of the medians, javac with the processor over javac alone. */
  public double ratio() {
    return ddassets().medianMillis() / plain().medianMillis();
  }

  /** The processor's cost per 1,000 metrics, in milliseconds (constant if the cost is linear). */
  public double differencePerThousandMetrics() {
    return differenceMillis() * 1000.0 / metrics;
  }
}
