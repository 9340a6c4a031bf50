package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code docs/rules.md} is the rule catalogue, rendered; the two never drift apart. */
class RuleCatalogueDocTest {

  @Test
  void committedRulesPage_equalsTheCatalogue() throws IOException {
    Path committed = projectRoot().resolve("docs/rules.md");
    String expected = RuleCatalogueMarkdown.render();
    Path regenerated = Path.of("target/rules.md");
    Files.createDirectories(regenerated.getParent());
    Files.writeString(regenerated, expected, StandardCharsets.UTF_8);

    assertThat(committed).exists();
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date: copy core/target/rules.md over it")
        .isEqualTo(expected);
  }

  @Test
  void ruleIds_areUniqueAndKebabCase() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rule.values()) {
      assertThat(ids.add(rule.id())).as("duplicate id %s", rule.id()).isTrue();
      assertThat(rule.id()).matches("[a-z]+(-[a-z]+)*");
      assertThat(rule.summary()).endsWith(".");
    }
    assertThat(Arrays.stream(Rule.values()).map(rule -> Rule.byId(rule.id())))
        .containsExactly(Rule.values());
  }

  /** The folder holding the reactor's root pom (tests run in the module folder). */
  private static Path projectRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("core")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "cannot find the project root above " + Path.of("").toAbsolutePath());
  }
}
