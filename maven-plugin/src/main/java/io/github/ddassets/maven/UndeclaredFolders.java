package io.github.ddassets.maven;

import io.github.ddassets.core.output.IntegrationNames;
import io.github.ddassets.core.read.IntegrationFolder;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The integration folders of a committed copy that the code no longer declares: what is left behind
 * when an integration is renamed or deleted, since a sync only ever writes the declared ones.
 */
final class UndeclaredFolders {

  private UndeclaredFolders() {}

  /**
   * The names of the integration folders directly inside {@code committed} that are not declared,
   * sorted. A folder counts when it holds an asset file and its name could name an integration:
   * plain files, hidden folders and anything else a sync could not have written are left out, so a
   * README beside the integrations is never reported.
   *
   * @throws IOException when the folder cannot be listed
   */
  static List<String> find(Path committed, Set<String> declared) throws IOException {
    if (!Files.isDirectory(committed)) {
      return List.of();
    }
    List<String> undeclared = new ArrayList<>();
    try (Stream<Path> children = Files.list(committed)) {
      for (Path child : children.sorted().toList()) {
        String name = child.getFileName().toString();
        if (IntegrationNames.problem(name).isEmpty()
            && !declared.contains(name)
            && IntegrationFolder.detect(child).isPresent()) {
          undeclared.add(name);
        }
      }
    }
    return undeclared;
  }

  /**
   * Deletes one undeclared integration folder. Only an entry directly inside {@code committed} is
   * touched, and symbolic links are deleted, never followed: a link that leads out of the folder
   * cannot make the removal reach outside it.
   *
   * @throws IOException when a file cannot be deleted
   * @throws IllegalArgumentException when the name is not a plain folder name
   */
  static void remove(Path committed, String name) throws IOException {
    if (IntegrationNames.problem(name).isPresent()) {
      throw new IllegalArgumentException("not an integration folder name: " + name);
    }
    Path root = committed.toAbsolutePath().normalize();
    Path folder = root.resolve(name).normalize();
    if (!root.equals(folder.getParent())) {
      throw new IllegalArgumentException("not directly inside " + root + ": " + name);
    }
    if (Files.isSymbolicLink(folder) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(folder);
      return;
    }
    // walkFileTree does not follow links by default: a link inside is visited as a file and
    // deleted as one, whatever it points to.
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
