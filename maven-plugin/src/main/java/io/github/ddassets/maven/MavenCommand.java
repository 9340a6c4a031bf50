package io.github.ddassets.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the {@code mvn} command lines that messages tell the user to run, so that each works as
 * printed: from the folder Maven was started in, and naming this plugin's goals by their {@code
 * ddassets:} prefix only when Maven can resolve it.
 *
 * <p>Maven resolves a goal prefix from the plugins (and plugin management) of the project it starts
 * with, then from the plugin groups of the user's settings. A module that declares this plugin
 * resolves {@code ddassets:sync} when the command starts from it; a command started from another
 * folder is pointed at the module's POM with {@code -f}.
 */
final class MavenCommand {

  private final Path startFolder;
  private final Path pomFile;
  private final boolean prefixResolves;
  private final String coordinates;

  /**
   * @param startFolder the folder Maven was started in
   * @param pomFile the module's POM
   * @param prefixResolves whether the module's POM declares this plugin, so that its prefix
   *     resolves when Maven starts from it
   * @param coordinates this plugin's {@code groupId:artifactId:version}
   */
  MavenCommand(Path startFolder, Path pomFile, boolean prefixResolves, String coordinates) {
    this.startFolder = startFolder.toAbsolutePath().normalize();
    this.pomFile = pomFile.toAbsolutePath().normalize();
    this.prefixResolves = prefixResolves;
    this.coordinates = Objects.requireNonNull(coordinates, "coordinates");
  }

  /** How a command line names one of this plugin's goals. */
  String goal(String name) {
    return (prefixResolves ? "ddassets" : coordinates) + ":" + name;
  }

  /** A command line running the given phases, goals and options in the module. */
  String line(List<String> arguments) {
    StringBuilder line = new StringBuilder("mvn");
    if (!startFolder.equals(pomFile.getParent())) {
      String relative = startFolder.relativize(pomFile).toString().replace('\\', '/');
      line.append(" -f ").append(relative);
    }
    for (String argument : arguments) {
      line.append(' ').append(argument);
    }
    return line.toString();
  }
}
