package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.Origin;
import java.util.Objects;

/**
 * An integration as declared in code ({@code @Integration}), before defaults are applied.
 *
 * @param name the folder and check name
 * @param displayName the {@code source_type_name}, or empty for the default (the name)
 * @param metricPrefix the metric prefix, or empty for the default (the name and a dot)
 * @param origin the declaration
 */
public record IntegrationDeclaration(
    String name, String displayName, String metricPrefix, Origin origin) {

  public IntegrationDeclaration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(metricPrefix, "metricPrefix");
    Objects.requireNonNull(origin, "origin");
  }

  /** The display name with its default applied. */
  public String effectiveDisplayName() {
    return displayName.isEmpty() ? name : displayName;
  }

  /** The metric prefix with its default applied. */
  public String effectiveMetricPrefix() {
    return metricPrefix.isEmpty() ? name + "." : metricPrefix;
  }

  /** The identity the integration's files are checked against. */
  public IntegrationIdentity identity() {
    return new IntegrationIdentity(name, effectiveDisplayName(), effectiveMetricPrefix(), origin);
  }
}
