package io.github.ddassets.core.read;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.read.JsonDocumentReader.JsonSyntaxException;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an integration folder: the manifest facts first (they tell where the other files are and
 * what they must contain), then {@code metadata.csv} and {@code service_checks.json}.
 */
public final class IntegrationLoader {

  private final RepoOverrides overrides;
  private final DisplayPaths displayPaths;

  /**
   * @param overrides the repository's overrides (prefixes of integrations without a manifest)
   * @param displayPaths how to name files in findings
   */
  public IntegrationLoader(RepoOverrides overrides, DisplayPaths displayPaths) {
    this.overrides = overrides;
    this.displayPaths = displayPaths;
  }

  /** Reads one integration folder. */
  public LoadedIntegration load(IntegrationFolder folder) {
    List<Finding> findings = new ArrayList<>();
    Optional<ManifestFacts> manifest = readManifest(folder, findings);
    IntegrationIdentity identity = identity(folder, manifest);

    Optional<MetadataFile> metadata = Optional.empty();
    if (Files.isRegularFile(folder.metadata())) {
      Path file =
          resolve(folder, manifest.flatMap(ManifestFacts::metadataPathIfSet), folder.metadata());
      metadata = keep(MetadataReader.read(file, displayPaths.of(file)), findings);
    }
    Optional<ServiceChecksFile> serviceChecks = Optional.empty();
    Path serviceChecksFile =
        resolve(
            folder,
            manifest.flatMap(ManifestFacts::serviceChecksPathIfSet),
            folder.serviceChecks());
    if (Files.isRegularFile(serviceChecksFile)) {
      serviceChecks =
          keep(
              ServiceChecksReader.read(serviceChecksFile, displayPaths.of(serviceChecksFile)),
              findings);
    }
    return new LoadedIntegration(
        folder, new IntegrationAssets(identity, metadata, serviceChecks), findings);
  }

  private IntegrationIdentity identity(IntegrationFolder folder, Optional<ManifestFacts> manifest) {
    String name = folder.name();
    String prefix = manifest.map(ManifestFacts::metricPrefix).orElse(null);
    if (prefix == null || prefix.isEmpty()) {
      prefix = overrides.metricPrefix(name).orElse(prefix);
    }
    return new IntegrationIdentity(
        name,
        manifest.map(ManifestFacts::sourceTypeName).orElse(null),
        prefix,
        manifest.map(ManifestFacts::origin).orElse(FileOrigin.of(displayPaths.of(folder.dir()))));
  }

  private Optional<ManifestFacts> readManifest(IntegrationFolder folder, List<Finding> findings) {
    Path file = folder.manifest();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    String display = displayPaths.of(file);
    try {
      JsonDocument document = JsonDocumentReader.parse(TextFiles.readUtf8(file), display);
      if (!document.root().isObject()) {
        findings.add(
            Rule.MANIFEST_UNREADABLE.at(
                document.origin(""), "the top-level value is not an object"));
        return Optional.empty();
      }
      return Optional.of(ManifestFacts.of(document));
    } catch (JsonSyntaxException e) {
      findings.add(Rule.MANIFEST_UNREADABLE.at(e.origin(), e.getMessage()));
    } catch (IOException e) {
      findings.add(Rule.MANIFEST_UNREADABLE.at(FileOrigin.of(display), TextFiles.describe(e)));
    }
    return Optional.empty();
  }

  /**
   * The file a manifest path names, in the repository layout; the flat layout always keeps its
   * files under their plain names. A path that leaves the folder is ignored.
   */
  private static Path resolve(
      IntegrationFolder folder, Optional<String> manifestPath, Path fallback) {
    if (folder.layout() != Layout.REPOSITORY || manifestPath.isEmpty()) {
      return fallback;
    }
    Path dir = folder.dir().toAbsolutePath().normalize();
    Path resolved = dir.resolve(manifestPath.get()).normalize();
    return resolved.startsWith(dir) ? resolved : fallback;
  }

  private static <T> Optional<T> keep(Parsed<T> parsed, List<Finding> findings) {
    findings.addAll(parsed.findings());
    return parsed.value();
  }
}
