package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.model.FileOrigin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulePolicyTest {

  @Test
  void levels_overrideTheProfile_offWarningAndError() {
    RulePolicy policy =
        RulePolicy.parse(
                List.of(
                    "metadata-short-name-empty=off",
                    "metadata-unit-unknown=warning",
                    "metadata-unsorted=ERROR"))
            .policy();

    assertThat(policy.severity(Rule.METADATA_SHORT_NAME_EMPTY, Profile.STRICT)).isEmpty();
    assertThat(policy.severity(Rule.METADATA_UNIT_UNKNOWN, Profile.STRICT))
        .contains(Severity.WARNING);
    assertThat(policy.severity(Rule.METADATA_UNSORTED, Profile.STRICT)).contains(Severity.ERROR);
    assertThat(policy.severity(Rule.METADATA_NAME_DUPLICATE, Profile.STRICT))
        .contains(Severity.ERROR);
  }

  @Test
  void aLevel_turnsAStrictRuleOnUnderDdev() {
    RulePolicy policy = RulePolicy.parse(List.of("metadata-unsorted=warning")).policy();

    assertThat(RulePolicy.NONE.severity(Rule.METADATA_UNSORTED, Profile.DDEV)).isEmpty();
    assertThat(policy.severity(Rule.METADATA_UNSORTED, Profile.DDEV)).contains(Severity.WARNING);
  }

  @Test
  void unknownIds_andLevels_areClearProblems() {
    RulePolicy.Parsed parsed =
        RulePolicy.parse(
            List.of("metadata-unit-unknwn=off", "metadata-unsorted=loud", "no-equals-sign", ""));

    assertThat(parsed.problems())
        .containsExactly(
            "`no-equals-sign` is not <rule-id>=off|warning|error",
            "`metadata-unit-unknwn` is not a rule id (did you mean `metadata-unit-unknown`?)",
            "`loud` is not a level for metadata-unsorted: use off, warning or error");
    assertThat(parsed.policy().levels()).isEmpty();
  }

  @Test
  void theLaterPolicy_winsForARuleBothSet() {
    RulePolicy file = RulePolicy.of(Map.of("metadata-unsorted", "off")).policy();
    RulePolicy commandLine = RulePolicy.of(Map.of("metadata-unsorted", "error")).policy();

    assertThat(file.overriddenBy(commandLine).levels())
        .containsExactly(Map.entry(Rule.METADATA_UNSORTED, RuleLevel.ERROR));
  }

  @Test
  void builds_refuseTurningDownADdevError_butAcceptWarningsAndStrictRules() {
    RulePolicy policy =
        RulePolicy.parse(
                List.of(
                    "metadata-unit-unknown=off",
                    "metadata-name-duplicate=warning",
                    "metadata-unsorted=off",
                    "manifest-classifier-tag-unknown=off",
                    "metadata-type-invalid=error"))
            .policy();

    assertThat(policy.refusedInBuilds())
        .containsExactly(
            "`metadata-name-duplicate=warning` is not allowed in a build: metadata-name-duplicate"
                + " is an error of the ddev profile, which ddev validate or the generated code"
                + " would refuse all the same",
            "`metadata-unit-unknown=off` is not allowed in a build: metadata-unit-unknown is an"
                + " error of the ddev profile, which ddev validate or the generated code would"
                + " refuse all the same");
  }

  @Test
  void aReport_keepsAndGradesFindingsByThePolicy() {
    Finding unit = Rule.METADATA_UNIT_UNKNOWN.at(FileOrigin.of("m.csv"), "byts", "unit_name");
    Finding shortName = Rule.METADATA_SHORT_NAME_EMPTY.at(FileOrigin.of("m.csv"), "a.b");
    RulePolicy policy =
        RulePolicy.parse(List.of("metadata-short-name-empty=off", "metadata-unit-unknown=warning"))
            .policy();

    Report report = Report.of(Profile.STRICT, policy, List.of(unit, shortName));

    assertThat(report.items()).containsExactly(new Report.Item(unit, Severity.WARNING));
    assertThat(
            Report.of(Profile.STRICT, Set.of(Rule.METADATA_SHORT_NAME_EMPTY), List.of(shortName))
                .items())
        .isEmpty();
  }

  @Test
  void failOn_decidesWhichTotalsFail() {
    assertThat(FailOn.parse(" Warning ")).isEqualTo(Optional.of(FailOn.WARNING));
    assertThat(FailOn.parse("sometimes")).isEmpty();
    assertThat(FailOn.ERROR.fails(0, 3)).isFalse();
    assertThat(FailOn.ERROR.fails(1, 0)).isTrue();
    assertThat(FailOn.WARNING.fails(0, 1)).isTrue();
    assertThat(FailOn.NONE.fails(5, 5)).isFalse();
  }
}
