package io.github.ddassets.core.manifest;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether an integration collects logs, as ddev's legacy manifest validator ({@code has_logs})
 * tells: its {@code conf.yaml.example} contains {@code # logs:}, or its {@code README.md} contains
 * {@code # log collection} or {@code # logs} in any case.
 */
public enum LogsEvidence {
  /** One of the files shows a logs section. */
  HAS_LOGS,
  /** The files that could show one do not. */
  NO_LOGS,
  /** Unknown: the README is not available (a folder holding copies of some files only). */
  UNKNOWN;

  /**
   * Looks for logs in the files' texts.
   *
   * @param example the text of conf.yaml.example, if the integration has one
   * @param readme the text of README.md, if available
   * @param readmeExpected whether a missing README means the integration has none (an integrations
   *     repository folder) rather than that it was not copied; when false, no logs section in the
   *     example alone gives {@link #UNKNOWN}
   */
  public static LogsEvidence of(
      Optional<String> example, Optional<String> readme, boolean readmeExpected) {
    boolean exampleLogs = example.map(text -> text.contains("# logs:")).orElse(false);
    boolean readmeLogs =
        readme
            .map(LogsEvidence::lower)
            .map(text -> text.contains("# log collection") || text.contains("# logs"))
            .orElse(false);
    if (exampleLogs || readmeLogs) {
      return HAS_LOGS;
    }
    return readme.isPresent() || readmeExpected ? NO_LOGS : UNKNOWN;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
