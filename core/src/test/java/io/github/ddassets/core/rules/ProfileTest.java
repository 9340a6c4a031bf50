package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfileTest {

  @Test
  void ids_areLowerCaseNames() {
    assertThat(Profile.DDEV.id()).isEqualTo("ddev");
    assertThat(Profile.STRICT.id()).isEqualTo("strict");
  }

  @Test
  void parse_ignoresCaseAndSurroundingSpaces() {
    assertThat(Profile.parse(" Strict ")).contains(Profile.STRICT);
    assertThat(Profile.parse("DDEV")).contains(Profile.DDEV);
  }

  @Test
  void parse_unknownName_isEmpty() {
    assertThat(Profile.parse("lenient")).isEmpty();
    assertThat(Profile.parse("")).isEmpty();
  }
}
