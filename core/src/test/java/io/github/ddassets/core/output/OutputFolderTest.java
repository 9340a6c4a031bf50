package io.github.ddassets.core.output;

import static io.github.ddassets.core.testing.Symlinks.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  private static final byte[] PRECIOUS = "precious\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] NEW = "new\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  // ---- the folder's own path ----

  @Test
  void aFolderSpelledWithDotDot_isItsRealParent() throws IOException {
    Files.createDirectories(dir.resolve("a/b"));

    assertThat(OutputFolder.of(dir.resolve("a/b/..")).root())
        .isEqualTo(dir.toRealPath().resolve("a"));
    assertThat(OutputFolder.of(dir.resolve("a/./b/../..")).root()).isEqualTo(dir.toRealPath());
  }

  @Test
  void relativeFolders_madeOnlyOfDotsAndDotDots_areTheFoldersTheyName() throws IOException {
    Path workingFolder = Path.of("").toAbsolutePath().toRealPath();

    assertThat(OutputFolder.of(Path.of(".")).root()).isEqualTo(workingFolder);
    assertThat(OutputFolder.of(Path.of("..")).root()).isEqualTo(workingFolder.getParent());
    assertThat(OutputFolder.of(Path.of("../..")).root())
        .isEqualTo(workingFolder.getParent().getParent());
    // The name climbs out of `..` as it would out of any other folder.
    assertThatThrownBy(() -> OutputFolder.of(Path.of("..")).resolve("../escape.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("../escape.yaml is outside the output folder ..");
  }

  @Test
  void aMissingFolder_isItsExistingPartsRealPathAndTheRestNormalized() throws IOException {
    OutputFolder folder = OutputFolder.of(dir.resolve("x/y/../z"));

    assertThat(folder.root()).isEqualTo(dir.toRealPath().resolve("x/z"));
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void aFolderReachedThroughALink_isAllowed_andWrittenInItsTarget() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path alias = link(dir.resolve("alias"), real);

    Path written = OutputFolder.of(alias).write("a/b.txt", NEW);

    assertThat(written).isEqualTo(real.toRealPath().resolve("a/b.txt"));
    assertThat(real.resolve("a/b.txt")).hasBinaryContent(NEW);
  }

  @Test
  void writingIntoAFolderSpelledWithDotDot_landsInTheFolder() throws IOException {
    Files.createDirectories(dir.resolve("a"));

    OutputFolder.of(dir.resolve("a/..")).write("conf.yaml.example", NEW);

    assertThat(dir.resolve("conf.yaml.example")).hasBinaryContent(NEW);
  }

  // ---- names ----

  @Test
  void namesThatLeaveTheFolder_areRefusedAsOutside() throws IOException {
    Path out = dir.resolve("out");
    OutputFolder folder = OutputFolder.of(out);

    for (String name : new String[] {"../x", "a/../../x", "/etc/x", "\\x", "C:x"}) {
      assertThatThrownBy(() -> folder.resolve(name))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(name + " is outside the output folder " + out);
    }
  }

  @Test
  void namesThatNameNoFile_areRefusedWithTheirReason() throws IOException {
    Path out = dir.resolve("out");
    OutputFolder folder = OutputFolder.of(out);

    assertThat(OutputFolder.problem("a\0b")).contains("it contains a NUL character");
    assertThat(OutputFolder.problem("a\\b")).contains("it contains a backslash");
    assertThat(OutputFolder.problem("")).contains("it is empty");
    assertThat(OutputFolder.problem("./")).contains("it names the output folder itself");
    assertThat(OutputFolder.problem("../x")).contains("it climbs out with `..`");
    assertThat(OutputFolder.problem("a/../b")).contains("it contains `..`");
    assertThat(OutputFolder.problem("/x")).contains("it is an absolute path");
    assertThat(OutputFolder.problem("c:/x")).contains("it names a drive");
    assertThatThrownBy(() -> folder.resolve("a\0b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a\0b cannot name a file in the output folder "
                + out
                + ": it contains a NUL character");
  }

  @Test
  void plainNames_areFilesInsideTheFolder() throws IOException {
    OutputFolder folder = OutputFolder.of(dir);

    assertThat(OutputFolder.problem("com/acme/AcmeCheck.java")).isEmpty();
    assertThat(OutputFolder.problem("./a//b.txt")).isEmpty();
    assertThat(folder.resolve("./a//b.txt")).isEqualTo(dir.toRealPath().resolve("a/b.txt"));
  }

  // ---- on disk ----

  @Test
  void aLinkedFolderBelowTheRoot_isRefused_andItsTargetIsUntouched() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.write(outside.resolve("b.txt"), PRECIOUS);
    Path out = Files.createDirectories(dir.resolve("out"));
    link(out.resolve("a"), outside);

    assertThatThrownBy(() -> OutputFolder.of(out).write("a/b.txt", NEW))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(
            "refusing to write "
                + out.resolve("a/b.txt")
                + ": "
                + out.resolve("a")
                + " is a symbolic link, and ddassets never follows links inside the output folder "
                + out)
        .extracting(e -> ((OutputRefusedException) e).path())
        .isEqualTo(out.resolve("a"));
    assertThat(outside.resolve("b.txt")).hasBinaryContent(PRECIOUS);
    try (var files = Files.list(outside)) {
      assertThat(files).containsExactly(outside.resolve("b.txt"));
    }
  }

  @Test
  void aLinkedFolderDeeperDown_isRefusedWhenCreatingFolders() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createDirectories(dir.resolve("out/a"));
    link(dir.resolve("out/a/b"), outside);
    OutputFolder folder = OutputFolder.of(dir.resolve("out"));

    assertThatThrownBy(() -> folder.createFolders(folder.root().resolve("a/b/c")))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(
            "refusing to write into "
                + dir.resolve("out/a/b")
                + ": it is a symbolic link, and ddassets never follows links inside the output"
                + " folder "
                + dir.resolve("out"));
    assertThat(outside.resolve("c")).doesNotExist();
  }

  @Test
  void aLinkedFile_isRefused_neverWrittenThrough() throws IOException {
    Path secret = Files.write(dir.resolve("secret.txt"), PRECIOUS);
    Path out = Files.createDirectories(dir.resolve("out"));
    Path linked = link(out.resolve("f.txt"), secret);

    assertThatThrownBy(() -> OutputFolder.of(out).write("f.txt", NEW))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(
            "refusing to write "
                + linked
                + ": it is a symbolic link, and ddassets never follows links inside the output"
                + " folder "
                + out);
    assertThat(secret).hasBinaryContent(PRECIOUS);
    assertThat(Files.isSymbolicLink(linked)).isTrue();
  }

  @Test
  void aDanglingLink_isRefusedToo() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    link(out.resolve("f.txt"), dir.resolve("nowhere.txt"));

    assertThatThrownBy(() -> OutputFolder.of(out).write("f.txt", NEW))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("it is a symbolic link");
    assertThat(dir.resolve("nowhere.txt")).doesNotExist();
  }

  @Test
  void aFolderWhereTheFileGoes_isRefused_andKeptWithItsContents() throws IOException {
    Path out = dir.resolve("out");
    Path inTheWay = Files.createDirectories(out.resolve("f.txt"));
    Files.write(inTheWay.resolve("keep.txt"), PRECIOUS);

    assertThatThrownBy(() -> OutputFolder.of(out).write("f.txt", NEW))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage(
            "refusing to write "
                + inTheWay
                + ": a folder stands there, and ddassets never deletes a folder to write a file;"
                + " move it away first");
    assertThat(inTheWay.resolve("keep.txt")).hasBinaryContent(PRECIOUS);
  }

  @Test
  void aFileWhereAFolderGoes_isRefused() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.write(out.resolve("a"), PRECIOUS);

    assertThatThrownBy(() -> OutputFolder.of(out).write("a/b.txt", NEW))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage("cannot write into " + out.resolve("a") + ": it is not a folder");
    assertThat(out.resolve("a")).hasBinaryContent(PRECIOUS);
  }

  @Test
  void anOutputFolderThatIsAFile_isRefused() throws IOException {
    Path out = Files.write(dir.resolve("out"), PRECIOUS);

    assertThatThrownBy(() -> OutputFolder.of(out).write("a.txt", NEW))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessage("cannot write into " + out + ": it is not a folder");
    assertThat(out).hasBinaryContent(PRECIOUS);
  }

  @Test
  void anExistingFile_isReplacedWhole_withoutATemporaryFileLeft() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.write(out.resolve("f.txt"), PRECIOUS);

    OutputFolder.of(out).write("f.txt", NEW);

    assertThat(out.resolve("f.txt")).hasBinaryContent(NEW);
    try (var files = Files.list(out)) {
      assertThat(files).containsExactly(out.resolve("f.txt"));
    }
  }
}
