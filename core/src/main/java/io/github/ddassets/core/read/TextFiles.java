package io.github.ddassets.core.read;

import io.github.ddassets.core.input.InputFiles;
import io.github.ddassets.core.input.MalformedTextException;
import io.github.ddassets.core.model.FileOrigin;
import java.io.IOException;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8, as the Python tooling opens them, within the byte budget. */
public final class TextFiles {

  private TextFiles() {}

  /**
   * Reads a regular file of at most {@link InputFiles#MAX_BYTES} bytes as UTF-8, failing on
   * malformed bytes rather than replacing them.
   *
   * @throws IOException when the file cannot be read, is not a regular file, is too large or is not
   *     valid UTF-8 (a {@link MalformedTextException}, which knows where)
   */
  public static String readUtf8(Path file) throws IOException {
    return InputFiles.readUtf8(file);
  }

  /** Python's universal newlines: {@code \r\n} and lone {@code \r} become {@code \n}. */
  public static String universalNewlines(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The message of an I/O failure, without Java class names. */
  public static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** Where a read failed: the bad byte of a file that is not UTF-8, else the whole file. */
  public static FileOrigin origin(IOException e, String displayPath) {
    return e instanceof MalformedTextException malformed
        ? FileOrigin.at(displayPath, malformed.line(), malformed.column())
        : FileOrigin.of(displayPath);
  }
}
