package io.github.ddassets.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void shortText_isKept() {
    String text = "x".repeat(Excerpt.MAX_CHARS);

    assertThat(Excerpt.of(text)).isSameAs(text);
    assertThat(Excerpt.of(null)).isNull();
  }

  @Test
  void longText_isCutTo120CharactersWithAnEllipsis() {
    assertThat(Excerpt.of("y".repeat(2_000_000))).isEqualTo("y".repeat(117) + "...");
  }

  @Test
  void surrogatePair_isNeverSplit() {
    String text = "z".repeat(116) + "\uD83D\uDE00" + "z".repeat(10);

    assertThat(Excerpt.of(text)).isEqualTo("z".repeat(116) + "...");
  }

  @Test
  void otherLimits_cutTheSameWay() {
    assertThat(Excerpt.of("abcdefghij", 8)).isEqualTo("abcde...");
  }
}
