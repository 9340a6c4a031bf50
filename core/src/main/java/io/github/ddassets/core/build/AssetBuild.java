package io.github.ddassets.core.build;

import io.github.ddassets.core.baseline.Baseline;
import io.github.ddassets.core.baseline.FindingKey;
import io.github.ddassets.core.declare.DeclaredConfig;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.rules.FailOn;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Report;
import io.github.ddassets.core.rules.RuleSet;
import io.github.ddassets.core.rules.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The build: turns declarations into the complete set of generated files of every integration and
 * one report. It is the only producer of generated files; the annotation processor, the command
 * line and build plugins collect declarations, call it, print the report and write the files.
 *
 * <p>The steps: each integration's metadata.csv and service_checks.json model is assembled and
 * checked, then its configuration (spec.yaml and the examples), then its manifest (merged into a
 * base manifest when there is one) and the cross-file rules. A build with an error produces no
 * files at all, so that a failed build never leaves a half-updated set behind.
 */
public final class AssetBuild {

  /** {@link #key} as the function a baseline matches findings with. */
  private static final Function<Report.Item, FindingKey> KEY =
      new Function<>() {
        @Override
        public FindingKey apply(Report.Item item) {
          return key(item);
        }
      };

  private final BuildSettings settings;
  private final BaseManifestSource bases;
  private final RuleSet rules;

  /**
   * A build that checks with every rule of the catalogue.
   *
   * @param settings the profile, templates and defaults of the build
   * @param bases where base manifests named by a relative path are found
   */
  public AssetBuild(BuildSettings settings, BaseManifestSource bases) {
    this(settings, bases, RuleSet.standard());
  }

  /**
   * A build that checks with the given rules: the same object the folder check of hand-written
   * folders runs, so that both doors apply one rule list.
   *
   * @param settings the profile, templates and defaults of the build
   * @param bases where base manifests named by a relative path are found
   * @param rules the rules the model and manifests are checked with
   */
  public AssetBuild(BuildSettings settings, BaseManifestSource bases, RuleSet rules) {
    this.settings = settings;
    this.bases = bases;
    this.rules = rules;
  }

  /** Builds every integration the declarations describe. */
  public BuildOutcome build(Declarations declarations) {
    IntegrationStep.Outcome integrations =
        IntegrationStep.run(
            declarations, settings.defaultAgentVersion(), settings.templates(), rules);
    ManifestStep.Outcome manifests =
        ManifestStep.run(
            integrations,
            declarations.manifests(),
            declarations.everyRun(),
            new BaseManifests(bases, settings.baseManifests()),
            settings.manifestNewline(),
            rules);
    List<Finding> findings = new ArrayList<>(integrations.findings());
    findings.addAll(manifests.findings());
    Baseline.Match<Report.Item> match = againstBaseline(findings);
    Report report = new Report(settings.profile(), match.fresh());
    if (report.hasErrors() || !manifests.problems().isEmpty()) {
      return new BuildOutcome(report, manifests.problems(), List.of(), match.known(), match.gone());
    }
    List<BuiltIntegration> built = new ArrayList<>();
    for (IntegrationAssets assets : integrations.integrations()) {
      String name = assets.identity().name();
      Optional<ConfiguredIntegration> config = integrations.configOf(name);
      GeneratedFiles files = AssetFiles.render(assets);
      if (config.isPresent()) {
        files = files.with(AssetFiles.config(name, config.get().outcome()));
      }
      JmxMetricsFile jmx = integrations.jmx().get(name);
      if (jmx != null) {
        files = files.with(AssetFiles.jmx(name, jmx));
      }
      ManifestStep.Result manifest = manifests.results().get(name);
      built.add(
          new BuiltIntegration(
              manifest.apply(files), manifest.fragment(), origins(assets, config)));
    }
    return new BuildOutcome(report, List.of(), built, match.known(), match.gone());
  }

  /**
   * The findings under the build's rule levels, split into those the baseline holds and new ones;
   * when the build records a baseline, every finding is taken as known.
   */
  private Baseline.Match<Report.Item> againstBaseline(List<Finding> findings) {
    Report report = Report.of(settings.profile(), settings.policy(), findings);
    Baseline baseline = settings.recordBaseline() ? recorded(report) : settings.baseline();
    Baseline.Match<Report.Item> match = baseline.match(report.items(), KEY);
    if (settings.failOn() != FailOn.WARNING) {
      return match;
    }
    List<Report.Item> strict = new ArrayList<>(match.fresh().size());
    for (Report.Item item : match.fresh()) {
      strict.add(new Report.Item(item.finding(), Severity.ERROR));
    }
    return new Baseline.Match<>(strict, match.known(), match.gone());
  }

  /** The baseline that records every finding of the report. */
  private static Baseline recorded(Report report) {
    List<FindingKey> keys = new ArrayList<>(report.items().size());
    for (Report.Item item : report.items()) {
      keys.add(key(item));
    }
    return Baseline.of(keys);
  }

  /** The key of a build's finding in a baseline. */
  public static FindingKey key(Report.Item item) {
    return FindingKey.ofBuild(item.finding());
  }

  /**
   * Checks the integrations and their configuration only, without metrics, service checks, JMX
   * rules or manifests: what a compilation round needs to know before it generates configuration
   * loaders. {@link #build} checks everything again.
   */
  public ConfigurationOutcome configurations(Declarations declarations) {
    IntegrationStep.Outcome integrations =
        IntegrationStep.configuration(declarations, settings.templates());
    Report report =
        new Report(settings.profile(), againstBaseline(integrations.findings()).fresh());
    return new ConfigurationOutcome(
        report, report.hasErrors() ? List.of() : integrations.configured());
  }

  /** The declarations an integration's files derive from: identity, metrics, checks, config. */
  private static List<Origin> origins(
      IntegrationAssets assets, Optional<ConfiguredIntegration> config) {
    Set<Origin> origins = new LinkedHashSet<>();
    origins.add(assets.identity().origin());
    if (assets.metadata().isPresent()) {
      for (MetricRow row : assets.metadata().get().rows()) {
        origins.add(row.origin());
      }
    }
    if (assets.serviceChecks().isPresent()) {
      for (ServiceCheckEntry entry : assets.serviceChecks().get().entries()) {
        origins.add(entry.origin());
      }
    }
    if (config.isPresent()) {
      add(config.get().declared(), origins);
    }
    return List.copyOf(origins);
  }

  private static void add(DeclaredConfig config, Set<Origin> origins) {
    if (config.initConfig().isPresent()) {
      origins.add(config.initConfig().get().origin());
    }
    if (config.instances().isPresent()) {
      origins.add(config.instances().get().origin());
    }
    if (config.logs().isPresent()) {
      origins.add(config.logs().get().origin());
    }
    if (config.autoConf().isPresent()) {
      origins.add(config.autoConf().get().origin());
    }
  }
}
