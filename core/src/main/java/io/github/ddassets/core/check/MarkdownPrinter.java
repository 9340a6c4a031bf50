package io.github.ddassets.core.check;

import io.github.ddassets.core.rules.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints a Markdown report for a person: the totals, one table row per integration with findings
 * (its errors, warnings and rules), then the findings themselves in a folded list. Written for
 * {@code $GITHUB_STEP_SUMMARY}, which renders it on the job's page.
 */
final class MarkdownPrinter {

  /** The findings listed below the table; a step summary is limited to 1 MiB. */
  static final int LISTED = 500;

  private MarkdownPrinter() {}

  static void print(List<ValidatedFinding> findings, Summary summary, PrintWriter out) {
    Map<String, Row> rows = new TreeMap<>();
    for (ValidatedFinding finding : findings) {
      rows.computeIfAbsent(finding.integration(), name -> new Row()).add(finding);
    }
    out.println("### ddassets validate");
    out.println();
    out.println(escape(summary.line()));
    out.println();
    if (findings.isEmpty()) {
      out.println("No findings.");
      return;
    }
    out.printf(
        "%d of %d integration%s with findings:%n",
        rows.size(), summary.integrations(), summary.integrations() == 1 ? "" : "s");
    out.println();
    out.println("| integration | errors | warnings | rules |");
    out.println("| --- | ---: | ---: | --- |");
    rows.forEach(
        (name, row) ->
            out.printf(
                "| %s | %d | %d | %s |%n",
                name.isEmpty() ? "(none)" : escape(name), row.errors, row.warnings, row.rules()));
    out.println();
    out.println("<details><summary>Findings</summary>");
    out.println();
    findings.stream()
        .limit(LISTED)
        .forEach(
            finding ->
                out.printf(
                    "- `%s` %s: %s%n",
                    finding.location().replace("`", "'"),
                    finding.severity().id(),
                    escape(finding.finding().text())));
    if (findings.size() > LISTED) {
      out.printf("- ... and %d more (see the job's log)%n", findings.size() - LISTED);
    }
    out.println();
    out.println("</details>");
  }

  /** Keeps text from being read as a table cell break, HTML or emphasis. */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("\r", " ")
        .replace("\n", " ");
  }

  /** The totals of one integration. */
  private static final class Row {
    private int errors;
    private int warnings;
    private final Map<String, Integer> byRule = new TreeMap<>();

    void add(ValidatedFinding finding) {
      if (finding.severity() == Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
      byRule.merge(finding.finding().rule().id(), 1, Integer::sum);
    }

    String rules() {
      return byRule.entrySet().stream()
          .map(entry -> "`" + entry.getKey() + "` " + entry.getValue())
          .collect(Collectors.joining(", "));
    }
  }
}
