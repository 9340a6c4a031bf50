package io.github.ddassets.cli.imports;

import io.github.ddassets.core.output.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes imported files into an output folder, all or nothing: every file is written to a staging
 * folder inside the output folder first, then moved into place; when a move fails, the files
 * already moved are taken back and the files they replaced restored.
 *
 * <p>Every path is confined to the output folder as {@link OutputFolder} decides: a path that would
 * land outside it, a symbolic link between the output folder and a file (or the file itself), and a
 * folder standing where a file goes are refused before anything is written, and checked again just
 * before each move. A folder in the way is never moved or deleted.
 */
public final class ImportWriter {

  private ImportWriter() {}

  /**
   * Writes the files.
   *
   * @param out the output folder (created when missing; it may be reached through a link)
   * @param files the files, with paths relative to it
   * @return the written paths
   * @throws IOException when a file cannot be written; the output folder is then as it was
   * @throws io.github.ddassets.core.output.OutputRefusedException when a link or a folder is in the
   *     way of a file; nothing is written
   * @throws IllegalArgumentException when a path leaves the output folder
   */
  public static List<Path> write(Path out, List<ImportedFile> files) throws IOException {
    OutputFolder folder = OutputFolder.of(out);
    Path shown = out.toAbsolutePath().normalize();
    List<Path> targets = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    for (ImportedFile file : files) {
      Path target = folder.resolve(file.path());
      targets.add(target);
      written.add(shown.resolve(folder.root().relativize(target)));
    }
    for (ImportedFile file : files) {
      folder.check(file.path());
    }
    folder.createFolders(folder.root());
    Path staging = Files.createTempDirectory(folder.root(), ".ddassets-import-");
    try {
      List<Path> staged = new ArrayList<>();
      for (ImportedFile file : files) {
        Path path = staging.resolve(file.path());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.content(), StandardCharsets.UTF_8);
        staged.add(path);
      }
      moveAll(folder, files, staging, staged, targets);
    } finally {
      deleteTree(staging);
    }
    return written;
  }

  /** Moves the staged files into place, or none of them. */
  private static void moveAll(
      OutputFolder folder,
      List<ImportedFile> files,
      Path staging,
      List<Path> staged,
      List<Path> targets)
      throws IOException {
    Path backups = Files.createDirectories(staging.resolve(".replaced"));
    List<Path> moved = new ArrayList<>();
    List<Integer> replaced = new ArrayList<>();
    try {
      for (int i = 0; i < staged.size(); i++) {
        // Checked again: the folder may have changed since the first check.
        Path target = folder.check(files.get(i).path());
        folder.createFolders(target.getParent());
        // check() guarantees that what stands there is a regular file, never a folder or a link:
        // only such a file is moved aside, to be restored if a later move fails.
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          OutputFolder.moveOver(target, backups.resolve(Integer.toString(i)));
          replaced.add(i);
        }
        OutputFolder.moveOver(staged.get(i), target);
        moved.add(target);
      }
    } catch (IOException e) {
      for (Path target : moved) {
        Files.deleteIfExists(target);
      }
      for (int i : replaced) {
        OutputFolder.moveOver(backups.resolve(Integer.toString(i)), targets.get(i));
      }
      throw e;
    }
  }

  /** Deletes the staging folder, which holds only what this writer put there. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
