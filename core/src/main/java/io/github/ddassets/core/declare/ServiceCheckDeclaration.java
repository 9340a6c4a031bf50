package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.Objects;

/**
 * A service check as declared in code ({@code @ServiceCheck} on a constant).
 *
 * @param check the check name the Agent submits (the constant's value)
 * @param name the displayed name
 * @param statuses the statuses, lower case
 * @param groups the tag keys
 * @param description the description (attribute or Javadoc), or empty
 * @param agentVersion the minimum Agent version, or empty for the build's default
 * @param integration the entry's {@code integration}, or empty for the integration's display name
 * @param origin the declaration; {@link Origin#attribute} narrows it to one attribute
 * @param checkOrigin where the check name is written (the constant)
 */
public record ServiceCheckDeclaration(
    String check,
    String name,
    List<String> statuses,
    List<String> groups,
    String description,
    String agentVersion,
    String integration,
    Origin origin,
    Origin checkOrigin) {

  public ServiceCheckDeclaration {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(name, "name");
    statuses = List.copyOf(statuses);
    groups = List.copyOf(groups);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(agentVersion, "agentVersion");
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(checkOrigin, "checkOrigin");
  }

  /** A service check whose entry names the integration's display name. */
  public ServiceCheckDeclaration(
      String check,
      String name,
      List<String> statuses,
      List<String> groups,
      String description,
      String agentVersion,
      Origin origin,
      Origin checkOrigin) {
    this(check, name, statuses, groups, description, agentVersion, "", origin, checkOrigin);
  }
}
