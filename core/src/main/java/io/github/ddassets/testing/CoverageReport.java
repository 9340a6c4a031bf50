package io.github.ddassets.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which declared metrics and service checks a test run emitted.
 *
 * @param declaredMetrics how many metrics {@code metadata.csv} declares
 * @param declaredServiceChecks how many service checks {@code service_checks.json} declares
 * @param neverEmittedMetrics the declared metrics no test emitted, in name order
 * @param neverEmittedServiceChecks the declared service checks no test submitted, in name order
 */
public record CoverageReport(
    int declaredMetrics,
    int declaredServiceChecks,
    List<String> neverEmittedMetrics,
    List<String> neverEmittedServiceChecks) {

  public CoverageReport {
    neverEmittedMetrics = List.copyOf(neverEmittedMetrics);
    neverEmittedServiceChecks = List.copyOf(neverEmittedServiceChecks);
  }

  /**
   * The share of declarations emitted, metrics and service checks together, from 0 to 1; 1 when
   * nothing is declared.
   */
  public double coverage() {
    int declared = declaredMetrics + declaredServiceChecks;
    int missing = neverEmittedMetrics.size() + neverEmittedServiceChecks.size();
    return declared == 0 ? 1.0 : (declared - missing) / (double) declared;
  }

  /**
   * Fails when less than {@code threshold} of the declarations were emitted.
   *
   * @param threshold the least share, from 0 to 1 ({@code 1.0}: every declaration)
   * @throws AssertionError describing the coverage and what was never emitted
   * @throws IllegalArgumentException when the threshold is not between 0 and 1
   */
  public void failUnder(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the threshold is a share from 0 to 1, not " + threshold);
    }
    if (coverage() < threshold) {
      throw new AssertionError(
          String.format(Locale.ROOT, "emission coverage is under %s\n", percent(threshold))
              + describe());
    }
  }

  /**
   * The coverage and what was never emitted, for example:
   *
   * <pre>
   * emitted 15 of 17 declarations (88.2%): 14 of 16 metrics, 1 of 1 service checks
   * metrics never emitted (2):
   *   acme.queue.age
   *   acme.restarts
   * </pre>
   */
  public String describe() {
    List<String> lines = new ArrayList<>();
    int declared = declaredMetrics + declaredServiceChecks;
    int missing = neverEmittedMetrics.size() + neverEmittedServiceChecks.size();
    lines.add(
        String.format(
            Locale.ROOT,
            "emitted %d of %d declarations (%s): %d of %d metrics, %d of %d service checks",
            declared - missing,
            declared,
            percent(coverage()),
            declaredMetrics - neverEmittedMetrics.size(),
            declaredMetrics,
            declaredServiceChecks - neverEmittedServiceChecks.size(),
            declaredServiceChecks));
    ReportLines.section(lines, "metrics never emitted", neverEmittedMetrics);
    ReportLines.section(lines, "service checks never submitted", neverEmittedServiceChecks);
    return String.join("\n", lines);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  @Override
  public String toString() {
    return describe();
  }
}
