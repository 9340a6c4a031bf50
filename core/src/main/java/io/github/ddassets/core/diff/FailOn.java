package io.github.ddassets.core.diff;

/** Which changes make a comparison fail ({@code ddassets diff --fail-on}). */
public enum FailOn {
  /** Breaking changes only (the default). */
  breaking,
  /** Breaking and notable changes. */
  notable,
  /** Nothing: the comparison only reports. */
  none;

  /** Whether a change of this impact makes the comparison fail. */
  public boolean failsOn(Impact impact) {
    return switch (this) {
      case breaking -> impact == Impact.BREAKING;
      case notable -> impact != Impact.ADDITIVE;
      case none -> false;
    };
  }
}
