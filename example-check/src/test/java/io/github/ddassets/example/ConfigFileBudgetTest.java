package io.github.ddassets.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ddassets.core.testing.Fifos;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check's {@code --config} read through the generated loader within its reading budget: FIFOs,
 * devices and folders are refused before they are opened, files too large before they are read, and
 * every refusal of the file's content is one located line, with at most 120 characters of the file
 * repeated. The hang guards are far above the milliseconds a run takes.
 */
class ConfigFileBudgetTest {

  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(Path config) {
    return assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          StringWriter out = new StringWriter();
          StringWriter err = new StringWriter();
          int code =
              CheckCommand.run(
                  new String[] {"--config", config.toString()},
                  new PrintWriter(out, true),
                  new PrintWriter(err, true));
          return new Run(code, out.toString(), err.toString());
        });
  }

  private Path config(String text) throws IOException {
    return Files.writeString(dir.resolve("conf.yaml"), text, StandardCharsets.UTF_8);
  }

  private Path config(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("conf.yaml"), bytes);
  }

  /** The one line a bad configuration gives, with the file's path. */
  private static String oneLine(Run run) {
    assertThat(run.code()).isEqualTo(CheckCommand.BAD_CONFIG);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.err().lines()).hasSize(1);
    return run.err().strip();
  }

  @Test
  void device_isRefusedBeforeItIsRead() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "this system has no /dev/zero");

    assertThat(oneLine(run(zero)))
        .isEqualTo(
            "jvm_runtime: /dev/zero: cannot read: is not a regular file (a device, a FIFO or a"
                + " socket)");
  }

  @Test
  void fifo_isRefused_notAHang() {
    Path fifo = Fifos.create(dir.resolve("conf.yaml"));

    assertThat(oneLine(run(fifo)))
        .isEqualTo(
            "jvm_runtime: "
                + fifo
                + ": cannot read: is not a regular file (a device, a FIFO or a socket)");
  }

  @Test
  void folder_isRefused() {
    assertThat(oneLine(run(dir)))
        .isEqualTo("jvm_runtime: " + dir + ": cannot read: is a folder, not a file");
  }

  @Test
  void fileOverTheByteBudget_isRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("conf.yaml");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(10L * 1024 * 1024);
    }

    assertThat(oneLine(run(big)))
        .isEqualTo(
            "jvm_runtime: "
                + big
                + ": cannot read: is larger than 4194304 bytes, the most the loader reads");
  }

  @Test
  void valueOverTheCharacterBudget_isRefusedWhereTheBudgetEnds() throws IOException {
    Path config = config("instances:\n  - host: " + "x".repeat(2_000_000) + "\n");

    assertThat(oneLine(run(config)))
        .isEqualTo(
            config
                + ":2:1048566: the document is longer than 1048576 characters (comments included),"
                + " the most the loader reads");
  }

  @Test
  void wholeFileReadAsOneValue_isEchoedCutTo120Characters() throws IOException {
    Path system =
        Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/sh\n".repeat(500));
    Path link = Files.createSymbolicLink(dir.resolve("conf.yaml"), system);

    String line = oneLine(run(link));

    assertThat(line).startsWith(link + ":1:1: expected a mapping, found \"root:x:0:0:");
    assertThat(line.substring(line.indexOf('"'))).hasSize(122).endsWith("...\"");
  }

  @Test
  void emptyFile_isLocated() throws IOException {
    Path config = config("");

    assertThat(oneLine(run(config))).isEqualTo(config + ":1:1: instances: missing required key");
  }

  @Test
  void commentsOnly_isLocated() throws IOException {
    Path config = config("# nothing yet\n# at all\n");

    assertThat(oneLine(run(config))).isEqualTo(config + ":1:1: instances: missing required key");
  }

  @Test
  void binaryFile_isLocated() throws IOException {
    Path config = config(new byte[] {'a', ':', ' ', 0, 1, 2});

    assertThat(oneLine(run(config)))
        .isEqualTo(config + ":1:4: the character U+0000 is not allowed in YAML");
  }

  @Test
  void invalidUtf8_isLocated() throws IOException {
    Path config = config(new byte[] {'i', 'n', 's', ':', '\n', ' ', ' ', 'x', (byte) 0xFF});

    assertThat(oneLine(run(config)))
        .isEqualTo(config + ":2:4: the file is not valid UTF-8 (byte 0xff)");
  }

  @Test
  void recursiveAlias_isLocated() throws IOException {
    Path config = config("instances:\n  - host: h\n    port: 1\n    tags: &a [*a]\n");

    assertThat(oneLine(run(config)))
        .isEqualTo(
            config
                + ":4:15: the alias *a is inside the node it names: recursive documents are not"
                + " supported");
  }

  @Test
  void aliasFanOut_isLocated() throws IOException {
    StringBuilder text = new StringBuilder("a0: &a0 [x, y, z]\n");
    for (int i = 1; i <= 16; i++) {
      String previous = "*a" + (i - 1);
      text.append("a").append(i).append(": &a").append(i).append(" [");
      text.append(String.join(", ", previous, previous, previous)).append("]\n");
    }
    Path config = config(text.append("instances: []\n").toString());

    assertThat(oneLine(run(config)))
        .isEqualTo(config + ":10:15: the document holds more than 100000 values (an alias bomb?)");
  }

  @Test
  void deepNesting_isLocated() throws IOException {
    Path config = config("instances: " + "[".repeat(60) + "]".repeat(60) + "\n");

    assertThat(oneLine(run(config)))
        .isEqualTo(config + ":1:61: lists and mappings nest more than 50 levels deep");
  }

  @Test
  void longNumber_isEchoedCutTo120Characters() throws IOException {
    // SnakeYAML reads an integer this long as a string: the loader says so, cut short.
    Path config = config("instances:\n  - host: h\n    port: " + "9".repeat(5000) + "\n");

    assertThat(oneLine(run(config)))
        .isEqualTo(
            config
                + ":3:11: instances[0].port: expected an integer, found \""
                + "9".repeat(117)
                + "...\"");
  }
}
