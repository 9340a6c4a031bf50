package io.github.ddassets.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder holding one integration's asset files, in the repository layout or the flat layout.
 *
 * @param dir the folder
 * @param layout where it keeps its files
 */
public record IntegrationFolder(Path dir, Layout layout) {

  static final String MANIFEST = "manifest.json";
  static final String METADATA = "metadata.csv";
  static final String SERVICE_CHECKS = "service_checks.json";
  static final String REPO_SERVICE_CHECKS = "assets/service_checks.json";
  static final String SPEC = "spec.yaml";
  static final String REPO_SPEC = "assets/configuration/spec.yaml";
  static final String EXAMPLE = "conf.yaml.example";

  /** The integration's name: the folder's name. */
  public String name() {
    Path fileName = dir.toAbsolutePath().normalize().getFileName();
    return fileName == null ? "" : fileName.toString();
  }

  /** The manifest's path (it may not exist). */
  public Path manifest() {
    return dir.resolve(MANIFEST);
  }

  /** The default path of metadata.csv (it may not exist). */
  public Path metadata() {
    return dir.resolve(METADATA);
  }

  /** The default path of service_checks.json (it may not exist). */
  public Path serviceChecks() {
    return dir.resolve(layout == Layout.FLAT ? SERVICE_CHECKS : REPO_SERVICE_CHECKS);
  }

  /** The configuration spec's path (it may not exist). */
  public Path spec() {
    return dir.resolve(layout == Layout.FLAT ? SPEC : REPO_SPEC);
  }

  /**
   * Where an example file rendered from the spec lives: beside the other files in the flat layout,
   * in the Python package's {@code data} folder in the repository layout.
   */
  public Path example(String exampleName) {
    return layout == Layout.FLAT ? dir.resolve(exampleName) : dataDir().resolve(exampleName);
  }

  /**
   * The package's data folder: {@code datadog_checks/<name>/data}, or the only package's data
   * folder when the package is named differently from the folder.
   */
  private Path dataDir() {
    Path packages = dir.resolve("datadog_checks");
    Path byName = packages.resolve(name()).resolve("data");
    if (Files.isDirectory(byName) || !Files.isDirectory(packages)) {
      return byName;
    }
    try (Stream<Path> children = Files.list(packages)) {
      List<Path> dataDirs =
          children.map(child -> child.resolve("data")).filter(Files::isDirectory).sorted().toList();
      return dataDirs.size() == 1 ? dataDirs.get(0) : byName;
    } catch (IOException e) {
      return byName;
    }
  }

  /** Recognizes an integration folder: one that holds at least one asset file in either layout. */
  public static Optional<IntegrationFolder> detect(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    boolean flat =
        Stream.of(SERVICE_CHECKS, SPEC, EXAMPLE)
            .anyMatch(name -> Files.isRegularFile(dir.resolve(name)));
    if (flat) {
      return Optional.of(new IntegrationFolder(dir, Layout.FLAT));
    }
    boolean repository =
        Stream.of(MANIFEST, METADATA, REPO_SERVICE_CHECKS, REPO_SPEC)
            .anyMatch(name -> Files.isRegularFile(dir.resolve(name)));
    return repository
        ? Optional.of(new IntegrationFolder(dir, Layout.REPOSITORY))
        : Optional.empty();
  }

  /**
   * The integration folders a path stands for: the folder itself when it is one, else its
   * integration sub-folders (a repository root), sorted by name.
   *
   * @throws IOException when the folder cannot be listed
   */
  public static List<IntegrationFolder> under(Path path) throws IOException {
    Optional<IntegrationFolder> self = detect(path);
    if (self.isPresent()) {
      return List.of(self.get());
    }
    List<IntegrationFolder> folders = new ArrayList<>();
    try (Stream<Path> children = Files.list(path)) {
      for (Path child : children.sorted().toList()) {
        if (!child.getFileName().toString().startsWith(".")) {
          detect(child).ifPresent(folders::add);
        }
      }
    }
    return folders;
  }
}
