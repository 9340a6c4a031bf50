package io.github.ddassets.cli.imports;

import static io.github.ddassets.core.testing.Symlinks.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ddassets.core.output.OutputRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportWriterTest {

  @TempDir Path dir;

  private List<String> files() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(path -> !path.equals(dir))
          .map(path -> dir.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void files_areWrittenUnderTheOutputFolder_andTheStagingFolderIsGone() throws IOException {
    Path out = dir.resolve("src");

    List<Path> written =
        ImportWriter.write(
            out,
            List.of(
                new ImportedFile("com/acme/AcmeCheck.java", "class AcmeCheck {}\n"),
                new ImportedFile("com/acme/acme.manifest.json", "{}")));

    assertThat(written)
        .containsExactly(
            out.toAbsolutePath().resolve("com/acme/AcmeCheck.java"),
            out.toAbsolutePath().resolve("com/acme/acme.manifest.json"));
    assertThat(files())
        .containsExactly(
            "src",
            "src/com",
            "src/com/acme",
            "src/com/acme/AcmeCheck.java",
            "src/com/acme/acme.manifest.json");
    assertThat(Files.readString(out.resolve("com/acme/AcmeCheck.java")))
        .isEqualTo("class AcmeCheck {}\n");
  }

  @Test
  void anExistingFile_isReplaced() throws IOException {
    Path out = Files.createDirectories(dir.resolve("src/com/acme")).getParent().getParent();
    Files.writeString(out.resolve("com/acme/AcmeCheck.java"), "old");

    ImportWriter.write(out, List.of(new ImportedFile("com/acme/AcmeCheck.java", "new")));

    assertThat(Files.readString(out.resolve("com/acme/AcmeCheck.java"))).isEqualTo("new");
  }

  @Test
  void aFailedMove_leavesTheOutputFolderAsItWas() throws IOException {
    Path out = dir.resolve("src");
    Files.createDirectories(out.resolve("a"));
    Files.writeString(out.resolve("a/One.java"), "old");
    // `b` is a file, so `b/Two.java` cannot be moved into place after `a/One.java` and `c` were.
    Files.writeString(out.resolve("b"), "a file");

    assertThatThrownBy(
            () ->
                ImportWriter.write(
                    out,
                    List.of(
                        new ImportedFile("a/One.java", "new"),
                        new ImportedFile("c/Three.java", "new"),
                        new ImportedFile("b/Two.java", "new"))))
        .isInstanceOf(IOException.class);
    assertThat(files()).containsExactly("src", "src/a", "src/a/One.java", "src/b", "src/c");
    assertThat(Files.readString(out.resolve("a/One.java"))).isEqualTo("old");
  }

  @Test
  void aFolderWhereAFileGoes_isRefusedBeforeAnythingIsWritten_andKept() throws IOException {
    Path out = dir.resolve("src");
    Files.createDirectories(out.resolve("com/acme/AcmeCheck.java"));
    Files.writeString(out.resolve("com/acme/AcmeCheck.java/Keep.java"), "class Keep {}\n");

    assertThatThrownBy(
            () ->
                ImportWriter.write(
                    out,
                    List.of(
                        new ImportedFile("com/acme/acme.manifest.json", "{}"),
                        new ImportedFile("com/acme/AcmeCheck.java", "class AcmeCheck {}\n"))))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageStartingWith(
            "refusing to write " + out.resolve("com/acme/AcmeCheck.java") + ": a folder stands");
    assertThat(files())
        .containsExactly(
            "src",
            "src/com",
            "src/com/acme",
            "src/com/acme/AcmeCheck.java",
            "src/com/acme/AcmeCheck.java/Keep.java");
  }

  @Test
  void aLinkedFolderInTheOutputFolder_isRefusedBeforeAnythingIsWritten() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path out = Files.createDirectories(dir.resolve("src"));
    link(out.resolve("com"), outside);

    assertThatThrownBy(
            () ->
                ImportWriter.write(
                    out, List.of(new ImportedFile("com/acme/AcmeCheck.java", "class X {}\n"))))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining(out.resolve("com") + " is a symbolic link");
    assertThat(files()).containsExactly("outside", "src", "src/com");
  }

  @Test
  void aPathOutsideTheOutputFolder_isRefusedBeforeAnythingIsWritten() throws IOException {
    Path out = dir.resolve("src");

    assertThatThrownBy(
            () ->
                ImportWriter.write(
                    out,
                    List.of(
                        new ImportedFile("com/acme/AcmeCheck.java", "class AcmeCheck {}\n"),
                        new ImportedFile("../escaped.json", "{}"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("../escaped.json is outside the output folder " + out);
    assertThat(files()).isEmpty();
  }
}
