package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTagsTest {

  @Test
  void bundledTags_areExactlyTheReferenceList() throws IOException {
    List<String> reference =
        Files.readAllLines(
                SharedReference.reference().resolve("classifier-tags.txt"), StandardCharsets.UTF_8)
            .stream()
            .filter(line -> !line.isEmpty())
            .toList();

    assertThat(ClassifierTags.known()).hasSize(61).containsExactlyElementsOf(reference);
  }

  @Test
  void bundledFile_isSortedAndItsCommentIsNotATag() throws IOException {
    List<String> lines;
    try (var in =
        ClassifierTags.class.getResourceAsStream("/io/github/ddassets/core/classifier-tags.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    List<String> tags = lines.stream().filter(line -> !line.startsWith("#")).toList();

    assertThat(lines.get(0)).startsWith("# Classifier tags seen in real manifest.json files");
    assertThat(tags).isSorted().containsExactlyElementsOf(ClassifierTags.known());
  }

  @Test
  void everyKnownTag_isWellFormed() {
    assertThat(ClassifierTags.known()).allMatch(ClassifierTags::isWellFormed);
  }

  @Test
  void wellFormed_needsAKnownKeyTwoColonsAndAValue() {
    assertThat(ClassifierTags.isWellFormed("Supported OS::Solaris")).isTrue();
    assertThat(ClassifierTags.isWellFormed("Category:Log Collection")).isFalse();
    assertThat(ClassifierTags.isWellFormed("Platform::Linux")).isFalse();
    assertThat(ClassifierTags.isWellFormed("Category::")).isFalse();
    assertThat(ClassifierTags.isWellFormed("Category:::Metrics")).isFalse();
  }

  @Test
  void closest_suggestsASpellingAndNothingForNonsense() {
    assertThat(ClassifierTags.closest("Supported OS::MacOS")).contains("Supported OS::macOS");
    assertThat(ClassifierTags.closest("Category::Blockchain")).isEmpty();
  }
}
