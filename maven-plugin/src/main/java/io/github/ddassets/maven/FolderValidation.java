package io.github.ddassets.maven;

import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.check.ValidatedFinding;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.ProjectFile;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.rules.FailOn;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.RulePolicy;
import io.github.ddassets.core.rules.RuleSet;
import io.github.ddassets.core.rules.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Runs the folder check on hand-written integration folders, as {@code ddassets validate} does:
 * each path is an integration folder or a folder of integration folders, and every rule comes from
 * {@link FolderCheck}.
 */
final class FolderValidation {

  /**
   * What a run found.
   *
   * @param findings every finding that counts under the profile, with its severity
   * @param integrations how many integration folders were checked
   * @param specs how many of them have a configuration spec
   * @param failOn the failing threshold the project file sets, if any
   */
  record Result(
      List<ValidatedFinding> findings, int integrations, int specs, Optional<FailOn> failOn) {}

  private final Profile profile;
  private final ConfigTemplates templates;
  private final boolean compareExamples;
  private final Optional<Path> repoConfig;
  private final RulePolicy rules;
  private final Optional<Path> projectFile;

  /**
   * @param profile the rules that apply
   * @param templates the templates specs are resolved with
   * @param compareExamples whether example files are compared with their spec's rendering
   * @param repoConfig the repository's {@code .ddev/config.toml}; when empty, one is looked for in
   *     each path and its parent, as the command line does
   * @param rules the rule levels set in the pom, which win over the project file's
   * @param projectFile the project file; when empty, the nearest {@code .ddassets.toml} in each
   *     path or above it, as the command line does
   */
  FolderValidation(
      Profile profile,
      ConfigTemplates templates,
      boolean compareExamples,
      Optional<Path> repoConfig,
      RulePolicy rules,
      Optional<Path> projectFile) {
    this.profile = profile;
    this.templates = templates;
    this.compareExamples = compareExamples;
    this.repoConfig = repoConfig;
    this.rules = rules;
    this.projectFile = projectFile;
  }

  /**
   * Checks every integration folder of the paths.
   *
   * @param paths integration folders or folders holding them
   * @param display how findings and messages name paths
   * @throws MojoExecutionException when a path is not a folder, holds no integration, or a file it
   *     needs cannot be read
   */
  Result run(List<Path> paths, ModuleFolder display) throws MojoExecutionException {
    List<ValidatedFinding> findings = new ArrayList<>();
    int integrations = 0;
    int specs = 0;
    Optional<FailOn> failOn = Optional.empty();
    for (Path path : paths) {
      String shown = display.show(path);
      Optional<ProjectFile> project = project(path, display);
      if (failOn.isEmpty()) {
        failOn = project.flatMap(ProjectFile::failOn);
      }
      RulePolicy policy =
          project.map(ProjectFile::rules).orElse(RulePolicy.NONE).overriddenBy(rules);
      DisplayPaths displayPaths = new DisplayPaths(path, shown);
      FolderCheck check =
          new FolderCheck(
              RuleSet.standard()
                  .with(project.map(ProjectFile::vocabulary).orElse(Vocabulary.STANDARD)),
              new FolderCheckOptions(
                  templates, compareExamples, overrides(path, display), displayPaths));
      for (IntegrationFolder folder : folders(path, shown)) {
        FolderReport report = check.check(folder);
        specs += report.hasSpec() ? 1 : 0;
        findings.addAll(report.validated(profile, policy, displayPaths));
        integrations++;
      }
    }
    return new Result(findings, integrations, specs, failOn);
  }

  /** The given project file, else the nearest {@code .ddassets.toml} in the path or above it. */
  private Optional<ProjectFile> project(Path path, ModuleFolder display)
      throws MojoExecutionException {
    Optional<Path> file = projectFile.or(() -> ProjectFile.find(path));
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ProjectFile.read(file.get(), display.show(file.get())));
    } catch (IOException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }

  private static List<IntegrationFolder> folders(Path path, String shown)
      throws MojoExecutionException {
    if (!Files.isDirectory(path)) {
      throw new MojoExecutionException(
          shown + " is not a folder: set <folders> to the integration folders to validate.");
    }
    List<IntegrationFolder> folders;
    try {
      folders = IntegrationFolder.under(path);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot list " + shown + ": " + TextFiles.describe(e));
    }
    if (folders.isEmpty()) {
      throw new MojoExecutionException(
          shown
              + " holds no integration folder (no manifest.json, metadata.csv,"
              + " service_checks.json or spec.yaml).");
    }
    return folders;
  }

  /** The given overrides file, else the repository's own in the path or its parent. */
  private RepoOverrides overrides(Path path, ModuleFolder display) throws MojoExecutionException {
    Optional<Path> file = repoConfig.or(() -> nearby(path));
    if (file.isEmpty()) {
      return RepoOverrides.NONE;
    }
    try {
      return RepoOverrides.read(file.get());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot read " + display.show(file.get()) + ": " + TextFiles.describe(e));
    }
  }

  private static Optional<Path> nearby(Path path) {
    for (Path candidate : new Path[] {path, path.getParent()}) {
      if (candidate != null && Files.isRegularFile(candidate.resolve(RepoOverrides.LOCATION))) {
        return Optional.of(candidate.resolve(RepoOverrides.LOCATION));
      }
    }
    return Optional.empty();
  }
}
