package io.github.ddassets.core.rules;

import java.util.Locale;
import java.util.Optional;

/** Which set of rules applies. */
public enum Profile {
  /** Exactly what Datadog's {@code ddev validate} enforces: real files that pass ddev pass here. */
  DDEV,
  /**
   * {@link #DDEV} plus what Datadog's documentation asks for but ddev does not check. The default
   * for generated files.
   */
  STRICT;

  /** The profile's name as written in options: {@code ddev} or {@code strict}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code ddev} or {@code strict}, ignoring case. */
  public static Optional<Profile> parse(String text) {
    for (Profile profile : values()) {
      if (profile.id().equalsIgnoreCase(text.trim())) {
        return Optional.of(profile);
      }
    }
    return Optional.empty();
  }
}
