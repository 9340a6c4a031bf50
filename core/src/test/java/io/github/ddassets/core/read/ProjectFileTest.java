package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ddassets.core.rules.FailOn;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.RuleLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

  @TempDir Path repo;

  @Test
  void theFile_isFoundInTheFolderOrAnyFolderAbove() throws IOException {
    Path file = Files.writeString(repo.resolve(ProjectFile.NAME), "");
    Path deep = Files.createDirectories(repo.resolve("integrations/acme/assets"));

    assertThat(ProjectFile.find(deep)).contains(file.toAbsolutePath());
    assertThat(ProjectFile.find(repo)).contains(file.toAbsolutePath());
  }

  @Test
  void everyKey_isRead() throws IOException {
    Path file =
        Files.writeString(
            repo.resolve(ProjectFile.NAME),
            """
            fail-on = "warning"

            [rules]
            metadata-short-name-empty = "off"
            Manifest-Classifier-Tag-Unknown = "error"

            [extend]
            units = ["kibibyte"]
            classifier-tags = ["Category::Quantum"]
            global-metric-prefixes = ["otel."]
            """);

    ProjectFile project = ProjectFile.read(file, ".ddassets.toml");

    assertThat(project.failOn()).isEqualTo(Optional.of(FailOn.WARNING));
    assertThat(project.rules().levels())
        .isEqualTo(
            Map.of(
                Rule.METADATA_SHORT_NAME_EMPTY,
                RuleLevel.OFF,
                Rule.MANIFEST_CLASSIFIER_TAG_UNKNOWN,
                RuleLevel.ERROR));
    assertThat(project.vocabulary().units()).isEqualTo(Set.of("kibibyte"));
    assertThat(project.vocabulary().classifierTags()).isEqualTo(Set.of("Category::Quantum"));
    assertThat(project.vocabulary().globalPrefixes()).isEqualTo(List.of("otel."));
    assertThat(project.vocabulary().isKnownUnit("kibibyte")).isTrue();
    assertThat(project.vocabulary().isKnownUnit("byte")).isTrue();
    assertThat(project.vocabulary().hasAllowedPrefix("otel.spans", "acme.")).isTrue();
  }

  @Test
  void mistakes_areOneMessageNamingTheFileAndEachProblem() throws IOException {
    Path file =
        Files.writeString(
            repo.resolve(ProjectFile.NAME),
            """
            fail-on = "sometimes"
            rulez = 1

            [rules]
            metadata-unit-unknwn = "off"

            [extend]
            units = "kibibyte"
            tags = []
            """);

    assertThatThrownBy(() -> ProjectFile.read(file, ".ddassets.toml"))
        .isInstanceOf(IOException.class)
        .hasMessage(
            ".ddassets.toml: `rulez` is not a key ddassets knows (use extend, fail-on, rules);"
                + " fail-on = \"sometimes\" is not error, warning or none;"
                + " [rules] `metadata-unit-unknwn` is not a rule id (did you mean"
                + " `metadata-unit-unknown`?);"
                + " [extend] `tags` is not a key ddassets knows (use classifier-tags,"
                + " global-metric-prefixes, units);"
                + " [extend] units must be an array of strings");
  }

  @Test
  void aTableWrittenAsAValue_isAProblem() throws IOException {
    Path file = Files.writeString(repo.resolve(ProjectFile.NAME), "rules = \"off\"\n");

    assertThatThrownBy(() -> ProjectFile.read(file, ".ddassets.toml"))
        .hasMessage(".ddassets.toml: rules must be a table ([rules])");
  }

  @Test
  void invalidToml_namesTheLine() throws IOException {
    Path file =
        Files.writeString(repo.resolve(ProjectFile.NAME), "[rules]\nmetadata-unsorted = \n");

    assertThatThrownBy(() -> ProjectFile.read(file, ".ddassets.toml"))
        .hasMessageStartingWith(".ddassets.toml:2: not valid TOML:");
  }
}
