package io.github.ddassets.cli.imports;

import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.JmxMetricsReader;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.read.ServiceChecksReader;
import io.github.ddassets.core.render.JmxMetricsRenderer;
import io.github.ddassets.core.render.ManifestRenderer;
import io.github.ddassets.core.render.MetadataRenderer;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The files of an integration the round trip compares: where the original is, where the processor
 * writes the regenerated one, and what the original's canonical form is.
 */
enum RoundTripFile {
  METADATA("metadata.csv", true),
  SERVICE_CHECKS("service_checks.json", true),
  MANIFEST("manifest.json", true),
  SPEC("spec.yaml", false),
  EXAMPLE("conf.yaml.example", false),
  JMX_METRICS("metrics.yaml", false);

  private final String label;
  private final boolean asset;

  RoundTripFile(String label, boolean asset) {
    this.label = label;
    this.asset = asset;
  }

  /** The file's name in the table. */
  String label() {
    return label;
  }

  /** Whether it is one of the files of metrics, service checks and manifest (not configuration). */
  boolean asset() {
    return asset;
  }

  /** The original file of a folder (it may not exist). */
  Path original(IntegrationFolder folder) {
    return switch (this) {
      case METADATA -> folder.metadata();
      case SERVICE_CHECKS -> folder.serviceChecks();
      case MANIFEST -> folder.manifest();
      case SPEC -> folder.spec();
      case EXAMPLE, JMX_METRICS -> folder.example(label);
    };
  }

  /** Where the processor writes it, relative to the class output. */
  String generated(String integration) {
    String folder = "META-INF/datadog/" + integration + "/";
    return folder
        + switch (this) {
          case METADATA -> GeneratedFiles.METADATA;
          case SERVICE_CHECKS -> GeneratedFiles.SERVICE_CHECKS;
          case MANIFEST -> "manifest.json";
          case SPEC -> GeneratedFiles.SPEC;
          case EXAMPLE, JMX_METRICS -> GeneratedFiles.example(integration, label);
        };
  }

  /**
   * The canonical form of an original text, the form the processor writes: metadata rows in the
   * file's order (the import keeps it), service checks sorted by check, ddev's column and key
   * order, Python's layout. Empty when the file has no other form than its own (the example) or
   * cannot be read.
   */
  Optional<String> canonical(String text) {
    return switch (this) {
      case METADATA -> MetadataReader.parse(text, label).value().map(MetadataRenderer::render);
      case SERVICE_CHECKS ->
          ServiceChecksReader.parse(text, label).value().map(RoundTripFile::sortedServiceChecks);
      case MANIFEST -> ManifestReader.parse(text, label).value().map(RoundTripFile::manifest);
      case JMX_METRICS ->
          JmxMetricsReader.parse(text, label).value().map(JmxMetricsRenderer::render);
      case SPEC, EXAMPLE -> Optional.empty();
    };
  }

  /** Whether a regenerated text says the same as the original (for the spec: the same YAML). */
  boolean same(String original, String regenerated) {
    if (original.equals(regenerated)) {
      return true;
    }
    if (this != SPEC) {
      return false;
    }
    try {
      Yaml yaml = new Yaml(new LoaderOptions());
      return Objects.equals(yaml.load(original), yaml.load(regenerated));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String sortedServiceChecks(ServiceChecksFile file) {
    return ServiceChecksRenderer.render(LayoutNotes.sorted(file));
  }

  private static String manifest(Manifest manifest) {
    return ManifestRenderer.render(manifest);
  }
}
