package io.github.ddassets.core.build;

import io.github.ddassets.core.rules.Report;
import java.util.List;

/**
 * What a build produced: one report, and the files of every integration when nothing stops them.
 *
 * @param report every finding of the build under the active profile
 * @param problems errors without a position (a base-manifest option that cannot be used)
 * @param integrations the files of each integration, sorted by name; empty when the report has an
 *     error or there is a problem, because a build with an error writes nothing
 * @param known the findings the baseline holds, left out of the report
 * @param gone how many findings of the baseline no longer occur
 */
public record BuildOutcome(
    Report report,
    List<String> problems,
    List<BuiltIntegration> integrations,
    List<Report.Item> known,
    int gone) {

  public BuildOutcome {
    problems = List.copyOf(problems);
    integrations = List.copyOf(integrations);
    known = List.copyOf(known);
  }

  /** An outcome without a baseline. */
  public BuildOutcome(Report report, List<String> problems, List<BuiltIntegration> integrations) {
    this(report, problems, integrations, List.of(), 0);
  }

  /** Whether the build may write its files: no error in the report and no problem. */
  public boolean succeeded() {
    return !report.hasErrors() && problems.isEmpty();
  }
}
