package io.github.ddassets.cli.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes imported files into an output folder, all or nothing: every file is written to a staging
 * folder inside the output folder first, then moved into place, so a failure leaves no half-written
 * file. A path that would land outside the output folder is refused before anything is written.
 */
public final class ImportWriter {

  private ImportWriter() {}

  /**
   * Writes the files.
   *
   * @param out the output folder (created when missing)
   * @param files the files, with paths relative to it
   * @return the written paths
   * @throws IOException when a file cannot be written; files already moved into place stay
   * @throws IllegalArgumentException when a path leaves the output folder
   */
  public static List<Path> write(Path out, List<ImportedFile> files) throws IOException {
    Path root = out.toAbsolutePath().normalize();
    List<Path> targets = new ArrayList<>();
    for (ImportedFile file : files) {
      Path target = root.resolve(file.path()).normalize();
      if (!target.startsWith(root) || target.equals(root)) {
        throw new IllegalArgumentException(file.path() + " is outside the output folder " + out);
      }
      targets.add(target);
    }
    Files.createDirectories(root);
    Path staging = Files.createTempDirectory(root, ".ddassets-import-");
    try {
      List<Path> staged = new ArrayList<>();
      for (ImportedFile file : files) {
        Path path = staging.resolve(file.path());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.content(), StandardCharsets.UTF_8);
        staged.add(path);
      }
      for (int i = 0; i < staged.size(); i++) {
        Files.createDirectories(targets.get(i).getParent());
        move(staged.get(i), targets.get(i));
      }
    } finally {
      deleteTree(staging);
    }
    return targets;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
