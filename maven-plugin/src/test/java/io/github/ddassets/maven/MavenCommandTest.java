package io.github.ddassets.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MavenCommandTest {

  private static final Path REPO = Path.of("/repo").toAbsolutePath();
  private static final String COORDINATES = "io.github.ddassets:ddassets-maven-plugin:1.2.3";

  @Test
  void startedInTheModule_runsThere_withThePrefix() {
    MavenCommand command = new MavenCommand(REPO, REPO.resolve("pom.xml"), true, COORDINATES);

    assertThat(command.line(List.of(command.goal("sync")))).isEqualTo("mvn ddassets:sync");
  }

  @Test
  void startedElsewhere_pointsAtTheModulePom() {
    MavenCommand command =
        new MavenCommand(REPO, REPO.resolve("checks/acme/pom.xml"), true, COORDINATES);

    assertThat(command.line(List.of("clean", "verify")))
        .isEqualTo("mvn -f checks/acme/pom.xml clean verify");
  }

  @Test
  void pluginNotInThePom_isNamedByItsCoordinates() {
    MavenCommand command = new MavenCommand(REPO, REPO.resolve("pom.xml"), false, COORDINATES);

    assertThat(command.goal("sync"))
        .isEqualTo("io.github.ddassets:ddassets-maven-plugin:1.2.3:sync");
  }
}
