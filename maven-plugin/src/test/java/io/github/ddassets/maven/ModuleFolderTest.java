package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleFolderTest {

  private static final Path ROOT = Path.of("/projects/module").toAbsolutePath();
  private final ModuleFolder module = new ModuleFolder(ROOT);

  @Test
  void relativePath_resolvesAgainstTheModule() {
    assertThat(module.resolve(new File("assets"))).isEqualTo(ROOT.resolve("assets"));
  }

  @Test
  void absolutePath_staysAsItIs() {
    Path elsewhere = Path.of("/elsewhere/assets").toAbsolutePath();

    assertThat(module.resolve(elsewhere.toFile())).isEqualTo(elsewhere);
  }

  @Test
  void show_namesPathsRelativeToTheModule() {
    assertThat(module.show(ROOT.resolve("assets/acme"))).isEqualTo("assets/acme");
    assertThat(module.show(ROOT)).isEqualTo(".");
    assertThat(module.show(ROOT.resolveSibling("shared/assets"))).isEqualTo("../shared/assets");
  }
}
