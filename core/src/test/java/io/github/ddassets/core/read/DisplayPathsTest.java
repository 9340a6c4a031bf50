package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayPathsTest {

  @TempDir Path root;

  @Test
  void fileBelowTheRoot_isShownUnderTheRootAsTheUserWroteIt() {
    DisplayPaths paths = new DisplayPaths(root, "integrations/");

    assertThat(paths.of(root.resolve("acme/metadata.csv")))
        .isEqualTo("integrations/acme/metadata.csv");
  }

  @Test
  void dotRoot_isLeftOut() {
    DisplayPaths paths = new DisplayPaths(root, ".");

    assertThat(paths.of(root.resolve("acme/assets/service_checks.json")))
        .isEqualTo("acme/assets/service_checks.json");
  }

  @Test
  void theRootItself_isShownAsWritten() {
    assertThat(new DisplayPaths(root, "repo").of(root)).isEqualTo("repo");
  }

  @Test
  void fileElsewhere_keepsItsOwnPath() {
    DisplayPaths paths = new DisplayPaths(root.resolve("a"), "a");

    assertThat(paths.of(root.resolve("b/metadata.csv")))
        .isEqualTo(root.resolve("b/metadata.csv").toString());
  }

  @Test
  void pathsWithDots_areNormalizedFirst() {
    DisplayPaths paths = new DisplayPaths(root.resolve("x/.."), "repo");

    assertThat(paths.of(root.resolve("acme/./metadata.csv"))).isEqualTo("repo/acme/metadata.csv");
  }
}
