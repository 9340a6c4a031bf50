package io.github.ddassets.core.diff;

/** How {@code ddassets diff} prints its changes. */
public enum DiffFormat {
  /** One line per change, then a summary. */
  text,
  /** One JSON document. */
  json,
  /** GitHub Actions workflow commands, which annotate a pull request. */
  github,
  /** A SARIF 2.1.0 log, which code-scanning services read. */
  sarif
}
