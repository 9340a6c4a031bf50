package io.github.ddassets.core.build;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.declare.DeclaredConfig;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.LogsDeclaration;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.declare.Vocabulary.Integration;
import io.github.ddassets.core.manifest.LogsEvidence;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.manifest.Telemetry;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.Parsed;
import io.github.ddassets.core.render.ManifestRenderer;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the manifest of every integration that passed its own checks: reads its base manifest,
 * merges the code in, and checks the result with every manifest rule, the cross-file rules and
 * those of API integrations. Writes nothing itself: it says which files each integration gets.
 */
final class ManifestStep {

  /** The manifest's path in an integration folder. */
  static final String MANIFEST = GeneratedFiles.MANIFEST;

  /** The fragment's path: the keys the code owns, for repositories with a hand-written manifest. */
  static final String FRAGMENT = GeneratedFiles.FRAGMENT;

  /**
   * What the manifest step decided for one integration.
   *
   * @param fragment the keys the code owns
   * @param manifest the text of manifest.json, when the integration declares a manifest
   * @param ownsMetrics whether metadata.csv is written
   * @param ownsIntegration whether service_checks.json is written
   */
  record Result(
      ObjectNode fragment,
      Optional<String> manifest,
      boolean ownsMetrics,
      boolean ownsIntegration) {

    /** The integration's files: the manifest files added, the files it does not own removed. */
    GeneratedFiles apply(GeneratedFiles files) {
      Map<String, String> all = new TreeMap<>(files.files());
      if (!ownsMetrics) {
        all.remove(GeneratedFiles.METADATA);
      }
      if (!ownsIntegration) {
        all.remove(GeneratedFiles.SERVICE_CHECKS);
      }
      all.put(FRAGMENT, ManifestRenderer.render(fragment, ManifestFormat.CANONICAL));
      if (manifest.isPresent()) {
        all.put(MANIFEST, manifest.get());
      }
      return new GeneratedFiles(files.integration(), all);
    }
  }

  /**
   * The results, by integration name, and the findings and problems of the step.
   *
   * @param results what each integration gets
   * @param findings rule findings
   * @param problems errors about options, without a position
   */
  record Outcome(Map<String, Result> results, List<Finding> findings, List<String> problems) {}

  /** The rules of Datadog's guide to API integrations. */
  private static final Set<Rule> API_RULES =
      EnumSet.of(
          Rule.MANIFEST_OAUTH_SCOPES,
          Rule.MANIFEST_OAUTH_API_KEYS_WRITE,
          Rule.MANIFEST_API_TELEMETRY,
          Rule.MANIFEST_AUTO_INSTALL_API);

  private final IntegrationStep.Outcome integrations;
  private final Map<String, ManifestDeclaration> declared;
  private final Set<Origin> everyRun;
  private final BaseManifests bases;
  private final String newline;
  private final RuleSet rules;
  private final List<Finding> findings = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Map<String, String> checkClasses = new HashMap<>();

  private ManifestStep(
      IntegrationStep.Outcome integrations,
      Map<String, ManifestDeclaration> declared,
      Set<Origin> everyRun,
      BaseManifests bases,
      String newline,
      RuleSet rules) {
    this.integrations = integrations;
    // By name, first check class in order: a lookup per integration, not a scan of them all.
    for (Map.Entry<String, IntegrationDeclaration> entry : integrations.declarations().entrySet()) {
      checkClasses.putIfAbsent(entry.getValue().name(), entry.getKey());
    }
    this.declared = declared;
    this.everyRun = everyRun;
    this.bases = bases;
    this.newline = newline;
    this.rules = rules;
  }

  /**
   * @param integrations the integrations built from the sources
   * @param declared the manifest declarations, by check class
   * @param everyRun the origins of the metrics marked {@code emittedEveryRun}
   * @param bases where base manifests are found
   * @param newline the {@code ddassets.manifestNewline} option
   * @param rules the rules manifests are checked with
   */
  static Outcome run(
      IntegrationStep.Outcome integrations,
      Map<String, ManifestDeclaration> declared,
      Set<Origin> everyRun,
      BaseManifests bases,
      String newline,
      RuleSet rules) {
    return new ManifestStep(integrations, declared, everyRun, bases, newline, rules).run();
  }

