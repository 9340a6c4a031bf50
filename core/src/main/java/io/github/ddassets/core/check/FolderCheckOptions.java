package io.github.ddassets.core.check;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.RepoOverrides;
import java.util.Objects;

/**
 * What a {@link FolderCheck} is configured with once for every folder it checks.
 *
 * @param templates the templates specs are resolved with
 * @param compareExamples whether example files are compared with what their spec renders to; only
 *     meaningful with the templates the files were rendered with
 * @param overrides the repository's overrides (prefixes of integrations without a manifest)
 * @param displayPaths how to name files in findings
 */
public record FolderCheckOptions(
    ConfigTemplates templates,
    boolean compareExamples,
    RepoOverrides overrides,
    DisplayPaths displayPaths) {

  public FolderCheckOptions {
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(overrides, "overrides");
    Objects.requireNonNull(displayPaths, "displayPaths");
  }

  /**
   * The built-in templates without comparing examples, and no repository overrides: what a folder
   * gets when nothing else is known of it.
   */
  public static FolderCheckOptions defaults(DisplayPaths displayPaths) {
    return new FolderCheckOptions(
        ConfigTemplates.builtIn(), false, RepoOverrides.NONE, displayPaths);
  }
}
