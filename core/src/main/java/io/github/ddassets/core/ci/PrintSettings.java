package io.github.ddassets.core.ci;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the SARIF and GitHub formats need beyond the findings or changes themselves.
 *
 * @param toolVersion the version of ddassets, named in SARIF
 * @param base the folder the paths of findings and changes are relative to (the working folder of the command
 *     line, the module of the Maven plugin)
 * @param sarifRoot the folder SARIF locations are relative to; a code-scanning upload expects the
 *     repository's root
 * @param annotationLimit how many findings of each severity become GitHub annotations; GitHub shows
 *     only the first few of a step, so the rest are printed as plain lines
 */
public record PrintSettings(String toolVersion, Path base, Path sarifRoot, int annotationLimit) {

  /** GitHub shows ten error and ten warning annotations of a step. */
  public static final int GITHUB_ANNOTATIONS = 10;

  public PrintSettings {
    Objects.requireNonNull(toolVersion, "toolVersion");
    base = base.toAbsolutePath().normalize();
    sarifRoot = base.resolve(sarifRoot).normalize();
  }

  /** Paths relative to {@code base}, SARIF relative to it too, GitHub's limit. */
  public static PrintSettings of(String toolVersion, Path base) {
    return new PrintSettings(toolVersion, base, base, GITHUB_ANNOTATIONS);
  }
}