  private Outcome run() {
    List<String> withoutAttribute = new ArrayList<>();
    for (IntegrationAssets assets : integrations.integrations()) {
      if (declarationOf(assets).basePath().isEmpty()) {
        withoutAttribute.add(assets.identity().name());
      }
    }
    boolean optionFile = bases.optionIsFile() && withoutAttribute.size() == 1;
    if (bases.optionIsFile() && withoutAttribute.size() > 1) {
      problems.add(
          BaseManifests.OPTION
              + " names a file, but "
              + withoutAttribute.size()
              + " integrations ("
              + String.join(", ", withoutAttribute)
              + ") have no manifest attribute: name a folder holding <name>/manifest.json, or"
              + " set manifest = \"...\" on each @Integration");
    }
    Map<String, Result> results = new LinkedHashMap<>();
    for (IntegrationAssets assets : integrations.integrations()) {
      Optional<Result> result = result(assets, optionFile);
      if (result.isPresent()) {
        results.put(assets.identity().name(), result.get());
      }
    }
    return new Outcome(results, findings, problems);
  }

  private ManifestDeclaration declarationOf(IntegrationAssets assets) {
    return declared.get(checkClasses.get(assets.identity().name()));
  }

  private Optional<Result> result(IntegrationAssets assets, boolean optionFile) {
    String name = assets.identity().name();
    ManifestDeclaration declaration = declarationOf(assets);
    IntegrationDeclaration integration = integrations.declarations().get(checkClasses.get(name));
    Optional<ConfiguredIntegration> config = integrations.configOf(name);
    Map<String, String> configFiles =
        config.isPresent() ? AssetFiles.config(name, config.get().outcome()) : Map.of();
    BaseManifests.Lookup lookup = bases.find(name, declaration.basePath(), optionFile);
    Origin baseOrigin = declaration.integration().attribute(Integration.MANIFEST);
    if (!lookup.problem().isEmpty()) {
      findings.add(Rule.SOURCE_MANIFEST_BASE.at(baseOrigin, lookup.problem()));
      return Optional.empty();
    }
    Optional<Manifest> base = Optional.empty();
    if (lookup.file().isPresent()) {
      BaseManifestFile file = lookup.file().get();
      Parsed<Manifest> parsed = ManifestReader.parse(file.text(), file.displayPath());
      if (parsed.value().isEmpty()) {
        Finding problem = parsed.findings().get(0);
        String reason = problem.message().replaceFirst("^cannot read manifest\\.json: ", "");
        findings.add(
            Rule.SOURCE_MANIFEST_BASE.at(
                baseOrigin,
                "cannot read the base manifest " + problem.origin().describe() + ": " + reason));
        return Optional.empty();
      }
      base = parsed.value();
    }
    Optional<DeclaredConfig> declaredConfig =
        config.isPresent() ? Optional.of(config.get().declared()) : Optional.empty();
    Optional<LogsDeclaration> logs =
        declaredConfig.isPresent() ? declaredConfig.get().logs() : Optional.empty();
    ManifestBuilder.Built built =
        ManifestBuilder.build(
            new ManifestBuilder.Input(
                integration,
                declaration,
                assets,
                everyRun,
                configFiles.containsKey(GeneratedFiles.SPEC),
                logs,
                base,
                newline));
    findings.addAll(built.conflicts());
    kind(declaration, declaredConfig);
    boolean writesManifest = declaration.declaresManifest() || base.isPresent();
    if (writesManifest) {
      check(built, declaration, assets, configFiles, base, lookup, logs.isPresent());
    }
    Optional<String> text =
        writesManifest
            ? Optional.of(ManifestRenderer.render(built.tree(), built.format()))
            : Optional.empty();
    return Optional.of(
        new Result(
            built.fragment(),
            text,
            built.ownsMetrics(),
            built.ownsIntegration() || declaration.emptyServiceChecks()));
  }

