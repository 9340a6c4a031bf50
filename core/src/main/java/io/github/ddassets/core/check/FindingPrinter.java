package io.github.ddassets.core.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

  /** The printer of a format. */
  static FindingPrinter forFormat(OutputFormat format) {
    return switch (format) {
      case text -> FindingPrinter::text;
      case json -> FindingPrinter::json;
      case github -> FindingPrinter::github;
    };
  }

  /** {@code path:line:column: error: [rule-id] message}. */
  private static void text(List<ValidatedFinding> findings, Summary summary, PrintWriter out) {
    for (ValidatedFinding finding : findings) {
      out.println(
          finding.location() + ": " + finding.severity().id() + ": " + finding.finding().text());
    }
  }

  /** GitHub Actions workflow commands; values are escaped as the runner expects. */
  private static void github(List<ValidatedFinding> findings, Summary summary, PrintWriter out) {
    for (ValidatedFinding finding : findings) {
      StringBuilder line =
          new StringBuilder("::")
              .append(finding.severity().id())
              .append(" file=")
              .append(property(finding.path()));
      if (finding.line() > 0) {
        line.append(",line=").append(finding.line());
      }
      if (finding.column() > 0) {
        line.append(",col=").append(finding.column());
      }
      line.append(",title=").append(property(finding.finding().rule().id()));
      line.append("::").append(data(finding.finding().text()));
      out.println(line);
    }
    out.println(data(summary.line()));
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
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
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
