package io.github.ddassets.cli;

import io.github.ddassets.core.ci.PrintSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --sarif-root DIR} option of the commands that print SARIF, and the print settings it
 * makes: paths relative to the working folder, this build's version, GitHub's annotation limit.
 */
final class PrintOptions {

  @Option(
      names = "--sarif-root",
      paramLabel = "DIR",
      description =
          "The folder SARIF locations are relative to (default: the working folder); a"
              + " code-scanning upload expects the repository's root.")
  Path sarifRoot;

  /** What the SARIF and GitHub formats need for this run. */
  PrintSettings settings() {
    return new PrintSettings(
        VersionProvider.version(),
        Path.of(""),
        sarifRoot == null ? Path.of("") : sarifRoot,
        PrintSettings.GITHUB_ANNOTATIONS);
  }
}
