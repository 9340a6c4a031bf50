package io.github.ddassets.core.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.model.FileOrigin;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Prints a {@link DiffReport} in one of the {@link DiffFormat}s. */
public final class DiffPrinter {

  private DiffPrinter() {}

  /** Prints the report; the text format leaves the summary to the caller, the others include it. */
  public static void print(DiffReport report, DiffFormat format, PrintWriter out) {
    switch (format) {
      case text -> text(report, out);
      case json -> json(report, out);
      case github -> github(report, out);
    }
    out.flush();
  }

  /** {@code path:line:column: breaking: [metric-unit] metric `acme.x`: unit changed ...}. */
  private static void text(DiffReport report, PrintWriter out) {
    for (Change change : report.changes()) {
      String where = change.origin().describe();
      out.println(
          (where.isEmpty() ? change.integration() : where)
              + ": "
              + change.impact().id()
              + ": ["
              + change.code()
              + "] "
              + change.message());
    }
  }

  /** Breaking changes as errors, notable ones as warnings, additive ones as notices. */
  private static void github(DiffReport report, PrintWriter out) {
    for (Change change : report.changes()) {
      String command =
          switch (change.impact()) {
            case BREAKING -> "error";
            case NOTABLE -> "warning";
            case ADDITIVE -> "notice";
          };
      StringBuilder line = new StringBuilder("::").append(command);
      if (change.origin() instanceof FileOrigin file) {
        line.append(" file=").append(property(file.path()));
        if (file.line() > 0) {
          line.append(",line=").append(file.line());
        }
        if (file.column() > 0) {
          line.append(",col=").append(file.column());
        }
        line.append(',');
      } else {
        line.append(' ');
      }
      line.append("title=").append(property(change.code()));
      line.append("::").append(data(change.message()));
      out.println(line);
    }
    out.println(data(report.summary()));
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
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
