package io.github.ddassets.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLayoutTest {

  @Test
  void lfTextWithFinalNewline_isCanonical() {
    assertThat(TextLayout.of("a\nb\n")).isEqualTo(TextLayout.CANONICAL);
    assertThat(TextLayout.of("a\nb\n").isCanonical()).isTrue();
  }

  @Test
  void crlfText_isNotCanonical() {
    assertThat(TextLayout.of("a\r\nb\r\n")).isEqualTo(new TextLayout(true, true));
    assertThat(TextLayout.of("a\r\nb\r\n").isCanonical()).isFalse();
  }

  @Test
  void textWithoutFinalNewline_isNotCanonical() {
    assertThat(TextLayout.of("a\nb")).isEqualTo(new TextLayout(false, false));
  }

  @Test
  void emptyText_countsAsEndingWithANewline() {
    assertThat(TextLayout.of("")).isEqualTo(TextLayout.CANONICAL);
  }
}
