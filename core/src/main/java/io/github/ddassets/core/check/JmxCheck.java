package io.github.ddassets.core.check;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.JmxTemplates;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.JmxMetricsReader;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.read.Parsed;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.SpecRendering;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Profile;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.RuleSet;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a JMX integration folder: ddev's {@code validate jmx-metrics} (for a folder whose
 * {@code conf.yaml.example} sets {@code init_config.is_jmx}, or whose spec renders one that does
 * when the folder has no example) and the strict agreement of {@code metrics.yaml} with {@code
 * metadata.csv}. A folder with a {@code metrics.yaml} that is not a JMX integration for ddev (a
 * hybrid check whose example sets {@code is_jmx: false}) gets the strict checks only.
 */
final class JmxCheck {

  private static final String EXAMPLE = "conf.yaml.example";

  private final RuleSet rules;
  private final ConfigTemplates templates;
  private final DisplayPaths displayPaths;

  JmxCheck(RuleSet rules, ConfigTemplates templates, DisplayPaths displayPaths) {
    this.rules = rules;
    this.templates = templates;
    this.displayPaths = displayPaths;
  }

  /** Every finding of the folder's JMX files; none for a folder that is not a JMX integration. */
  List<Finding> check(LoadedIntegration loaded) {
    IntegrationFolder folder = loaded.folder();
    Path metricsFile = folder.example(JmxMetricsFile.FILE_NAME);
    boolean hasMetrics = Files.isRegularFile(metricsFile);
    boolean isJmx = isJmx(folder, hasMetrics);
    if (!hasMetrics && !isJmx) {
      return List.of();
    }
    List<Finding> findings = new ArrayList<>();
    String shown = displayPaths.of(metricsFile);
    if (!hasMetrics) {
      findings.add(Rule.JMX_METRICS_MISSING.at(FileOrigin.of(shown), shown));
    } else {
      Parsed<JmxMetricsFile> parsed = JmxMetricsReader.read(metricsFile, shown);
      findings.addAll(parsed.findings());
      parsed
          .value()
          .ifPresent(
              file ->
                  findings.addAll(rules.jmxMetrics(file, loaded.assets().metadata(), Set.of())));
    }
    findings.addAll(specTemplates(folder));
    if (!isJmx) {
      // ddev validates only what it selects; the strict agreement holds for any metrics.yaml.
      return findings.stream().filter(f -> f.rule().profile() != Profile.DDEV).toList();
    }
    return findings;
  }

  private List<Finding> specTemplates(IntegrationFolder folder) {
    Path spec = folder.spec();
    String shown = displayPaths.of(spec);
    if (!Files.isRegularFile(spec)) {
      return List.of(
          Rule.JMX_SPEC_TEMPLATES.at(FileOrigin.of(shown), "config spec does not exist: " + shown));
    }
    try {
      YamlNode root = YamlReader.read(TextFiles.readUtf8(spec), shown);
      JmxTemplates used = JmxTemplates.of(root);
      return rules.jmxSpecTemplates(used.initConfig(), used.instances(), FileOrigin.of(shown));
    } catch (IOException | YamlSyntaxException e) {
      return List.of(); // the spec's own check reports an unreadable spec
    }
  }

  /** ddev's selection: the example's init_config.is_jmx, the rendered one when there is none. */
  private boolean isJmx(IntegrationFolder folder, boolean hasMetrics) {
    Path example = folder.example(EXAMPLE);
    if (Files.isRegularFile(example)) {
      return readIsJmx(example).orElse(false);
    }
    if (!hasMetrics) {
      return false;
    }
    return renderedIsJmx(folder).orElse(true);
  }

  private Optional<Boolean> readIsJmx(Path example) {
    try {
      return JmxTemplates.isJmx(TextFiles.readUtf8(example), displayPaths.of(example));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Optional<Boolean> renderedIsJmx(IntegrationFolder folder) {
    Path spec = folder.spec();
    if (!Files.isRegularFile(spec)) {
      return Optional.empty();
    }
    try {
      String shown = displayPaths.of(spec);
      SpecRendering.Result result =
          SpecRendering.render(TextFiles.readUtf8(spec), shown, folder.name(), templates);
      for (RenderedExample example : result.examples()) {
        if (example.exampleName().equals(EXAMPLE)) {
          return Optional.of(JmxTemplates.isJmx(example.text(), shown).orElse(false));
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
