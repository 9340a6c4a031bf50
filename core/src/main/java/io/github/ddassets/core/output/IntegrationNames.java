package io.github.ddassets.core.output;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether an integration name can name an output folder. The name becomes a path segment,
 * so anything that could climb out of the output folder or mean something to a file system is
 * refused before a single file is written.
 */
public final class IntegrationNames {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
  private static final int MAX_LENGTH = 100;

  private IntegrationNames() {}

  /** Why the name is not a safe folder name, or empty when it is. */
  public static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (name.contains("/") || name.contains("\\")) {
      return Optional.of("it contains a path separator");
    }
    if (name.contains("..")) {
      return Optional.of("it contains `..`");
    }
    if (name.length() > MAX_LENGTH) {
      return Optional.of("it is longer than " + MAX_LENGTH + " characters");
    }
    if (!SAFE.matcher(name).matches()) {
      return Optional.of("use letters, digits, `_`, `-` and `.`, starting with a letter or digit");
    }
    return Optional.empty();
  }
}
