package io.github.ddassets.core;

import io.github.ddassets.core.check.FolderCheck;
import io.github.ddassets.core.check.FolderCheckOptions;
import io.github.ddassets.core.check.FolderReport;
import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.RepoOverrides;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * Every integration of the integrations-extras corpus checked as {@code ddassets validate} checks
 * it, with the repository's overrides and without comparing examples. The corpus tests share it, so
 * that the corpus is read and checked once per test run.
 */
final class CheckedCorpus {

  private static List<FolderReport> reports;

  private CheckedCorpus() {}

  /** The report of each folder of the corpus, in folder order; checked on first use. */
  static synchronized List<FolderReport> reports(Path corpus)
      throws IOException, URISyntaxException {
    if (reports == null) {
      Path config =
          Path.of(CheckedCorpus.class.getResource("integrations-extras-config.toml").toURI());
      FolderCheck check =
          FolderCheck.standard(
              new FolderCheckOptions(
                  ConfigTemplates.builtIn(),
                  false,
                  RepoOverrides.read(config),
                  new DisplayPaths(corpus, "integrations-extras")));
      reports = IntegrationFolder.under(corpus).stream().map(check::check).toList();
    }
    return reports;
  }
}
