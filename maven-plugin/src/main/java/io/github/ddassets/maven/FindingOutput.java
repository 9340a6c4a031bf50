package io.github.ddassets.maven;

import io.github.ddassets.core.check.FindingPrinter;
import io.github.ddassets.core.check.OutputFormat;
import io.github.ddassets.core.ci.PrintSettings;
import io.github.ddassets.core.check.Summary;
import io.github.ddassets.core.check.ValidatedFinding;
import io.github.ddassets.core.rules.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints the findings of {@code validate} with the command line's printer, so that the plugin and
 * {@code ddassets validate} write the same lines, the same JSON and the same GitHub workflow
 * commands.
 */
final class FindingOutput {

  private FindingOutput() {}

  /**
   * Prints to the build's output. Text goes through Maven's log, each finding at its severity's
   * level; JSON and GitHub workflow commands go to the standard output as they are, since a log
   * prefix would break the document and hide the commands from the runner.
   */
  static void print(
      OutputFormat format,
      List<ValidatedFinding> findings,
      Summary summary,
      PrintSettings settings,
      Log log,
      PrintStream stdout) {
    if (format != OutputFormat.text) {
      stdout.print(render(format, findings, summary, settings));
      stdout.flush();
      return;
    }
    for (ValidatedFinding finding : findings) {
      String line = render(format, List.of(finding), summary, settings).stripTrailing();
      if (finding.severity() == Severity.ERROR) {
        log.error(line);
      } else {
        log.warn(line);
      }
    }
  }

  /**
   * Writes the report to a file; in the text format, the summary line ends it.
   *
   * @throws IOException when the file cannot be written
   */
  static void write(
      OutputFormat format,
      List<ValidatedFinding> findings,
      Summary summary,
      PrintSettings settings,
      Path file)
      throws IOException {
    String text = render(format, findings, summary, settings);
    if (format == OutputFormat.text) {
      text += summary.line() + System.lineSeparator();
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String render(
      OutputFormat format,
      List<ValidatedFinding> findings,
      Summary summary,
      PrintSettings settings) {
    StringWriter buffer = new StringWriter();
    try (PrintWriter out = new PrintWriter(buffer)) {
      FindingPrinter.forFormat(format, settings).print(findings, summary, out);
    }
    return buffer.toString();
  }
}
