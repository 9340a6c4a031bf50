package io.github.ddassets.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads input files within the byte budget: regular files only, checked before they are opened
 * (opening a FIFO blocks until something writes to it, and {@code /dev/zero} never ends), at most
 * {@link #MAX_BYTES} bytes, decoded strictly as UTF-8.
 */
public final class InputFiles {

  /**
   * The most bytes ddassets reads from one file: 4 MiB. The largest asset file of the
   * integrations-extras corpus is a 120 KB metadata.csv; ddev's largest template is 14 KB.
   */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private InputFiles() {}

  /**
   * Reads a regular file of at most {@link #MAX_BYTES} bytes as UTF-8, failing on malformed bytes
   * rather than replacing them.
   *
   * @throws MalformedTextException when the bytes are not UTF-8 (with the position of the first bad
   *     byte)
   * @throws IOException when the file is missing, not a regular file, too large or unreadable
   */
  public static String readUtf8(Path file) throws IOException {
    return decode(readBytes(file));
  }

  /**
   * Reads the bytes of a regular file of at most {@link #MAX_BYTES} bytes.
   *
   * @throws IOException when the file is missing, not a regular file, too large or unreadable
   */
  public static byte[] readBytes(Path file) throws IOException {
    requireRegularFile(file);
    if (Files.size(file) > MAX_BYTES) {
      throw tooLarge();
    }
    try (InputStream in = Files.newInputStream(file)) {
      // The size may change between the check and the read: read one byte past the budget.
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge();
      }
      return bytes;
    }
  }

  /**
   * Refuses anything but a regular file (symbolic links are followed), without opening it.
   *
   * @throws IOException saying what the path is instead
   */
  public static void requireRegularFile(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new IOException("is a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new IOException("is not a regular file (a device, a FIFO or a socket)");
    }
  }

  /**
   * Decodes bytes strictly as UTF-8.
   *
   * @throws MalformedTextException at the first byte that is not UTF-8
   */
  public static String decode(byte[] bytes) throws MalformedTextException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      out.flip();
      throw MalformedTextException.after(out, bytes[in.position()]);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  private static IOException tooLarge() {
    return new IOException(
        "is larger than " + MAX_BYTES + " bytes (4 MiB), the most ddassets reads from one file");
  }
}
