package io.github.ddassets.core.read;

import io.github.ddassets.core.manifest.AssetFolder;
import io.github.ddassets.core.manifest.AssetPath;
import io.github.ddassets.core.manifest.FileState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The files of an integration folder on disk, as the manifest rules ask for them.
 *
 * <p>A complete integration folder (the repository layout with its {@code README.md}, which every
 * integration of a repository has) answers for every path, resolved against the folder; a path that
 * leaves the folder names no file. Any other folder may hold copies of some files only (the flat
 * layout, or a folder holding nothing but a manifest): it answers for metadata.csv,
 * service_checks.json and the spec, the files such folders keep, and cannot tell for the others.
 */
final class FolderFiles implements AssetFolder {

  private final IntegrationFolder folder;
  private final boolean complete;

  FolderFiles(IntegrationFolder folder) {
    this.folder = folder;
    this.complete = isComplete(folder);
  }

  /** Whether the folder holds all of an integration's files: a repository folder with a README. */
  static boolean isComplete(IntegrationFolder folder) {
    return folder.layout() == Layout.REPOSITORY
        && Files.isRegularFile(folder.dir().resolve(IntegrationLoader.README));
  }

  @Override
  public FileState state(AssetPath kind, String relativePath) {
    if (folder.layout() == Layout.FLAT) {
      return switch (kind) {
        case METADATA -> stateOf(folder.metadata());
        case SERVICE_CHECKS -> stateOf(folder.serviceChecks());
        case SPEC -> stateOf(folder.spec());
        default -> FileState.UNKNOWN;
      };
    }
    boolean kept =
        kind == AssetPath.METADATA || kind == AssetPath.SERVICE_CHECKS || kind == AssetPath.SPEC;
    if (!complete && !kept) {
      return FileState.UNKNOWN;
    }
    Path dir = folder.dir().toAbsolutePath().normalize();
    Path file;
    try {
      file = dir.resolve(relativePath).normalize();
    } catch (InvalidPathException e) {
      return FileState.MISSING;
    }
    return file.startsWith(dir) ? stateOf(file) : FileState.MISSING;
  }

  private static FileState stateOf(Path file) {
    if (!Files.isRegularFile(file)) {
      return FileState.MISSING;
    }
    try {
      return FileState.present(Files.size(file));
    } catch (IOException e) {
      return FileState.present(0);
    }
  }
}
