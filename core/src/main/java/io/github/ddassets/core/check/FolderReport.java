package io.github.ddassets.core.check;

import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.RulePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What checking one integration folder found.
 *
 * @param integration the folder as read
 * @param fileFindings the findings of {@code manifest.json}, {@code metadata.csv} and {@code
 *     service_checks.json}: what reading raised, then the metadata and service-check rules, the
 *     service-check layout, and the manifest and cross-file rules
 * @param specFindings the findings of the configuration spec and its example files
 * @param hasSpec whether the folder has a configuration spec
 */
public record FolderReport(
    LoadedIntegration integration,
    List<Finding> fileFindings,
    List<Finding> specFindings,
    boolean hasSpec) {

  public FolderReport {
    Objects.requireNonNull(integration, "integration");
    fileFindings = List.copyOf(fileFindings);
    specFindings = List.copyOf(specFindings);
  }

  /** Every finding, in a stable order: those of the asset files, then those of the spec. */
  public List<Finding> findings() {
    List<Finding> findings = new ArrayList<>(fileFindings);
    findings.addAll(specFindings);
    return findings;
  }

  /** The findings that count under a profile, each with its severity there. */
  public Report report(Profile profile) {
    return Report.of(profile, findings());
  }

  /**
   * The findings that count under a profile and a project's rule levels, each with its severity.
   */
  public Report report(Profile profile, RulePolicy policy) {
    return Report.of(profile, policy, findings());
  }

  /**
   * The findings that count, ready to print, each with the key that identifies it in a baseline.
   *
   * @param profile the active profile
   * @param policy the project's rule levels
   * @param paths how the folder's files are named in findings (as the check named them)
   */
  public List<ValidatedFinding> validated(Profile profile, RulePolicy policy, DisplayPaths paths) {
    FolderKeys keys = new FolderKeys(integration, paths);
    return report(profile, policy).items().stream()
        .map(item -> ValidatedFinding.of(item.finding(), item.severity(), keys.of(item.finding())))
        .toList();
  }
}
