package io.github.ddassets.cli;

/** How {@code validate} prints findings. */
enum OutputFormat {
  /** {@code path:line:column: error: [rule] message}, one per line. */
  text,
  /** One JSON document with every finding and a summary. */
  json,
  /** GitHub Actions workflow commands, which annotate the pull request. */
  github
}
