package io.github.ddassets.cli;

import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.output.GeneratedFolders;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** The GENERATED argument of {@code verify} and {@code sync}: a build's generated files. */
final class GeneratedInput {

  private GeneratedInput() {}

  /** Reads the generated files, or stops with a usage error saying why they cannot be read. */
  static List<GeneratedFiles> read(Path folder, CommandLine commandLine) {
    if (!Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(commandLine, folder + " is not a folder");
    }
    List<GeneratedFiles> all;
    try {
      all = GeneratedFolders.read(folder);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          commandLine,
          "cannot read the generated files in " + folder + ": " + TextFiles.describe(e));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage());
    }
    if (all.isEmpty()) {
      throw new CommandLine.ParameterException(
          commandLine,
          folder
              + " holds no generated integration: give the class output (target/classes), its "
              + GeneratedFolders.CLASS_OUTPUT_FOLDER
              + " folder or one integration's folder. A class output without "
              + GeneratedFolders.CLASS_OUTPUT_FOLDER
              + " means the annotation processor did not run: put ddassets-processor in the"
              + " compiler's annotationProcessorPaths, give maven-compiler-plugin a version (the"
              + " 3.1 that Maven 3.8 picks by default ignores that list), and build with clean");
    }
    return all;
  }
}
