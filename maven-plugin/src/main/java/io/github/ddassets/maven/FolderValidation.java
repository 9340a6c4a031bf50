package io.github.ddassets.maven;

import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.check.ValidatedFinding;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.rules.Profile;
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
   */
  record Result(List<ValidatedFinding> findings, int integrations, int specs) {}

  private final Profile profile;
  private final ConfigTemplates templates;
  private final boolean compareExamples;
  private final Optional<Path> repoConfig;

  /**
   * @param profile the rules that apply
   * @param templates the templates specs are resolved with
   * @param compareExamples whether example files are compared with their spec's rendering
   * @param repoConfig the repository's {@code .ddev/config.toml}; when empty, one is looked for in
   *     each path and its parent, as the command line does
   */
  FolderValidation(
      Profile profile,
      ConfigTemplates templates,
      boolean compareExamples,
      Optional<Path> repoConfig) {
    this.profile = profile;
    this.templates = templates;
    this.compareExamples = compareExamples;
    this.repoConfig = repoConfig;
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
    for (Path path : paths) {
      String shown = display.show(path);
      FolderCheck check =
          FolderCheck.standard(
              new FolderCheckOptions(
                  templates,
                  compareExamples,
                  overrides(path, display),
                  new DisplayPaths(path, shown)));
      for (IntegrationFolder folder : folders(path, shown)) {
        FolderReport report = check.check(folder);
        specs += report.hasSpec() ? 1 : 0;
        report
            .report(profile)
            .items()
            .forEach(item -> findings.add(ValidatedFinding.of(item.finding(), item.severity())));
        integrations++;
      }
    }
    return new Result(findings, integrations, specs);
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
