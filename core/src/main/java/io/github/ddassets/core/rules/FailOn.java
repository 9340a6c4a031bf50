package io.github.ddassets.core.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * Which findings make a validation run fail. CI that tolerates no new warning sets {@code warning};
 * a first run over a repository with known debt may set {@code none} to report without failing.
 */
public enum FailOn {
  /** Errors fail the run; warnings are printed only. */
  ERROR,
  /** Errors and warnings fail the run. */
  WARNING,
  /** Nothing fails the run: the findings are printed only. */
  NONE;

  /** {@code error}, {@code warning} or {@code none}, as written in options and project files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning} or {@code none}, ignoring case and blanks. */
  public static Optional<FailOn> parse(String text) {
    for (FailOn value : values()) {
      if (value.id().equalsIgnoreCase(text.trim())) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Whether a run with these totals fails. */
  public boolean fails(long errors, long warnings) {
    return switch (this) {
      case ERROR -> errors > 0;
      case WARNING -> errors + warnings > 0;
      case NONE -> false;
    };
  }
}
