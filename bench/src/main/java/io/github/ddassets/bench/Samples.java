package io.github.ddassets.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations measured by repeated runs, in nanoseconds, and their median. */
public final class Samples {

  private final List<Long> nanos = new ArrayList<>();

  /** Adds one measured duration. */
  public void add(long duration) {
    nanos.add(duration);
  }

  /** The number of measured durations. */
  public int count() {
    return nanos.size();
  }

  /** The median in milliseconds (the mean of the two middle values for an even count). */
  public double medianMillis() {
    List<Long> sorted = sorted();
    int middle = sorted.size() / 2;
    double median =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    return median / 1e6;
  }

  /** The shortest duration in milliseconds. */
  public double minMillis() {
    return sorted().get(0) / 1e6;
  }

  /** The longest duration in milliseconds. */
  public double maxMillis() {
    List<Long> sorted = sorted();
    return sorted.get(sorted.size() - 1) / 1e6;
  }

  private List<Long> sorted() {
    if (nanos.isEmpty()) {
      throw new IllegalStateException("no sample was measured");
    }
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted;
  }
}
