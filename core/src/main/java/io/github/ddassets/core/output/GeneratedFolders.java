package io.github.ddassets.core.output;

import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads back the files a build generated, for the command-line {@code verify} and {@code sync}.
 *
 * <p>The folder given may be the class output ({@code target/classes}), the {@code
 * META-INF/datadog} folder inside it (one folder per integration), or a single integration's
 * folder: the first of these that applies is used.
 */
public final class GeneratedFolders {

  /** Where the processor writes inside the class output. */
  public static final String CLASS_OUTPUT_FOLDER = "META-INF/datadog";

  private GeneratedFolders() {}

  /**
   * Every integration's generated files, sorted by integration name.
   *
   * @throws IOException when a file cannot be read
   * @throws IllegalArgumentException when a folder name cannot name an integration
   */
  public static List<GeneratedFiles> read(Path folder) throws IOException {
    Path inClassOutput = folder.resolve(CLASS_OUTPUT_FOLDER);
    if (Files.isDirectory(inClassOutput)) {
      return readAll(inClassOutput);
    }
    if (isIntegrationFolder(folder)) {
      Path name = folder.toAbsolutePath().normalize().getFileName();
      return List.of(readOne(name == null ? "" : name.toString(), folder));
    }
    return readAll(folder);
  }

  /** Whether the folder directly holds generated asset files. */
  private static boolean isIntegrationFolder(Path folder) {
    return Stream.of(
            GeneratedFiles.METADATA,
            GeneratedFiles.MANIFEST,
            GeneratedFiles.FRAGMENT,
            "assets",
            "datadog_checks")
        .anyMatch(path -> Files.exists(folder.resolve(path)));
  }

  private static List<GeneratedFiles> readAll(Path root) throws IOException {
    List<Path> folders;
    try (Stream<Path> children = Files.list(root)) {
      // Only folders that hold generated files: a class output without META-INF/datadog (the
      // processor did not run) holds package folders of class files, which are not integrations.
      folders =
          children
              .filter(Files::isDirectory)
              .filter(GeneratedFolders::isIntegrationFolder)
              .sorted()
              .toList();
    }
    List<GeneratedFiles> all = new ArrayList<>();
    for (Path folder : folders) {
      all.add(readOne(folder.getFileName().toString(), folder));
    }
    return all;
  }

  private static GeneratedFiles readOne(String integration, Path folder) throws IOException {
    IntegrationNames.problem(integration)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(
                  folder + " cannot name an integration: " + problem);
            });
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Map<String, String> texts = new TreeMap<>();
    for (Path file : files) {
      String relative = folder.relativize(file).toString().replace('\\', '/');
      texts.put(relative, TextFiles.readUtf8(file));
    }
    return new GeneratedFiles(integration, texts);
  }
}
