package io.github.ddassets.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * The integrations of one release, as read from a folder or a jar.
 *
 * @param shown how the user named the release
 * @param integrations its integrations, sorted by name
 */
public record Release(String shown, List<IntegrationSnapshot> integrations) {

  public Release {
    Objects.requireNonNull(shown, "shown");
    integrations = List.copyOf(integrations);
  }
}
