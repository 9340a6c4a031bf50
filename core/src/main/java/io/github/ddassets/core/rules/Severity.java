package io.github.ddassets.core.rules;

import java.util.Locale;

/** How serious a finding is: errors fail a build or a validation run, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** {@code error} or {@code warning}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
