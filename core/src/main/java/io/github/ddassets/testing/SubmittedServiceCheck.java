package io.github.ddassets.testing;

import java.util.List;
import java.util.Objects;

/**
 * One service check a check submitted.
 *
 * @param name the service check name
 * @param status 0 (OK), 1 (WARNING), 2 (CRITICAL) or 3 (UNKNOWN)
 * @param tags its tags
 * @param message its message, or {@code ""}
 */
public record SubmittedServiceCheck(String name, int status, List<String> tags, String message) {

  /** The status of a check that succeeded. */
  public static final int OK = 0;

  /** The status of a check that failed. */
  public static final int CRITICAL = 2;

  public SubmittedServiceCheck {
    Objects.requireNonNull(name, "name");
    tags = List.copyOf(tags);
    Objects.requireNonNull(message, "message");
  }
}
