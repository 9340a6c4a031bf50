package io.github.ddassets.core.check;

import io.github.ddassets.core.baseline.FindingKey;
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
 * @param key what identifies the finding in a baseline; its integration names the finding's
 *     integration (empty when unknown)
 */
public record ValidatedFinding(
    Finding finding,
    Severity severity,
    String path,
    int line,
    int column,
    String pointer,
    FindingKey key) {

  /** A finding keyed as the build keys it, when no integration folder is known. */
  public ValidatedFinding(
      Finding finding, Severity severity, String path, int line, int column, String pointer) {
    this(finding, severity, path, line, column, pointer, FindingKey.ofBuild(finding));
  }

  /** The finding with the position of its origin, when the origin is a file. */
  public static ValidatedFinding of(Finding finding, Severity severity) {
    return of(finding, severity, FindingKey.ofBuild(finding));
  }

  /** The finding with the position of its origin and the key it has in a baseline. */
  public static ValidatedFinding of(Finding finding, Severity severity, FindingKey key) {
    if (finding.origin() instanceof FileOrigin file) {
      return new ValidatedFinding(
          finding, severity, file.path(), file.line(), file.column(), file.pointer(), key);
    }
    return new ValidatedFinding(finding, severity, finding.origin().describe(), 0, 0, "", key);
  }

  /** The integration the finding belongs to, or empty when unknown. */
  public String integration() {
    return key.integration();
  }

  /** {@code path:line:column}, leaving out what is unknown. */
  public String location() {
    if (line <= 0) {
      return path;
    }
    return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
  }
}
