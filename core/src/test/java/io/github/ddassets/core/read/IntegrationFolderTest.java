package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrationFolderTest {

  @TempDir Path root;

  @Test
  void serviceChecksBesideTheManifest_isTheFlatLayout() throws IOException {
    Path acme = touch("acme/manifest.json", "acme/service_checks.json");

    IntegrationFolder folder = IntegrationFolder.detect(acme).orElseThrow();

    assertThat(folder.layout()).isEqualTo(Layout.FLAT);
    assertThat(folder.serviceChecks()).isEqualTo(acme.resolve("service_checks.json"));
  }

  @Test
  void specOrExampleAlone_isTheFlatLayout() throws IOException {
    assertThat(IntegrationFolder.detect(touch("a/spec.yaml")).orElseThrow().layout())
        .isEqualTo(Layout.FLAT);
    assertThat(IntegrationFolder.detect(touch("b/conf.yaml.example")).orElseThrow().layout())
        .isEqualTo(Layout.FLAT);
  }

  @Test
  void assetsFolder_isTheRepositoryLayout() throws IOException {
    Path acme = touch("acme/manifest.json", "acme/assets/service_checks.json");

    IntegrationFolder folder = IntegrationFolder.detect(acme).orElseThrow();

    assertThat(folder.layout()).isEqualTo(Layout.REPOSITORY);
    assertThat(folder.serviceChecks()).isEqualTo(acme.resolve("assets/service_checks.json"));
    assertThat(folder.metadata()).isEqualTo(acme.resolve("metadata.csv"));
    assertThat(folder.manifest()).isEqualTo(acme.resolve("manifest.json"));
  }

  @Test
  void manifestOrMetadataAlone_isTheRepositoryLayout() throws IOException {
    assertThat(IntegrationFolder.detect(touch("a/manifest.json")).orElseThrow().layout())
        .isEqualTo(Layout.REPOSITORY);
    assertThat(IntegrationFolder.detect(touch("b/metadata.csv")).orElseThrow().layout())
        .isEqualTo(Layout.REPOSITORY);
    assertThat(
            IntegrationFolder.detect(touch("c/assets/configuration/spec.yaml"))
                .orElseThrow()
                .layout())
        .isEqualTo(Layout.REPOSITORY);
  }

  @Test
  void folderWithoutAssetFiles_isNotAnIntegration() throws IOException {
    assertThat(IntegrationFolder.detect(touch("docs/README.md"))).isEmpty();
    assertThat(IntegrationFolder.detect(root.resolve("missing"))).isEmpty();
  }

  @Test
  void regularFile_isNotAnIntegration() throws IOException {
    Path file = touch("x/manifest.json").resolve("manifest.json");

    assertThat(IntegrationFolder.detect(file)).isEmpty();
  }

  @Test
  void under_aRepositoryRoot_listsItsIntegrationsSortedAndSkipsHiddenFolders() throws IOException {
    touch(
        "zeta/manifest.json",
        "alpha/service_checks.json",
        ".ddev/manifest.json",
        "docs/README.md",
        "beta/metadata.csv");

    assertThat(IntegrationFolder.under(root))
        .extracting(IntegrationFolder::name, IntegrationFolder::layout)
        .containsExactly(
            tuple("alpha", Layout.FLAT),
            tuple("beta", Layout.REPOSITORY),
            tuple("zeta", Layout.REPOSITORY));
  }

  @Test
  void under_anIntegrationFolder_isThatFolder() throws IOException {
    Path acme = touch("acme/manifest.json");

    assertThat(IntegrationFolder.under(acme))
        .extracting(IntegrationFolder::name)
        .containsExactly("acme");
  }

  @Test
  void name_isTheFoldersNameEvenWhenGivenAsDot() throws IOException {
    Path acme = touch("acme/manifest.json");

    assertThat(new IntegrationFolder(acme.resolve("."), Layout.REPOSITORY).name())
        .isEqualTo("acme");
  }

  private Path touch(String... files) throws IOException {
    Path first = null;
    for (String file : files) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "");
      if (first == null) {
        first = root.resolve(file.substring(0, file.indexOf('/')));
      }
    }
    return first;
  }
}
