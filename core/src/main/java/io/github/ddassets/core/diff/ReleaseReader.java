package io.github.ddassets.core.diff;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.output.GeneratedFolders;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.IntegrationLoader;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.read.Parsed;
import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.ServiceChecksReader;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.rules.Finding;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.zip.ZipException;

/**
 * Reads a release: an integration folder or a repository of them, a build's generated output (the
 * class output, its {@code META-INF/datadog} folder or one integration's generated folder), or a
 * jar holding {@code META-INF/datadog}. Everything is read at once, so a jar is closed again before
 * the comparison starts.
 */
public final class ReleaseReader {

  private final SpecOptions specOptions;

  /** A reader that expands spec templates with the given set. */
  public ReleaseReader(ConfigTemplates templates) {
    this.specOptions = new SpecOptions(templates);
  }

  /**
   * Reads the release at a path.
   *
   * @param path a folder or a jar
   * @param shown how the user named it, for messages and locations
   * @throws UnreadableReleaseException when it cannot be read, with a one-line reason
   */
  public Release read(Path path, String shown) throws UnreadableReleaseException {
    if (Files.isDirectory(path)) {
      return readFolder(path, shown);
    }
    if (!Files.isRegularFile(path)) {
      throw new UnreadableReleaseException(shown + " is neither a folder nor a jar");
    }
    try (FileSystem jar = FileSystems.newFileSystem(path)) {
      Path inside = jar.getPath("/").resolve(GeneratedFolders.CLASS_OUTPUT_FOLDER);
      if (!Files.isDirectory(inside)) {
        throw new UnreadableReleaseException(
            shown + " holds no " + GeneratedFolders.CLASS_OUTPUT_FOLDER + " folder");
      }
      return read(
          inside,
          new DisplayPaths(inside, shown + "!/" + GeneratedFolders.CLASS_OUTPUT_FOLDER),
          shown);
    } catch (ZipException | ProviderNotFoundException e) {
      throw new UnreadableReleaseException(shown + " is neither a folder nor a jar");
    } catch (IOException e) {
      throw new UnreadableReleaseException("cannot read " + shown + ": " + TextFiles.describe(e));
    }
  }

  private Release readFolder(Path path, String shown) throws UnreadableReleaseException {
    Path inside = path.resolve(GeneratedFolders.CLASS_OUTPUT_FOLDER);
    if (Files.isDirectory(inside)) {
      return read(
          inside,
          new DisplayPaths(inside, shown + "/" + GeneratedFolders.CLASS_OUTPUT_FOLDER),
          shown);
    }
    return read(path, new DisplayPaths(path, shown), shown);
  }

  private Release read(Path root, DisplayPaths paths, String shown)
      throws UnreadableReleaseException {
    List<IntegrationFolder> folders;
    try {
      folders = IntegrationFolder.under(root);
    } catch (IOException e) {
      throw new UnreadableReleaseException("cannot list " + shown + ": " + TextFiles.describe(e));
    }
    if (folders.isEmpty()) {
      throw new UnreadableReleaseException(
          shown + " holds no integration (no metadata.csv, service_checks.json, spec or manifest)");
    }
    IntegrationLoader loader = new IntegrationLoader(RepoOverrides.NONE, paths);
    List<IntegrationSnapshot> snapshots = new ArrayList<>();
    for (IntegrationFolder folder : folders) {
      snapshots.add(snapshot(loader.load(folder), paths));
    }
    return new Release(shown, snapshots);
  }

  private IntegrationSnapshot snapshot(LoadedIntegration loaded, DisplayPaths paths)
      throws UnreadableReleaseException {
    if (!loaded.readFindings().isEmpty()) {
      throw unreadable(loaded.readFindings().get(0));
    }
    IntegrationFolder folder = loaded.folder();
    return new IntegrationSnapshot(
        folder.name(),
        metrics(loaded.assets().metadata()),
        serviceChecks(loaded.assets().serviceChecks()),
        options(folder, paths),
        loaded.manifest(),
        FileOrigin.of(paths.of(folder.dir())));
  }

  private static Map<String, MetricFacts> metrics(Optional<MetadataFile> file) {
    Map<String, MetricFacts> metrics = new LinkedHashMap<>();
    for (MetricRow row : file.map(MetadataFile::rows).orElse(List.of())) {
      if (!row.metricName().isEmpty()) {
        metrics.putIfAbsent(row.metricName(), MetricFacts.of(row));
      }
    }
    return metrics;
  }

  private static Map<String, ServiceCheckFacts> serviceChecks(Optional<ServiceChecksFile> file) {
    Map<String, ServiceCheckFacts> checks = new LinkedHashMap<>();
    for (ServiceCheckEntry entry : file.map(ServiceChecksFile::entries).orElse(List.of())) {
      ServiceCheckFacts.of(entry).ifPresent(facts -> checks.putIfAbsent(facts.check(), facts));
    }
    return checks;
  }

  private Map<String, OptionFacts> options(IntegrationFolder folder, DisplayPaths paths)
      throws UnreadableReleaseException {
    Path spec = folder.spec();
    if (!Files.isRegularFile(spec)) {
      return Map.of();
    }
    String shown = paths.of(spec);
    try {
      return specOptions.read(TextFiles.readUtf8(spec), shown, folder.name());
    } catch (IOException e) {
      throw new UnreadableReleaseException(
          TextFiles.origin(e, shown).describe() + ": " + TextFiles.describe(e));
    }
  }

  /**
   * The snapshot of files a build generated, before they are written anywhere: what the processor
   * compares with the previous release.
   *
   * @throws UnreadableReleaseException when a generated file cannot be parsed (never, for files the
   *     build wrote without an error)
   */
  public IntegrationSnapshot generated(GeneratedFiles files) throws UnreadableReleaseException {
    Map<String, String> texts = files.files();
    String base = files.integration() + "/";
    Optional<MetadataFile> metadata =
        parsed(texts, GeneratedFiles.METADATA, base, MetadataReader::parse);
    Optional<ServiceChecksFile> serviceChecks =
        parsed(texts, GeneratedFiles.SERVICE_CHECKS, base, ServiceChecksReader::parse);
    Optional<Manifest> manifest =
        parsed(texts, GeneratedFiles.MANIFEST, base, ManifestReader::parse);
    String spec = texts.get(GeneratedFiles.SPEC);
    Map<String, OptionFacts> options =
        spec == null
            ? Map.of()
            : specOptions.read(spec, base + GeneratedFiles.SPEC, files.integration());
    return new IntegrationSnapshot(
        files.integration(),
        metrics(metadata),
        serviceChecks(serviceChecks),
        options,
        manifest,
        FileOrigin.of(files.integration()));
  }

  private static <T> Optional<T> parsed(
      Map<String, String> texts,
      String path,
      String base,
      BiFunction<String, String, Parsed<T>> parser)
      throws UnreadableReleaseException {
    String text = texts.get(path);
    if (text == null) {
      return Optional.empty();
    }
    Parsed<T> parsed = parser.apply(text, base + path);
    if (!parsed.findings().isEmpty()) {
      throw unreadable(parsed.findings().get(0));
    }
    return parsed.value();
  }

  private static UnreadableReleaseException unreadable(Finding finding) {
    return new UnreadableReleaseException(finding.origin().describe() + ": " + finding.message());
  }
}
