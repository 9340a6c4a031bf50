package io.github.ddassets.core.rules;

import static io.github.ddassets.core.rules.MetadataRulesTest.assertFindings;
import static io.github.ddassets.core.rules.ServiceCheckRulesTest.ACME;
import static io.github.ddassets.core.rules.ServiceCheckRulesTest.FILE;
import static io.github.ddassets.core.rules.ServiceCheckRulesTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleSet#serviceChecksLayout}: a file read from disk compared with the text the renderer
 * writes for it, after the other service-check rules, as the folder check runs them.
 */
class ServiceChecksLayoutTest {

  @Test
  @Triggers(Rule.SERVICE_CHECKS_LAYOUT)
  void twoSpaceIndentation_isNotTheCanonicalLayout() {
    String text = FILE.replace("    ", "  ");

    assertFindings(check(text))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_LAYOUT,
                "service_checks.json",
                "the file is not in the canonical layout (first difference at line 2)"));
  }

  @Test
  void missingFinalNewline_isNotTheCanonicalLayout() {
    assertFindings(check("[]"))
        .containsExactly(
            tuple(
                Rule.SERVICE_CHECKS_LAYOUT,
                "service_checks.json",
                "the file is not in the canonical layout (first difference at line 2)"));
  }

  @Test
  void shortArraysOnOneLine_areNotTheCanonicalLayout() {
    String text =
        FILE.replace(
            "\"statuses\": [\n            \"ok\",\n            \"critical\"\n        ]",
            "\"statuses\": [\"ok\", \"critical\"]");

    assertThat(check(text))
        .extracting(Finding::message)
        .containsExactly("the file is not in the canonical layout (first difference at line 6)");
  }

  @Test
  @Spares(Rule.SERVICE_CHECKS_LAYOUT)
  void canonicalText_hasTheCanonicalLayout() {
    assertThat(check(FILE)).isEmpty();
    assertThat(check("[]\n")).isEmpty();
  }

  @Test
  void entryThatIsNotAnObject_skipsTheLayoutCheck() {
    assertThat(check("[1]"))
        .extracting(Finding::rule)
        .containsExactly(Rule.SERVICE_CHECKS_ENTRY_NOT_OBJECT);
  }

  @Test
  void fileBuiltFromDeclarations_hasNoTextToCompare() {
    ServiceChecksFile built =
        new ServiceChecksFile(FileOrigin.of("generated"), Shape.ARRAY, List.of(), null);

    assertThat(RuleSet.standard().serviceChecksLayout(built, "[]\n")).isEmpty();
  }

  // ---- helpers ----

  /** The service-check rules, then the layout comparison with the rendered text. */
  private static List<Finding> check(String text) {
    ServiceChecksFile file = parse(text);
    List<Finding> findings = new ArrayList<>(ServiceCheckRules.check(file, ACME));
    findings.addAll(
        RuleSet.standard().serviceChecksLayout(file, ServiceChecksRenderer.render(file)));
    return findings;
  }
}
