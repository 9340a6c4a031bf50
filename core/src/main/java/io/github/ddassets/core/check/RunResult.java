package io.github.ddassets.core.check;

import io.github.ddassets.core.baseline.Baseline;
import io.github.ddassets.core.rules.Profile;
import java.util.List;
import java.util.Optional;

/**
 * What a validation run reports: the findings to print and their totals, after a baseline (when
 * there is one) left out the known findings. The command line and the Maven plugin both end their
 * runs here, so that a baseline means the same in both.
 *
 * @param findings the findings to print
 * @param summary their totals, with what the baseline left out
 */
public record RunResult(List<ValidatedFinding> findings, Summary summary) {

  public RunResult {
    findings = List.copyOf(findings);
  }

  /**
   * The result of a run.
   *
   * @param profile the active profile
   * @param integrations how many integration folders were checked
   * @param findings every finding of the run
   * @param baseline the baseline to leave known findings out with, if any
   */
  public static RunResult of(
      Profile profile,
      int integrations,
      List<ValidatedFinding> findings,
      Optional<Baseline> baseline) {
    if (baseline.isEmpty()) {
      return new RunResult(findings, Summary.of(profile, integrations, findings));
    }
    Baseline.Match<ValidatedFinding> match = baseline.get().match(findings, ValidatedFinding::key);
    return new RunResult(
        match.fresh(),
        Summary.of(profile, integrations, match.fresh())
            .withBaseline(match.known().size(), match.gone()));
  }

  /** The baseline that records every finding of the run, before any baseline left some out. */
  public static Baseline record(List<ValidatedFinding> findings) {
    return Baseline.of(findings.stream().map(ValidatedFinding::key).toList());
  }
}
