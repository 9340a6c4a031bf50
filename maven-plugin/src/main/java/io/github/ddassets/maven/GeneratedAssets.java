package io.github.ddassets.maven;

import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.output.GeneratedFolders;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** Reads back what the annotation processor wrote into a module's class output. */
final class GeneratedAssets {

  private GeneratedAssets() {}

  /** The folder the processor writes into: one folder per integration. */
  static Path folder(Path classesDirectory) {
    return classesDirectory.resolve(GeneratedFolders.CLASS_OUTPUT_FOLDER);
  }

  /**
   * Every integration's generated files, sorted by name; none when the processor wrote nothing.
   *
   * @throws MojoExecutionException when a generated file cannot be read, or a folder in the class
   *     output cannot name an integration
   */
  static List<GeneratedFiles> read(Path classesDirectory, ModuleFolder module)
      throws MojoExecutionException {
    // Only the META-INF/datadog folder counts: GeneratedFolders would otherwise take any folder
    // of the class output (a Java package) for an integration.
    if (!Files.isDirectory(folder(classesDirectory))) {
      return List.of();
    }
    try {
      return GeneratedFolders.read(classesDirectory);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot read the generated files in "
              + module.show(folder(classesDirectory))
              + ": "
              + TextFiles.describe(e));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }
}
