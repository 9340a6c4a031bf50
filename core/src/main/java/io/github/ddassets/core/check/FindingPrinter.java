package io.github.ddassets.core.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.ci.GithubCommands;
import io.github.ddassets.core.ci.PrintSettings;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints findings in one of the output formats. The command line and the Maven plugin print with
 * it, so that a tool reading one reads the other.
 */
public interface FindingPrinter {

  /**
   * Prints the findings; the text format leaves the summary to the caller, the others include it.
   *
   * @param findings the findings, in the order to print them
   * @param summary the totals of the run
   * @param out where to print
   */
  void print(List<ValidatedFinding> findings, Summary summary, PrintWriter out);

  /**
   * The printer of a format, for the working folder, with the version unknown and GitHub's
   * annotation limit.
   */
  static FindingPrinter forFormat(OutputFormat format) {
    return forFormat(format, PrintSettings.of("unknown", Path.of("")));
  }

  /** The printer of a format, with what SARIF and GitHub output need to know. */
  static FindingPrinter forFormat(OutputFormat format, PrintSettings settings) {
    return switch (format) {
      case text -> FindingPrinter::text;
      case json -> FindingPrinter::json;
      case github ->
          (findings, summary, out) -> github(findings, summary, settings.annotationLimit(), out);
      case sarif -> new SarifPrinter(settings)::print;
      case markdown -> MarkdownPrinter::print;
    };
  }

  /** {@code path:line:column: error: [rule-id] message}. */
  private static void text(List<ValidatedFinding> findings, Summary summary, PrintWriter out) {
    for (ValidatedFinding finding : findings) {
      out.println(
          finding.location() + ": " + finding.severity().id() + ": " + finding.finding().text());
    }
  }

  /**
   * GitHub Actions workflow commands; values are escaped as the runner expects. GitHub shows only
   * the first annotations of each severity in a step, so beyond {@code limit} of a severity the
   * findings are printed as plain lines, and a closing notice says how many were not annotated.
   */
  private static void github(
      List<ValidatedFinding> findings, Summary summary, int limit, PrintWriter out) {
    GithubCommands commands = new GithubCommands(out, limit);
    for (ValidatedFinding finding : findings) {
      commands.annotate(
          finding.severity().id(),
          finding.path(),
          finding.line(),
          finding.column(),
          finding.finding().rule().id(),
          finding.finding().text(),
          finding.location() + ": " + finding.severity().id() + ": " + finding.finding().text());
    }
    commands.close(summary.line(), "findings");
  }

  /** One JSON document: the profile, every finding, and the totals. */
  private static void json(List<ValidatedFinding> findings, Summary summary, PrintWriter out) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("profile", summary.profile().id());
    ArrayNode items = root.putArray("findings");
    for (ValidatedFinding finding : findings) {
      ObjectNode item = items.addObject();
      item.put("rule", finding.finding().rule().id());
      item.put("severity", finding.severity().id());
      item.put("path", finding.path());
      item.put("line", finding.line());
      item.put("column", finding.column());
      if (!finding.pointer().isEmpty()) {
        item.put("pointer", finding.pointer());
      }
      item.put("message", finding.finding().message());
      if (!finding.finding().hint().isEmpty()) {
        item.put("hint", finding.finding().hint());
      }
    }
    ObjectNode totals = root.putObject("summary");
    totals.put("integrations", summary.integrations());
    totals.put("errors", summary.errors());
    totals.put("warnings", summary.warnings());
    summary
        .baseline()
        .ifPresent(
            baseline -> {
              totals.put("baselined", baseline.known());
              totals.put("baselineGone", baseline.gone());
            });
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
