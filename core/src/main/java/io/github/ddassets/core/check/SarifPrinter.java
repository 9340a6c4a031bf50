package io.github.ddassets.core.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.ci.SarifLog;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.rules.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints a SARIF 2.1.0 log: one run of the {@code ddassets} tool, every rule of the catalogue as a
 * reporting descriptor, and each finding as a result with its physical location (and its JSON
 * pointer as a logical location). Code-scanning services read it to annotate pull requests without
 * GitHub's per-step annotation limit.
 */
final class SarifPrinter {

  static final String RULES_PAGE = "https://github.com/ddassets/ddassets/blob/main/docs/rules.md";

  private final PrintSettings settings;

  SarifPrinter(PrintSettings settings) {
    this.settings = settings;
  }

  void print(List<ValidatedFinding> findings, Summary summary, PrintWriter out) {
    SarifLog log = new SarifLog(settings.toolVersion(), settings.base(), settings.sarifRoot());
    for (Rule rule : Rule.values()) {
      descriptor(log, rule);
    }
    for (ValidatedFinding finding : findings) {
      result(log, finding);
    }
    log.runProperties().put("profile", summary.profile().id());
    log.print(out);
  }

  private static void descriptor(SarifLog log, Rule rule) {
    ObjectNode descriptor =
        log.rule(
            rule.id(),
            rule.summary(),
            rule.summary()
                + " Profile "
                + rule.profile().id()
                + ", "
                + rule.severity().id()
                + (rule.strictSeverity() == null
                    ? ""
                    : " (" + rule.strictSeverity().id() + " under strict)")
                + ".",
            RULES_PAGE + "#" + rule.id(),
            level(rule.severity()));
    ObjectNode properties = descriptor.putObject("properties");
    properties.put("profile", rule.profile().id());
    properties.put("appliesTo", rule.applies().label());
  }

  private static void result(SarifLog log, ValidatedFinding finding) {
    String hint = finding.finding().hint();
    ObjectNode result =
        log.result(
            finding.finding().rule().id(),
            level(finding.severity()),
            hint.isEmpty()
                ? finding.finding().message()
                : finding.finding().message() + " (" + hint + ")",
            finding.path(),
            finding.line(),
            finding.column(),
            finding.pointer());
    result
        .putObject("partialFingerprints")
        .put(
            "ddassetsKey/v1",
            String.join(
                "|",
                finding.key().integration(),
                finding.key().file(),
                finding.key().rule(),
                finding.key().subject()));
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }
}
