package io.github.ddassets.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Symbolic links for tests of what ddassets refuses to write through. Where the file system or the
 * user's rights refuse links (Windows without developer mode, some mounted file systems), the test
 * is skipped with a visible message rather than failed.
 */
public final class Symlinks {

  private Symlinks() {}

  /**
   * Creates a symbolic link, or skips the test saying why it cannot.
   *
   * @param link the link to create
   * @param target what it points at
   * @return the link
   */
  public static Path link(Path link, Path target) {
    try {
      return Files.createSymbolicLink(link, target);
    } catch (NoSuchFileException | FileAlreadyExistsException e) {
      throw new AssertionError("the test's own folders are wrong: " + e, e);
    } catch (UnsupportedOperationException | FileSystemException | SecurityException e) {
      String message = "SKIPPED: this file system refuses symbolic links (" + e + ")";
      System.err.println(message);
      assumeTrue(false, message);
      throw new AssertionError(message, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
