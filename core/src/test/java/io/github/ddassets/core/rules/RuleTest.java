package io.github.ddassets.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ddassets.core.model.FileOrigin;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rule catalogue itself: ids, profiles, severities and message formatting. */
class RuleTest {

  @Test
  void ids_areUniqueKebabCaseAndFollowTheEnumName() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id)).doesNotHaveDuplicates();
    for (Rule rule : Rule.values()) {
      assertThat(rule.id()).matches("[a-z]+(-[a-z0-9]+)+");
      assertThat(rule.id()).isEqualTo(rule.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
  }

  @Test
  void fileRules_areNamedAfterTheirScope() {
    for (Rule rule : Rule.values()) {
      switch (rule.scope()) {
        case METADATA -> assertThat(rule.id()).startsWith("metadata-");
        case SERVICE_CHECKS -> assertThat(rule.id()).startsWith("service-checks-");
        case MANIFEST -> assertThat(rule.id()).startsWith("manifest-");
        default -> {}
      }
    }
  }

  @Test
  void byId_findsEveryRule() {
    for (Rule rule : Rule.values()) {
      assertThat(Rule.byId(rule.id())).isSameAs(rule);
    }
  }

  @Test
  void byId_unknownId_throws() {
    assertThatThrownBy(() -> Rule.byId("metadata-nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule with id metadata-nope");
  }

  @Test
  void ddevRules_runUnderBothProfiles() {
    assertThat(Rule.METADATA_UNIT_UNKNOWN.profile()).isEqualTo(Profile.DDEV);
    assertThat(Rule.METADATA_UNIT_UNKNOWN.isEnabledUnder(Profile.DDEV)).isTrue();
    assertThat(Rule.METADATA_UNIT_UNKNOWN.isEnabledUnder(Profile.STRICT)).isTrue();
  }

  @Test
  void strictRules_runOnlyUnderStrict() {
    assertThat(Rule.METADATA_SHORT_NAME_EMPTY.profile()).isEqualTo(Profile.STRICT);
    assertThat(Rule.METADATA_SHORT_NAME_EMPTY.isEnabledUnder(Profile.DDEV)).isFalse();
    assertThat(Rule.METADATA_SHORT_NAME_EMPTY.isEnabledUnder(Profile.STRICT)).isTrue();
  }

  @Test
  void emptyDescription_isAWarningUnderDdevAndAnErrorUnderStrict() {
    assertThat(Rule.METADATA_DESCRIPTION_EMPTY.severityUnder(Profile.DDEV))
        .isEqualTo(Severity.WARNING);
    assertThat(Rule.METADATA_DESCRIPTION_EMPTY.severityUnder(Profile.STRICT))
        .isEqualTo(Severity.ERROR);
    assertThat(Rule.METADATA_DESCRIPTION_EMPTY.severity()).isEqualTo(Severity.WARNING);
    assertThat(Rule.METADATA_DESCRIPTION_EMPTY.strictSeverity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void onlyTheEmptyDescriptionChangesSeverityWithTheProfile() {
    assertThat(Arrays.stream(Rule.values()).filter(rule -> rule.strictSeverity() != null))
        .containsExactly(Rule.METADATA_DESCRIPTION_EMPTY);
  }

  @Test
  void summaries_areOneSentence() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.summary()).as(rule.id()).isNotBlank().endsWith(".").doesNotContain("\n");
    }
  }

  @Test
  void at_formatsTheMessageWithoutHint() {
    Finding finding =
        Rule.METADATA_UNIT_UNKNOWN.at(FileOrigin.at("metadata.csv", 2, 25), "bytes", "unit_name");

    assertThat(finding.rule()).isEqualTo(Rule.METADATA_UNIT_UNKNOWN);
    assertThat(finding.message()).isEqualTo("`bytes` is not a valid unit_name");
    assertThat(finding.hint()).isEmpty();
    assertThat(finding.origin().describe()).isEqualTo("metadata.csv:2:25");
  }

  @Test
  void text_prefixesTheIdAndAppendsTheHint() {
    Finding finding =
        Rule.METADATA_UNIT_UNKNOWN.at(FileOrigin.of("metadata.csv"), "bytes", "unit_name");

    assertThat(finding.text())
        .isEqualTo("[metadata-unit-unknown] `bytes` is not a valid unit_name");
    assertThat(finding.withHint("did you mean `byte`?").text())
        .isEqualTo(
            "[metadata-unit-unknown] `bytes` is not a valid unit_name (did you mean `byte`?)");
  }

  @Test
  void severityIds_areLowerCase() {
    assertThat(Severity.ERROR.id()).isEqualTo("error");
    assertThat(Severity.WARNING.id()).isEqualTo("warning");
  }

  @Test
  void hugeValues_areRepeatedCutTo500Characters() {
    String name = "acme." + "a".repeat(2_000_000);

    Finding finding =
        Rule.METADATA_NAME_NOT_NORMALIZED.at(FileOrigin.at("metadata.csv", 2, 1), name, name);

    assertThat(finding.message())
        .isEqualTo(
            "metric name `"
                + name.substring(0, 497)
                + "...` is not normalized: Datadog would store it as `"
                + name.substring(0, 497)
                + "...`");
  }

  @Test
  void valuesOfLegitimateLength_areRepeatedWhole() {
    String name = "acme." + "a".repeat(195);

    Finding finding =
        Rule.METADATA_NAME_TOO_LONG.at(FileOrigin.at("metadata.csv", 2, 1), name, 200);

    assertThat(finding.message()).contains(name);
  }
}
