package io.github.ddassets.maven;

import io.github.ddassets.core.check.Summary;
import java.util.Locale;
import java.util.Optional;

/** Which findings fail the {@code validate} goal. */
enum FailOn {
  /** Errors fail the build; warnings are printed only. */
  ERROR,
  /** Errors and warnings fail the build. */
  WARNING,
  /** Nothing fails the build: the findings are printed only. */
  NONE;

  /** The value as written in the configuration. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning} or {@code none}, ignoring case. */
  static Optional<FailOn> parse(String text) {
    for (FailOn value : values()) {
      if (value.id().equalsIgnoreCase(text.trim())) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Whether a run with these totals fails. */
  boolean fails(Summary summary) {
    return switch (this) {
      case ERROR -> summary.errors() > 0;
      case WARNING -> summary.errors() + summary.warnings() > 0;
      case NONE -> false;
    };
  }
}
