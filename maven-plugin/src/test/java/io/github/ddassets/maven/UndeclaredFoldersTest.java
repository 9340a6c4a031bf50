package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndeclaredFoldersTest {

  @TempDir Path dir;

  @Test
  void find_namesIntegrationFoldersTheCodeDoesNotDeclare_only() throws IOException {
    Path assets = dir.resolve("assets");
    write(assets.resolve("acme/metadata.csv"));
    write(assets.resolve("old_acme/metadata.csv"));
    write(assets.resolve("other/assets/service_checks.json"));
    write(assets.resolve("images/logo.png"));
    write(assets.resolve(".hidden/metadata.csv"));
    write(assets.resolve("not a name/metadata.csv"));
    write(assets.resolve("README.md"));

    assertThat(UndeclaredFolders.find(assets, Set.of("acme"))).containsExactly("old_acme", "other");
  }

  @Test
  void find_inAMissingFolder_findsNothing() throws IOException {
    assertThat(UndeclaredFolders.find(dir.resolve("missing"), Set.of())).isEmpty();
  }

  @Test
  void remove_deletesTheFolderAndEverythingInIt() throws IOException {
    Path assets = dir.resolve("assets");
    write(assets.resolve("old/assets/configuration/spec.yaml"));
    write(assets.resolve("old/metadata.csv"));
    write(assets.resolve("acme/metadata.csv"));

    UndeclaredFolders.remove(assets, "old");

    assertThat(assets.resolve("old")).doesNotExist();
    assertThat(assets.resolve("acme/metadata.csv")).exists();
  }

  @Test
  void remove_deletesLinksInside_neverWhatTheyPointTo() throws IOException {
    Path outside = dir.resolve("outside");
    write(outside.resolve("keep.txt"));
    Path assets = dir.resolve("assets");
    write(assets.resolve("old/metadata.csv"));
    assumeTrue(link(assets.resolve("old/escape"), outside));
    link(assets.resolve("old/file"), outside.resolve("keep.txt"));

    UndeclaredFolders.remove(assets, "old");

    assertThat(assets.resolve("old")).doesNotExist();
    assertThat(outside.resolve("keep.txt")).exists();
  }

  @Test
  void remove_ofALinkedFolder_deletesTheLinkOnly() throws IOException {
    Path outside = dir.resolve("elsewhere/old");
    write(outside.resolve("metadata.csv"));
    Path assets = Files.createDirectories(dir.resolve("assets"));
    assumeTrue(link(assets.resolve("old"), outside));

    assertThat(UndeclaredFolders.find(assets, Set.of())).containsExactly("old");
    UndeclaredFolders.remove(assets, "old");

    assertThat(assets.resolve("old")).doesNotExist();
    assertThat(outside.resolve("metadata.csv")).exists();
  }

  @Test
  void remove_refusesANameThatLeavesTheFolder() throws IOException {
    Path assets = Files.createDirectories(dir.resolve("assets"));
    write(dir.resolve("victim/metadata.csv"));

    assertThatThrownBy(() -> UndeclaredFolders.remove(assets, "../victim"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("victim/metadata.csv")).exists();
  }

  private static void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x\n");
  }

  /** Creates a symbolic link; false where the file system or the user may not. */
  private static boolean link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
