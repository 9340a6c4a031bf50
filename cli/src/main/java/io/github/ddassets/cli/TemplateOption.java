package io.github.ddassets.cli;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.config.TemplateRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The {@code --templates DIR} option shared by the commands that load specs. */
final class TemplateOption {

  private TemplateOption() {}

  /**
   * The templates of a folder, looked up before the built-in ones, or the built-in ones alone.
   *
   * @throws CommandLine.ParameterException when the folder does not exist
   */
  static ConfigTemplates templates(Path dir, CommandLine commandLine) {
    List<TemplateRoot> roots = new ArrayList<>();
    if (dir != null) {
      if (!Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(
            commandLine, "--templates " + dir + " is not a folder");
      }
      roots.add(TemplateRoot.directory(dir, dir.toString()));
    }
    roots.add(TemplateRoot.builtIn());
    return new ConfigTemplates(roots);
  }
}
