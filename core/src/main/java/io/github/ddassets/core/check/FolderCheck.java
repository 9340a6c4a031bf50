package io.github.ddassets.core.check;

import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.IntegrationLoader;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks hand-written integration folders: loads each one and runs every rule on it, as {@code
 * ddassets validate} does and as {@code ddassets import} does before importing. Configured once, it
 * checks any number of folders of the same repository.
 */
public final class FolderCheck {

  private final RuleSet rules;
  private final IntegrationLoader loader;
  private final ConfigCheck config;
  private final JmxCheck jmx;

  /**
   * @param rules the rules run on the folder's files
   * @param options the templates, repository overrides and display paths of the folders checked
   */
  public FolderCheck(RuleSet rules, FolderCheckOptions options) {
    this.rules = rules;
    this.loader = new IntegrationLoader(options.overrides(), options.displayPaths());
    this.config =
        new ConfigCheck(options.templates(), options.compareExamples(), options.displayPaths());
    this.jmx = new JmxCheck(rules, options.templates(), options.displayPaths());
  }

  /** A check that runs the {@linkplain RuleSet#standard() standard rules}. */
  public static FolderCheck standard(FolderCheckOptions options) {
    return new FolderCheck(RuleSet.standard(), options);
  }

  /** Reads a folder and runs every rule on it. */
  public FolderReport check(IntegrationFolder folder) {
    LoadedIntegration loaded = loader.load(folder);
    return new FolderReport(
        loaded, fileFindings(loaded), config.check(folder), ConfigCheck.hasSpec(folder));
  }

  /**
   * The findings of the manifest, metadata and service-check files, in the order the CLI has always
   * printed them: reading, metadata, service checks and their layout, manifest, then a JMX
   * integration's metrics.yaml.
   */
  private List<Finding> fileFindings(LoadedIntegration loaded) {
    List<Finding> findings = new ArrayList<>(loaded.readFindings());
    findings.addAll(rules.assets(loaded.assets()));
    loaded
        .assets()
        .serviceChecks()
        .ifPresent(
            file ->
                findings.addAll(
                    rules.serviceChecksLayout(file, ServiceChecksRenderer.render(file))));
    loaded
        .manifest()
        .ifPresent(manifest -> findings.addAll(rules.manifest(manifest, loaded.context())));
    findings.addAll(jmx.check(loaded));
    return findings;
  }
}
