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
 * folder inside the output folder first, then moved into place; when a move fails, the files
 * already moved are taken back and the files they replaced restored. A path that would land outside
 * the output folder is refused before anything is written.
 */
public final class ImportWriter {

  private ImportWriter() {}

  /**
   * Writes the files.
   *
   * @param out the output folder (created when missing)
   * @param files the files, with paths relative to it
   * @return the written paths
   * @throws IOException when a file cannot be written; the output folder is then as it was
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
      moveAll(staging, staged, targets);
    } finally {
      deleteTree(staging);
    }
    return targets;
  }

  /** Moves the staged files into place, or none of them. */
  private static void moveAll(Path staging, List<Path> staged, List<Path> targets)
      throws IOException {
    Path backups = Files.createDirectories(staging.resolve(".replaced"));
    List<Path> moved = new ArrayList<>();
    List<Integer> replaced = new ArrayList<>();
    try {
      for (int i = 0; i < staged.size(); i++) {
        Path target = targets.get(i);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
          move(target, backups.resolve(Integer.toString(i)));
          replaced.add(i);
        }
        move(staged.get(i), target);
        moved.add(target);
      }
    } catch (IOException e) {
      for (Path target : moved) {
        Files.deleteIfExists(target);
      }
      for (int i : replaced) {
        move(backups.resolve(Integer.toString(i)), targets.get(i));
      }
      throw e;
    }
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