  /** API integrations have OAuth and no Agent configuration; only they have OAuth. */
  private void kind(ManifestDeclaration declaration, Optional<DeclaredConfig> config) {
    if (declaration.api()) {
      if (config.isPresent()) {
        DeclaredConfig parts = config.get();
        if (parts.initConfig().isPresent()) {
          agentConfig(parts.initConfig().get().origin(), "@InitConfig");
        }
        if (parts.instances().isPresent()) {
          agentConfig(parts.instances().get().origin(), "@InstanceConfig");
        }
        if (parts.logs().isPresent()) {
          agentConfig(parts.logs().get().origin(), "@Logs");
        }
        if (parts.autoConf().isPresent()) {
          agentConfig(parts.autoConf().get().origin(), "@AutoConf");
        }
      }
    } else if (declaration.oauth().isPresent()) {
      findings.add(
          Rule.SOURCE_INTEGRATION_KIND.at(
              declaration.oauth().get(),
              "@OAuth declares the OAuth scopes of an API integration: set kind ="
                  + " IntegrationKind.API on @Integration"));
    }
  }

  private void agentConfig(Origin origin, String annotation) {
    findings.add(
        Rule.SOURCE_INTEGRATION_KIND.at(
            origin,
            annotation
                + " declares Agent configuration, but this is an API integration (kind = API): it"
                + " runs outside the Agent and has no spec.yaml or conf.yaml.example"));
  }

  /** Every manifest rule on the built manifest, and the API rules only the code can check. */
  private void check(
      ManifestBuilder.Built built,
      ManifestDeclaration declaration,
      IntegrationAssets assets,
      Map<String, String> configFiles,
      Optional<Manifest> base,
      BaseManifests.Lookup lookup,
      boolean logsDeclared) {
    IntegrationAssets written =
        new IntegrationAssets(
            assets.identity(),
            built.ownsMetrics() ? assets.metadata() : Optional.empty(),
            built.ownsIntegration() ? assets.serviceChecks() : Optional.empty());
    Map<String, String> generated = new TreeMap<>(configFiles);
    if (written.metadata().isPresent()) {
      generated.put(GeneratedFiles.METADATA, "");
    }
    if (written.serviceChecks().isPresent()) {
      generated.put(GeneratedFiles.SERVICE_CHECKS, "");
    }
    Optional<Path> baseFile =
        lookup.file().isPresent() ? lookup.file().get().file() : Optional.empty();
    Optional<Path> folder = GeneratedFolder.completeFolder(baseFile);
    Manifest manifest = built.manifest();
    ManifestContext context =
        ManifestContext.of(written)
            .withLogs(logs(logsDeclared, configFiles, base, folder, assets.identity().name()))
            .withFolder(new GeneratedFolder(generated, folder))
            .withAgentConfigFiles(configFiles.containsKey(GeneratedFiles.SPEC))
            .withAssignedKeys(base.isPresent());
    // source-integration-kind refuses an @OAuth outside an API integration; the rules of API
    // integrations, which its `oauth` key would call for, would only restate that error as advice
    // that does not apply.
    boolean dropApiRules = !declaration.api() && declaration.oauth().isPresent();
    for (Finding finding : rules.manifest(manifest, context)) {
      if (!dropApiRules || !API_RULES.contains(finding.rule())) {
        findings.add(finding);
      }
    }
    if (declaration.api() && declaration.oauth().isEmpty()) {
      Origin kind = declaration.integration().attribute(Integration.KIND);
      findings.addAll(
          rules.oauthScopes(
              List.of(), kind, index -> kind, Telemetry.of(manifest, written.metadata())));
    }
  }

  /**
   * Whether the integration collects logs: declared ({@code @Logs}), else as ddev tells from the
   * base manifest's folder (its conf.yaml.example and README.md), else, without a base manifest,
   * not (the code is the whole integration); a base manifest without its folder cannot tell.
   */
  private static LogsEvidence logs(
      boolean logsDeclared,
      Map<String, String> configFiles,
      Optional<Manifest> base,
      Optional<Path> folder,
      String name) {
    // A logs source alone is not ddev's evidence: manifest-logs-source-category (strict) asks
    // for the tag then.
    if (logsDeclared) {
      return LogsEvidence.HAS_LOGS;
    }
    if (base.isEmpty()) {
      return LogsEvidence.NO_LOGS;
    }
    if (folder.isEmpty()) {
      return LogsEvidence.UNKNOWN;
    }
    Optional<String> example =
        Optional.ofNullable(configFiles.get(GeneratedFiles.example(name, "conf.yaml.example")));
    return LogsEvidence.of(example, read(folder.get().resolve("README.md")), true);
  }

  private static Optional<String> read(Path file) {
    try {
      return Optional.of(Files.readString(file));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
