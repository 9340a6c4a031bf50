package io.github.ddassets.core.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * What a project makes of one rule, overriding the profile: leave it out, or report its findings at
 * a severity of the project's choosing.
 */
public enum RuleLevel {
  /** The rule does not run: its findings are left out of the report. */
  OFF,
  /** Its findings are warnings. */
  WARNING,
  /** Its findings are errors. */
  ERROR;

  /** {@code off}, {@code warning} or {@code error}, as written in options and project files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code off}, {@code warning} or {@code error}, ignoring case and blanks around it. */
  public static Optional<RuleLevel> parse(String text) {
    for (RuleLevel level : values()) {
      if (level.id().equalsIgnoreCase(text.trim())) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
