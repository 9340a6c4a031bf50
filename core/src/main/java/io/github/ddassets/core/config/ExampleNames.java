package io.github.ddassets.core.config;

import java.util.Optional;

/**
 * Decides whether a spec's {@code example_name} can name an example file. The example is written as
 * {@code datadog_checks/<integration>/data/<example_name>}, or into the folder that {@code ddassets
 * render --out} names, so the name must be one plain file name: nothing that could put the file
 * into another folder, on any platform the spec is rendered on.
 */
public final class ExampleNames {

  private ExampleNames() {}

  /** Why the name is not a plain file name, as a clause ("it contains `/`"); empty when it is. */
  public static Optional<String> problem(String name) {
    if (name.isEmpty()) {
      return Optional.of("it is empty");
    }
    if (name.equals(".") || name.equals("..")) {
      return Optional.of("it names a folder");
    }
    for (char separator : new char[] {'/', '\\'}) {
      if (name.indexOf(separator) >= 0) {
        return Optional.of("it contains `" + separator + "`");
      }
    }
    if (name.indexOf('\0') >= 0) {
      return Optional.of("it contains a NUL character");
    }
    // A colon names a drive (`C:x`) or a stream (`x:y`) on Windows: refused everywhere, so that a
    // spec gets the same findings on every platform.
    if (name.indexOf(':') >= 0) {
      return Optional.of("it contains `:`");
    }
    return Optional.empty();
  }
}
