package io.github.ddassets.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ddassets.core.testing.Fifos;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input files are read only when they are regular files within the byte budget, and are strictly
 * UTF-8. The hang guards are far above the milliseconds a refusal takes.
 */
class InputFilesTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static IOException failure(Path file) {
    return assertTimeoutPreemptively(
        HANG_GUARD, () -> catchThrowableOfType(IOException.class, () -> InputFiles.readUtf8(file)));
  }

  @Test
  void regularFile_isRead() throws IOException {
    Path file = Files.writeString(dir.resolve("a.yaml"), "a: \u0142\n");

    assertThat(InputFiles.readUtf8(file)).isEqualTo("a: \u0142\n");
  }

  @Test
  void symbolicLinkToARegularFile_isFollowed() throws IOException {
    Path file = Files.writeString(dir.resolve("a.yaml"), "a: 1\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), file);

    assertThat(InputFiles.readUtf8(link)).isEqualTo("a: 1\n");
  }

  @Test
  void fifo_isRefusedWithoutBeingOpened() {
    Path fifo = Fifos.create(dir.resolve("spec.yaml"));

    assertThat(failure(fifo)).hasMessage("is not a regular file (a device, a FIFO or a socket)");
  }

  @Test
  void endlessDevice_isRefused() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "this system has no /dev/zero");

    assertThat(failure(zero)).hasMessage("is not a regular file (a device, a FIFO or a socket)");
  }

  @Test
  void folder_isRefused() {
    assertThat(failure(dir)).hasMessage("is a folder, not a file");
  }

  @Test
  void fileOverTheByteBudget_isRefusedBeforeItIsRead() throws IOException {
    Path file = dir.resolve("metadata.csv");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(InputFiles.MAX_BYTES + 1L);
    }

    assertThat(failure(file))
        .hasMessage("is larger than 4194304 bytes (4 MiB), the most ddassets reads from one file");
  }

  @Test
  void fileOfExactlyTheByteBudget_isRead() throws IOException {
    Path file = dir.resolve("metadata.csv");
    Files.write(file, "a".repeat(InputFiles.MAX_BYTES).getBytes(StandardCharsets.UTF_8));

    assertThat(InputFiles.readUtf8(file)).hasSize(InputFiles.MAX_BYTES);
  }

  @Test
  void malformedUtf8_isRefusedWithThePositionOfTheBadByte() throws IOException {
    Path file = dir.resolve("spec.yaml");
    // a, colon, CRLF, then a space, U+00E9 (two bytes) and x before the bad byte.
    byte[] bytes = {'a', ':', '\r', '\n', ' ', (byte) 0xC3, (byte) 0xA9, 'x', (byte) 0xFF};
    Files.write(file, bytes);

    MalformedTextException e = (MalformedTextException) failure(file);

    assertThat(e).hasMessage("not valid UTF-8 text");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.detail()).isEqualTo("byte 0xff");
  }

  @Test
  void missingFile_isAnIoException() {
    assertThat(failure(dir.resolve("absent.yaml")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }
}
