package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void sameText_isZeroApart() {
    assertThat(EditDistance.between("byte", "byte")).isZero();
  }

  @Test
  void oneInsertionDeletionOrSubstitution_isOneApart() {
    assertThat(EditDistance.between("byte", "bytes")).isEqualTo(1);
    assertThat(EditDistance.between("bytes", "byte")).isEqualTo(1);
    assertThat(EditDistance.between("byte", "bite")).isEqualTo(1);
  }

  @Test
  void emptyText_isItsLengthApart() {
    assertThat(EditDistance.between("", "second")).isEqualTo(6);
    assertThat(EditDistance.between("second", "")).isEqualTo(6);
  }

  @Test
  void classicExample_isThreeApart() {
    assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
  }
}
