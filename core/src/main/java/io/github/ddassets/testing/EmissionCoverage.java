package io.github.ddassets.testing;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which declared metrics and service checks a whole test run made the check emit. Each test records
 * what it received; at the end of the run (a JUnit {@code @AfterAll}, or a listener), {@link
 * #report()} lists what no test emitted and {@link CoverageReport#failUnder} fails the run when too
 * little was emitted.
 *
 * <pre>{@code
 * static final EmissionCoverage COVERAGE = EmissionCoverage.fromClasspath("acme");
 *
 * // in each test
 * COVERAGE.record(received); // DogStatsDLines.Submissions
 *
 * @AfterAll
 * static void everyDeclarationIsExercised() {
 *   COVERAGE.report().failUnder(0.9); // AssertionError listing what was never emitted
 * }
 * }</pre>
 *
 * <p>Recording is thread-safe, so tests running in parallel may share one instance. Only declared
 * names count: what was emitted but not declared is for {@link DeclaredMetrics#compare} and {@link
 * DeclaredServiceChecks#compare} to report.
 */
public final class EmissionCoverage {

  private final Set<String> metrics;
  private final Set<String> serviceChecks;
  private final Set<String> emittedMetrics = new TreeSet<>();
  private final Set<String> emittedServiceChecks = new TreeSet<>();

  private EmissionCoverage(Set<String> metrics, Set<String> serviceChecks) {
    this.metrics = Set.copyOf(metrics);
    this.serviceChecks = Set.copyOf(serviceChecks);
  }

  /** The coverage of these declarations. */
  public static EmissionCoverage of(DeclaredMetrics metrics, DeclaredServiceChecks serviceChecks) {
    return new EmissionCoverage(metrics.names(), serviceChecks.names());
  }

  /**
   * The coverage of an integration's generated {@code metadata.csv} and {@code
   * service_checks.json}, from the class path.
   */
  public static EmissionCoverage fromClasspath(String integration) {
    return of(
        DeclaredMetrics.fromClasspath(integration),
        DeclaredServiceChecks.fromClasspath(integration));
  }

  /** Records what one test received. */
  public void record(DogStatsDLines.Submissions submissions) {
    recordMetrics(submissions.metrics());
    recordServiceChecks(submissions.serviceChecks());
  }

  /**
   * Records metric submissions, through the series the Agent stores for them (a histogram covers
   * its five aggregates).
   */
  public synchronized void recordMetrics(Collection<SubmittedMetric> submitted) {
    for (SubmittedMetric metric : submitted) {
      for (SubmissionType.AgentSeries series : metric.type().series(metric.name())) {
        if (metrics.contains(series.name())) {
          emittedMetrics.add(series.name());
        }
      }
    }
  }

  /** Records service-check submissions. */
  public synchronized void recordServiceChecks(Collection<SubmittedServiceCheck> submitted) {
    for (SubmittedServiceCheck check : submitted) {
      if (serviceChecks.contains(check.name())) {
        emittedServiceChecks.add(check.name());
      }
    }
  }

  /** What the recorded submissions covered so far. */
  public synchronized CoverageReport report() {
    return new CoverageReport(
        metrics.size(),
        serviceChecks.size(),
        minus(metrics, emittedMetrics),
        minus(serviceChecks, emittedServiceChecks));
  }

  private static List<String> minus(Set<String> declared, Set<String> emitted) {
    Set<String> rest = new TreeSet<>(declared);
    rest.removeAll(emitted);
    return List.copyOf(rest);
  }
}
