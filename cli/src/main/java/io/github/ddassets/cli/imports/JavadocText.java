package io.github.ddassets.cli.imports;

import java.util.regex.Pattern;

/**
 * Whether a description can be a Javadoc {@code @param} tag and read back the same: the processor
 * trims each line and drops blank lines at both ends, and reads inline tags and HTML as text.
 */
final class JavadocText {

  private static final Pattern UNSAFE = Pattern.compile("[<>&@{}]|\\*/|\\\\u");

  private JavadocText() {}

  static boolean fits(String description) {
    if (description.isBlank() || UNSAFE.matcher(description).find()) {
      return false;
    }
    String[] lines = description.split("\n", -1);
    for (String line : lines) {
      if (!line.equals(line.strip())) {
        return false;
      }
    }
    return !lines[0].isEmpty() && !lines[lines.length - 1].isEmpty();
  }
}
