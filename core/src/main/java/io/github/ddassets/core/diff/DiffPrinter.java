package io.github.ddassets.core.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.ci.GithubCommands;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.ci.SarifLog;
import io.github.ddassets.core.model.FileOrigin;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Prints a {@link DiffReport} in one of the {@link DiffFormat}s. */
public final class DiffPrinter {

  private DiffPrinter() {}

  /** The page that explains each kind of change, which SARIF rules link to. */
  static final String DIFF_PAGE =
      "https://github.com/ddassets/ddassets/blob/main/docs/diff.md#what-counts-as-breaking";

  /**
   * Prints the report for the working folder, with the version unknown; the text format leaves
   * the summary to the caller, the others include it.
   */
  public static void print(DiffReport report, DiffFormat format, PrintWriter out) {
    print(report, format, PrintSettings.of("unknown", Path.of("")), out);
  }

  /**
   * Prints the report; the text format leaves the summary to the caller, the others include it.
   *
   * @param settings the version, folders and GitHub annotation limit the SARIF and GitHub formats
   *     need
   */
  public static void print(
      DiffReport report, DiffFormat format, PrintSettings settings, PrintWriter out) {
    switch (format) {
      case text -> text(report, out);
      case json -> json(report, out);
      case github -> github(report, settings.annotationLimit(), out);
      case sarif -> sarif(report, settings, out);
    }
    out.flush();
  }

  /** {@code path:line:column: breaking: [metric-unit] metric `acme.x`: unit changed ...}. */
  private static void text(DiffReport report, PrintWriter out) {
    for (Change change : report.changes()) {
      out.println(textLine(change));
    }
  }

  private static String textLine(Change change) {
    String where = change.origin().describe();
    return (where.isEmpty() ? change.integration() : where)
        + ": "
        + change.impact().id()
        + ": ["
        + change.code()
        + "] "
        + change.message();
  }

  /**
   * Breaking changes as errors, notable ones as warnings, additive ones as notices; past GitHub's
   * limit of a level, plain lines and a closing count.
   */
  private static void github(DiffReport report, int limit, PrintWriter out) {
    GithubCommands commands = new GithubCommands(out, limit);
    for (Change change : report.changes()) {
      String level =
          switch (change.impact()) {
            case BREAKING -> "error";
            case NOTABLE -> "warning";
            case ADDITIVE -> "notice";
          };
      FileOrigin file = change.origin() instanceof FileOrigin f ? f : null;
      commands.annotate(
          level,
          file == null ? "" : file.path(),
          file == null ? 0 : file.line(),
          file == null ? 0 : file.column(),
          change.code(),
          change.message(),
          textLine(change));
    }
    commands.close(report.summary(), "changes");
  }

  /**
   * A SARIF 2.1.0 log: each kind of change that occurs is a rule (breaking ones at level error,
   * notable ones warning, additive ones note), each change a result at the file that shows it.
   */
  private static void sarif(DiffReport report, PrintSettings settings, PrintWriter out) {
    SarifLog log = new SarifLog(settings.toolVersion(), settings.base(), settings.sarifRoot());
    Map<String, Change> kinds = new TreeMap<>();
    for (Change change : report.changes()) {
      kinds.putIfAbsent(change.code(), change);
    }
    for (Map.Entry<String, Change> kind : kinds.entrySet()) {
      Change example = kind.getValue();
      String summary =
          example.impact().id()
              + " change: "
              + example.subject().label()
              + " "
              + example.aspect().replace('-', ' ');
      log.rule(kind.getKey(), summary, summary + ".", DIFF_PAGE, level(example.impact()));
    }
    for (Change change : report.changes()) {
      FileOrigin file = change.origin() instanceof FileOrigin f ? f : null;
      ObjectNode result =
          log.result(
              change.code(),
              level(change.impact()),
              change.message(),
              file == null ? "" : file.path(),
              file == null ? 0 : file.line(),
              file == null ? 0 : file.column(),
              file == null ? "" : file.pointer());
      ObjectNode properties = result.putObject("properties");
      properties.put("integration", change.integration());
      properties.put("impact", change.impact().id());
    }
    ObjectNode properties = log.runProperties();
    properties.put("old", report.before());
    properties.put("new", report.after());
    log.print(out);
  }

  private static String level(Impact impact) {
    return switch (impact) {
      case BREAKING -> "error";
      case NOTABLE -> "warning";
      case ADDITIVE -> "note";
    };
  }

  /** One document: both releases, every change, and the totals. */
  private static void json(DiffReport report, PrintWriter out) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("old", report.before());
    root.put("new", report.after());
    ArrayNode items = root.putArray("changes");
    for (Change change : report.changes()) {
      ObjectNode item = items.addObject();
      item.put("integration", change.integration());
      item.put("impact", change.impact().id());
      item.put("change", change.code());
      item.put("subject", change.subject().id());
      item.put("name", change.name());
      item.put("before", change.before());
      item.put("after", change.after());
      if (change.origin() instanceof FileOrigin file) {
        item.put("path", file.path());
        item.put("line", file.line());
        item.put("column", file.column());
        if (!file.pointer().isEmpty()) {
          item.put("pointer", file.pointer());
        }
      }
      item.put("message", change.message());
    }
    ObjectNode totals = root.putObject("summary");
    totals.put("integrations", report.integrations());
    for (Impact impact : Impact.values()) {
      totals.put(impact.id(), report.count(impact));
    }
    try {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
