package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static final Origin AT = FileOrigin.at("metadata.csv", 2, 34);

  private static final List<Finding> FINDINGS =
      List.of(
          Rule.METADATA_DESCRIPTION_EMPTY.at(AT, "acme.a"),
          Rule.METADATA_SHORT_NAME_EMPTY.at(AT, "acme.a"),
          Rule.METADATA_UNIT_UNKNOWN.at(AT, "bytes", "unit_name"),
          Rule.METADATA_UNSORTED.at(AT, "acme.a", "acme.b"),
          Rule.METADATA_DESCRIPTION_EMPTY.at(AT, "acme.b"));

  @Test
  void ddevProfile_dropsStrictOnlyRules() {
    Report report = Report.of(Profile.DDEV, FINDINGS);

    assertThat(report.items())
        .extracting(item -> item.finding().rule(), Report.Item::severity)
        .containsExactly(
            tuple(Rule.METADATA_DESCRIPTION_EMPTY, Severity.WARNING),
            tuple(Rule.METADATA_UNIT_UNKNOWN, Severity.ERROR),
            tuple(Rule.METADATA_DESCRIPTION_EMPTY, Severity.WARNING));
  }

  @Test
  void strictProfile_keepsEveryRuleAndRaisesEmptyDescriptionsToErrors() {
    Report report = Report.of(Profile.STRICT, FINDINGS);

    assertThat(report.items())
        .extracting(item -> item.finding().rule(), Report.Item::severity)
        .containsExactly(
            tuple(Rule.METADATA_DESCRIPTION_EMPTY, Severity.ERROR),
            tuple(Rule.METADATA_SHORT_NAME_EMPTY, Severity.ERROR),
            tuple(Rule.METADATA_UNIT_UNKNOWN, Severity.ERROR),
            tuple(Rule.METADATA_UNSORTED, Severity.WARNING),
            tuple(Rule.METADATA_DESCRIPTION_EMPTY, Severity.ERROR));
  }

  @Test
  void counts_followTheProfile() {
    Report ddev = Report.of(Profile.DDEV, FINDINGS);
    Report strict = Report.of(Profile.STRICT, FINDINGS);

    assertThat(ddev.count(Severity.ERROR)).isEqualTo(1);
    assertThat(ddev.count(Severity.WARNING)).isEqualTo(2);
    assertThat(strict.count(Severity.ERROR)).isEqualTo(4);
    assertThat(strict.count(Severity.WARNING)).isEqualTo(1);
  }

  @Test
  void countsByRule_areSortedById() {
    assertThat(Report.of(Profile.STRICT, FINDINGS).countsByRule())
        .containsExactly(
            Map.entry("metadata-description-empty", 2),
            Map.entry("metadata-short-name-empty", 1),
            Map.entry("metadata-unit-unknown", 1),
            Map.entry("metadata-unsorted", 1));
  }

  @Test
  void warningsOnly_haveNoErrors() {
    Report report =
        Report.of(Profile.DDEV, List.of(Rule.METADATA_DESCRIPTION_EMPTY.at(AT, "acme.a")));

    assertThat(report.hasErrors()).isFalse();
    assertThat(
            Report.of(Profile.STRICT, report.items().stream().map(Report.Item::finding).toList())
                .hasErrors())
        .isTrue();
  }

  @Test
  void noFindings_giveAnEmptyReport() {
    Report report = Report.of(Profile.STRICT, List.of());

    assertThat(report.items()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.countsByRule()).isEmpty();
  }
}
