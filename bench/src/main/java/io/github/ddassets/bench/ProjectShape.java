package io.github.ddassets.bench;

import java.util.Locale;

/** How the synthetic project's check classes map to integrations. */
enum ProjectShape {
  /** Every check class is an {@code @Integration} of its own (N/20 integrations). */
  PER_CLASS,
  /**
   * One {@code @Integration}: the first class; the other classes hold metrics that name it with
   * {@code check = ...}, as a large real integration would split its constants.
   */
  SINGLE;

  /** The name used on the command line. */
  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static ProjectShape parse(String text) {
    for (ProjectShape shape : values()) {
      if (shape.id().equals(text)) {
        return shape;
      }
    }
    throw new BenchException("--shape must be per-class or single, not " + text);
  }
}
