package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.testing.SharedReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UnitsTest {

  @Test
  void bundledUnits_areExactlyTheReferenceList() throws IOException {
    Set<String> reference =
        new TreeSet<>(
            Files.readAllLines(
                SharedReference.reference().resolve("units.txt"), StandardCharsets.UTF_8));
    reference.remove("");

    assertThat(Units.names()).hasSize(351).containsExactlyElementsOf(reference);
  }

  @Test
  void names_skipTheCommentLines() {
    assertThat(Units.names()).noneMatch(name -> name.startsWith("#") || name.isEmpty());
  }

  @Test
  void commonUnits_areKnown() {
    assertThat(Units.isKnown("byte")).isTrue();
    assertThat(Units.isKnown("second")).isTrue();
    assertThat(Units.isKnown("garbage collection")).isTrue();
    assertThat(Units.isKnown("degree celsius")).isTrue();
  }

  @Test
  void unitsWithNonAsciiLetters_areKnown() {
    assertThat(Units.isKnown("z\u0142oty")).isTrue();
    assertThat(Units.isKnown("pa\u2019anga")).isTrue();
  }

  @Test
  void pluralsAndCapitals_areUnknown() {
    assertThat(Units.isKnown("bytes")).isFalse();
    assertThat(Units.isKnown("Byte")).isFalse();
    assertThat(Units.isKnown("")).isFalse();
  }

  @Test
  void placeholder_isInDdevsList() {
    assertThat(Units.isKnown(Units.PLACEHOLDER)).isTrue();
    assertThat(Units.PLACEHOLDER).isEqualTo("name");
  }

  @Test
  void timeUnits_areTheEightDdevNames() {
    assertThat(Units.TIME_UNITS)
        .containsExactlyInAnyOrder(
            "nanosecond", "microsecond", "millisecond", "second", "minute", "hour", "day", "week");
    assertThat(Units.names()).containsAll(Units.TIME_UNITS);
  }

  @Test
  void closest_suggestsTheUnitOneEditAway() {
    assertThat(Units.closest("bytes")).contains("byte");
    assertThat(Units.closest("milisecond")).contains("millisecond");
  }

  @Test
  void closest_readsCommonAbbreviationsBeforeSpelling() {
    // `sec` is one edit from `set`, but authors mean seconds.
    assertThat(Units.closest("sec")).contains("second");
    assertThat(Units.closest("ms")).contains("millisecond");
    assertThat(Units.closest("req")).contains("request");
    assertThat(Units.closest("pct")).contains("percent");
    assertThat(Units.closest("s")).contains("second");
    assertThat(Units.closest("min")).contains("minute");
    assertThat(Units.closest("hr")).contains("hour");
    assertThat(Units.closest("conn")).contains("connection");
    assertThat(Units.closest("msg")).contains("message");
    assertThat(Units.closest("op")).contains("operation");
    assertThat(Units.closest("SEC")).contains("second");
  }

  @Test
  void closest_tellsBytesFromBitsByCase() {
    assertThat(Units.closest("B")).contains("byte");
    assertThat(Units.closest("b")).contains("bit");
    assertThat(Units.closest("KB")).contains("kilobyte");
    assertThat(Units.closest("Kb")).contains("kilobit");
    assertThat(Units.closest("GiB")).contains("gibibyte");
  }

  @Test
  void abbreviations_standForReferenceUnitsAndAreNoUnitThemselves() throws IOException {
    Set<String> reference =
        new TreeSet<>(
            Files.readAllLines(
                SharedReference.reference().resolve("units.txt"), StandardCharsets.UTF_8));

    assertThat(UnitAbbreviations.all())
        .allSatisfy(
            (abbreviation, unit) -> {
              assertThat(reference).as(abbreviation).contains(unit);
              // A key that is a unit would never be looked up: a known unit is no mistake.
              assertThat(reference).as(abbreviation).doesNotContain(abbreviation);
            });
  }

  @Test
  void closest_suggestsNothingForAFarFetchedName() {
    assertThat(Units.closest("zzzzzzzzzzzz")).isEmpty();
  }
}
