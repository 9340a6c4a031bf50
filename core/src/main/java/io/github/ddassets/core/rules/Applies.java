package io.github.ddassets.core.rules;

/** Where a rule can fire: in files on disk, in annotated sources, or both. */
public enum Applies {
  /** Only when validating files (for example a malformed CSV row). */
  FILES("files"),
  /** Only when compiling annotated sources. */
  SOURCES("sources"),
  /** In both. */
  BOTH("files, sources");

  private final String label;

  Applies(String label) {
    this.label = label;
  }

  /** How {@code docs/rules.md} shows it. */
  public String label() {
    return label;
  }
}
