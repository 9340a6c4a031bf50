package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

  private final LineIndex index = new LineIndex("ab\ncd\n\nef");

  @Test
  void offsets_mapToLineAndColumn() {
    assertThat(index.line(0)).isEqualTo(1);
    assertThat(index.column(0)).isEqualTo(1);
    assertThat(index.line(1)).isEqualTo(1);
    assertThat(index.column(1)).isEqualTo(2);
    assertThat(index.line(3)).isEqualTo(2);
    assertThat(index.column(4)).isEqualTo(2);
    assertThat(index.line(6)).isEqualTo(3);
    assertThat(index.line(7)).isEqualTo(4);
    assertThat(index.column(8)).isEqualTo(2);
  }

  @Test
  void lineBreak_belongsToTheLineItEnds() {
    assertThat(index.line(2)).isEqualTo(1);
    assertThat(index.column(2)).isEqualTo(3);
  }
}
