package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void isAscii_acceptsEveryCharacterUpToDel() {
    assertThat(Text.isAscii("")).isTrue();
    assertThat(Text.isAscii("a ~\u007f\t")).isTrue();
    assertThat(Text.isAscii("\u0080")).isFalse();
    assertThat(Text.isAscii("caf\u00e9")).isFalse();
  }

  @Test
  void isDigits_needsAtLeastOneDigitAndNothingElse() {
    assertThat(Text.isDigits("10")).isTrue();
    assertThat(Text.isDigits("")).isFalse();
    assertThat(Text.isDigits("-1")).isFalse();
    assertThat(Text.isDigits("1.5")).isFalse();
    assertThat(Text.isDigits(" 1")).isFalse();
  }

  @Test
  void isDigits_acceptsNonAsciiDigitsLikePython() {
    // Python's str.isdigit() is true for Arabic-Indic digits as well.
    assertThat(Text.isDigits("\u0661\u0662")).isTrue();
  }

  @Test
  void length_countsCodePoints() {
    assertThat(Text.length("abc")).isEqualTo(3);
    assertThat(Text.length("\uD83D\uDE00")).isEqualTo(1);
  }
}
