package io.github.ddassets.core.check;

import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The totals of a validation run.
 *
 * @param profile the active profile
 * @param integrations how many integration folders were checked
 * @param errors how many errors were found
 * @param warnings how many warnings were found
 * @param baseline what a baseline hid, when the run had one
 */
public record Summary(
    Profile profile,
    int integrations,
    long errors,
    long warnings,
    Optional<BaselineTotals> baseline) {

  /**
   * What a baseline did to a run.
   *
   * @param known findings the baseline holds, left out of the report
   * @param gone recorded findings that no longer occur: the baseline can shrink by as many
   */
  public record BaselineTotals(int known, int gone) {}

  public Summary {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** Totals of a run without a baseline. */
  public Summary(Profile profile, int integrations, long errors, long warnings) {
    this(profile, integrations, errors, warnings, Optional.empty());
  }

  /** The totals of findings that already carry their severity. */
  public static Summary of(Profile profile, int integrations, List<ValidatedFinding> findings) {
    long errors = findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
    return new Summary(profile, integrations, errors, findings.size() - errors);
  }

  /** These totals, with what a baseline left out. */
  public Summary withBaseline(int known, int gone) {
    return new Summary(
        profile, integrations, errors, warnings, Optional.of(new BaselineTotals(known, gone)));
  }

  /** One line for the end of a text report. */
  public String line() {
    String line =
        String.format(
            "Checked %d integration%s (profile %s): %d error%s, %d warning%s.",
            integrations,
            integrations == 1 ? "" : "s",
            profile.id(),
            errors,
            errors == 1 ? "" : "s",
            warnings,
            warnings == 1 ? "" : "s");
    return baseline.map(totals -> line + " " + baselineLine(totals)).orElse(line);
  }

  private static String baselineLine(BaselineTotals totals) {
    String known =
        String.format(
            "%d known finding%s left out (baseline)",
            totals.known(), totals.known() == 1 ? "" : "s");
    if (totals.gone() == 0) {
      return known + ".";
    }
    return String.format(
        "%s; %d baseline entr%s no longer occur%s: write the baseline again to drop %s.",
        known,
        totals.gone(),
        totals.gone() == 1 ? "y" : "ies",
        totals.gone() == 1 ? "s" : "",
        totals.gone() == 1 ? "it" : "them");
  }
}
