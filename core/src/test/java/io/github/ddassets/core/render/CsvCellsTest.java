package io.github.ddassets.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each expected text is what Python's {@code csv.writer(f, lineterminator="\n")} writes, except
 * where a test says otherwise.
 */
class CsvCellsTest {

  @Test
  void plainCells_areJoinedByCommas() {
    assertThat(row("a", "", "b c", "#x", " y")).isEqualTo("a,,b c,#x, y\n");
  }

  @Test
  void specialCells_areQuotedWithQuotesDoubled() {
    assertThat(row("a,b", "say \"hi\"", "two\nlines"))
        .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
  }

  @Test
  void carriageReturn_isQuotedSoThatItSurvivesAReread() {
    // Python quotes \r only when it is part of the line terminator; quoting it always is safer.
    assertThat(row("a\rb")).isEqualTo("\"a\rb\"\n");
  }

  @Test
  void loneEmptyCell_isQuotedSoThatTheRowIsNotBlank() {
    assertThat(row("")).isEqualTo("\"\"\n");
  }

  @Test
  void twoEmptyCells_areJustAComma() {
    assertThat(row("", "")).isEqualTo(",\n");
  }

  @Test
  void nonAsciiCells_areWrittenAsIs() {
    assertThat(row("z\u0142oty", "pa\u2019anga")).isEqualTo("z\u0142oty,pa\u2019anga\n");
  }

  private static String row(String... cells) {
    StringBuilder out = new StringBuilder();
    CsvCells.appendRow(out, List.of(cells));
    return out.toString();
  }
}
