package io.github.ddassets.core.check;

import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Severity;

/**
 * A finding with its severity and file position, ready to print.
 *
 * @param finding the finding
 * @param severity its severity under the active profile
 * @param path the file, as shown to the user
 * @param line 1-based line, or 0 for the whole file
 * @param column 1-based column, or 0
 * @param pointer the JSON pointer, or empty
 */
public record ValidatedFinding(
    Finding finding, Severity severity, String path, int line, int column, String pointer) {

  /** The finding with the position of its origin, when the origin is a file. */
  public static ValidatedFinding of(Finding finding, Severity severity) {
    if (finding.origin() instanceof FileOrigin file) {
      return new ValidatedFinding(
          finding, severity, file.path(), file.line(), file.column(), file.pointer());
    }
    return new ValidatedFinding(finding, severity, finding.origin().describe(), 0, 0, "");
  }

  /** {@code path:line:column}, leaving out what is unknown. */
  public String location() {
    if (line <= 0) {
      return path;
    }
    return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }
}
