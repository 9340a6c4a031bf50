package io.github.ddassets.core.check;

/**
 * How {@code validate} prints findings.
 *
 * <p>The constants are lower case because they are what users type: picocli and Maven convert the
 * option's text to the constant by name, and list the constants when the text matches none.
 */
public enum OutputFormat {
  /** {@code path:line:column: error: [rule] message}, one per line. */
  text,
  /** One JSON document with every finding and a summary. */
  json,
  /** GitHub Actions workflow commands, which annotate the pull request. */
  github,
  /** One SARIF 2.1.0 log, for code-scanning tools. */
  sarif,
  /** A Markdown table per integration, for a CI job's summary page. */
  markdown
}
