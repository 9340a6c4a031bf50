package io.github.ddassets.cli;

import io.github.ddassets.core.read.RepoOverrides;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** The {@code --repo-config FILE} option shared by the commands that read integration folders. */
final class RepoConfigOption {

  private RepoConfigOption() {}

  /**
   * The given overrides file, else the repository's own next to (or above) the path.
   *
   * @throws CommandLine.ParameterException when the file cannot be read
   */
  static RepoOverrides overrides(Path file, Path path, CommandLine commandLine) {
    Path found = file;
    if (found == null) {
      for (Path candidate : List.of(path, path.toAbsolutePath().normalize().getParent())) {
        if (candidate != null && Files.isRegularFile(candidate.resolve(RepoOverrides.LOCATION))) {
          found = candidate.resolve(RepoOverrides.LOCATION);
          break;
        }
      }
    }
    if (found == null) {
      return RepoOverrides.NONE;
    }
    try {
      return RepoOverrides.read(found);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          commandLine, "cannot read " + found + ": " + TextFiles.describe(e));
    }
  }
}
