package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFieldLocatorTest {

  @Test
  void plainFields_startAfterEachComma() {
    assertThat(CsvFieldLocator.fieldStarts("ab,c,,d\n", 0, 4)).containsExactly(0, 3, 5, 6);
  }

  @Test
  void commasAndLineBreaksInsideQuotes_doNotSplit() {
    String text = "\"a,b\",\"x\"\"\ny\",z\n";

    assertThat(CsvFieldLocator.fieldStarts(text, 0, 3)).containsExactly(0, 6, 14);
  }

  @Test
  void recordInTheMiddle_startsAtTheGivenOffset() {
    String text = "h1,h2\nv1,v2\n";

    assertThat(CsvFieldLocator.fieldStarts(text, 6, 2)).containsExactly(6, 9);
  }

  @Test
  void missingFields_repeatTheLastKnownStart() {
    assertThat(CsvFieldLocator.fieldStarts("a\nb,c\n", 0, 3)).containsExactly(0, 0, 0);
  }

  @Test
  void zeroFields_stillGiveTheRecordStart() {
    assertThat(CsvFieldLocator.fieldStarts("a", 0, 0)).containsExactly(0);
  }
}
