package io.github.ddassets.bench;

/** What runs in a compilation besides javac itself. */
public enum Variant {
  /** javac alone: {@code -proc:none}. */
  PLAIN("javac -proc:none"),
  /**
   * javac with {@link NoOpProcessor}, which claims the ddassets annotations and does nothing: the
   * cost javac itself adds whenever any processor runs (kept doc comments, a second round that
   * re-enters every tree, a final re-enter). Measured only with {@code --noop-baseline}.
   */
  NOOP("javac + no-op processor"),
  /** javac with the ddassets processor. */
  DDASSETS("javac + ddassets processor");

  private final String label;

  Variant(String label) {
    this.label = label;
  }

  /** A short human-readable name. */
  public String label() {
    return label;
  }
}
