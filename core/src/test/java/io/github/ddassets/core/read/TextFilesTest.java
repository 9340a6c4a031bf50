package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  @TempDir Path dir;

  @Test
  void readUtf8_decodesMultiByteCharacters() throws IOException {
    Path file = dir.resolve("f.txt");
    Files.write(file, new byte[] {'z', (byte) 0xC5, (byte) 0x82, '\r', '\n'});

    assertThat(TextFiles.readUtf8(file)).isEqualTo("z\u0142\r\n");
  }

  @Test
  void readUtf8_malformedBytes_fail() throws IOException {
    Path file = dir.resolve("f.txt");
    Files.write(file, new byte[] {'a', (byte) 0xE2, (byte) 0x82});

    assertThatThrownBy(() -> TextFiles.readUtf8(file))
        .isInstanceOf(IOException.class)
        .hasMessage("not valid UTF-8 text");
  }

  @Test
  void universalNewlines_turnsCrlfAndLoneCrIntoLf() {
    assertThat(TextFiles.universalNewlines("a\r\nb\rc\nd\r")).isEqualTo("a\nb\nc\nd\n");
    assertThat(TextFiles.universalNewlines("\r\r\n")).isEqualTo("\n\n");
  }

  @Test
  void universalNewlines_leavesLfTextAlone() {
    String text = "a\nb\n";

    assertThat(TextFiles.universalNewlines(text)).isSameAs(text);
  }

  @Test
  void describe_namesCommonFailuresPlainly() {
    assertThat(TextFiles.describe(new NoSuchFileException("/x"))).isEqualTo("no such file");
    assertThat(TextFiles.describe(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(TextFiles.describe(new IOException("disk full"))).isEqualTo("disk full");
    assertThat(TextFiles.describe(new IOException())).isEqualTo("IOException");
  }
}
