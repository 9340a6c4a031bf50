package io.github.ddassets.core.build;

import io.github.ddassets.core.declare.ConfigOutcome;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.render.JmxMetricsRenderer;
import io.github.ddassets.core.render.MetadataRenderer;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Places rendered texts at their paths inside an integration folder. */
public final class AssetFiles {

  private AssetFiles() {}

  /** The text of every file the model holds, by path inside the integration folder. */
  public static GeneratedFiles render(IntegrationAssets assets) {
    Map<String, String> files = new LinkedHashMap<>();
    if (assets.metadata().isPresent()) {
      files.put(GeneratedFiles.METADATA, MetadataRenderer.render(assets.metadata().get()));
    }
    if (assets.serviceChecks().isPresent()) {
      files.put(
          GeneratedFiles.SERVICE_CHECKS,
          ServiceChecksRenderer.renderGenerated(assets.serviceChecks().get()));
    }
    return new GeneratedFiles(assets.identity().name(), files);
  }

  /**
   * The configuration files of an integration, by path inside its folder: the spec under {@code
   * assets/configuration/} and the examples under {@code datadog_checks/<name>/data/}.
   */
  public static Map<String, String> config(String integration, ConfigOutcome outcome) {
    Map<String, String> files = new TreeMap<>();
    if (outcome.spec().isPresent()) {
      files.put(GeneratedFiles.SPEC, outcome.spec().get());
    }
    for (Map.Entry<String, String> example : outcome.examples().entrySet()) {
      files.put(GeneratedFiles.example(integration, example.getKey()), example.getValue());
    }
    return files;
  }

  /** A JMX integration's {@code metrics.yaml}, at {@code datadog_checks/<name>/data/}. */
  public static Map<String, String> jmx(String integration, JmxMetricsFile file) {
    return Map.of(
        GeneratedFiles.example(integration, JmxMetricsFile.FILE_NAME),
        JmxMetricsRenderer.render(file));
  }
}
