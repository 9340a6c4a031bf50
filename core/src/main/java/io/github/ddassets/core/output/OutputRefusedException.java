package io.github.ddassets.core.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An {@link OutputFolder} refused to write a file: a symbolic link or a folder stands in its way,
 * or the output folder is not a folder. The message is a whole sentence naming the path in the way,
 * so it can be printed as it is.
 */
public final class OutputRefusedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path path;

  /**
   * @param path the path in the way, as the user named the output folder
   * @param message the sentence to print
   */
  OutputRefusedException(Path path, String message) {
    super(message);
    this.path = path;
  }

  /** The path in the way: the link, the folder or the file that is not a folder. */
  public Path path() {
    return path;
  }
}
