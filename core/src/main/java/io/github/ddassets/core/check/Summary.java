package io.github.ddassets.core.check;

import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Severity;
import java.util.List;

/**
 * The totals of a validation run.
 *
 * @param profile the active profile
 * @param integrations how many integration folders were checked
 * @param errors how many errors were found
 * @param warnings how many warnings were found
 */
public record Summary(Profile profile, int integrations, long errors, long warnings) {

  /** The totals of findings that already carry their severity. */
  public static Summary of(Profile profile, int integrations, List<ValidatedFinding> findings) {
    long errors = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
    return new Summary(profile, integrations, errors, findings.size() - errors);
  }

  /** One line for the end of a text report. */
  public String line() {
    return String.format(
        "Checked %d integration%s (profile %s): %d error%s, %d warning%s.",
        integrations,
        integrations == 1 ? "" : "s",
        profile.id(),
        errors,
        errors == 1 ? "" : "s",
        warnings,
        warnings == 1 ? "" : "s");
  }
}
