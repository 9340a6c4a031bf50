package io.github.ddassets.core.read;

import io.github.ddassets.core.manifest.LogsEvidence;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlScalar;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an integration folder: the manifest first (it tells where the other files are and what they
 * must contain), then {@code metadata.csv} and {@code service_checks.json}, and what the manifest
 * rules need to know of the folder (the spec's name, whether the integration collects logs, which
 * files exist).
 */
public final class IntegrationLoader {

  static final String README = "README.md";

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
    Optional<Manifest> manifest = readManifest(folder, findings);
    Optional<ManifestFacts> facts = manifest.map(ManifestFacts::of);
    IntegrationIdentity identity = identity(folder, facts);

    Optional<MetadataFile> metadata = Optional.empty();
    if (Files.isRegularFile(folder.metadata())) {
      Path file =
          resolve(folder, facts.flatMap(ManifestFacts::metadataPathIfSet), folder.metadata());
      metadata = keep(MetadataReader.read(file, displayPaths.of(file)), findings);
    }
    Optional<ServiceChecksFile> serviceChecks = Optional.empty();
    Path serviceChecksFile =
        resolve(
            folder, facts.flatMap(ManifestFacts::serviceChecksPathIfSet), folder.serviceChecks());
    if (Files.isRegularFile(serviceChecksFile)) {
      serviceChecks =
          keep(
              ServiceChecksReader.read(serviceChecksFile, displayPaths.of(serviceChecksFile)),
              findings);
    }
    IntegrationAssets assets = new IntegrationAssets(identity, metadata, serviceChecks);
    return new LoadedIntegration(folder, assets, manifest, context(folder, assets), findings);
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

  private Optional<Manifest> readManifest(IntegrationFolder folder, List<Finding> findings) {
    Path file = folder.manifest();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return keep(ManifestReader.read(file, displayPaths.of(file)), findings);
  }

  /** The folder as the manifest rules see it. */
  private ManifestContext context(IntegrationFolder folder, IntegrationAssets assets) {
    Path example = folder.example(IntegrationFolder.EXAMPLE);
    Optional<String> exampleText = readQuietly(example);
    Optional<String> readme = readQuietly(folder.dir().resolve(README));
    // A folder without README.md may be a partial copy: no logs section in the example alone
    // does not tell that the integration collects no logs.
    LogsEvidence logs = LogsEvidence.of(exampleText, readme, FolderFiles.isComplete(folder));
    ManifestContext context =
        ManifestContext.of(assets)
            .withLogs(logs)
            .withFolder(new FolderFiles(folder))
            .withAgentConfigFiles(exampleText.isPresent() || Files.isRegularFile(folder.spec()));
    return specName(folder).map(context::withSpecName).orElse(context);
  }

  /** The top-level {@code name} of the folder's spec, when it has a readable one. */
  private Optional<ManifestContext.SpecName> specName(IntegrationFolder folder) {
    Path spec = folder.spec();
    Optional<String> text = readQuietly(spec);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      // Problems with the spec itself are ConfigCheck's findings; here it only gives its name.
      YamlNode root = YamlReader.read(text.get(), displayPaths.of(spec));
      if (root instanceof YamlMap map
          && map.get("name") instanceof YamlScalar name
          && name.value() instanceof String value) {
        return Optional.of(new ManifestContext.SpecName(value, name.origin()));
      }
    } catch (YamlSyntaxException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<String> readQuietly(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(TextFiles.readUtf8(file));
    } catch (IOException e) {
      return Optional.empty();
    }
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
