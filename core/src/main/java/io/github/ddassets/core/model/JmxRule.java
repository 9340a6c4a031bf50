package io.github.ddassets.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of {@code jmx_metrics}: the attributes it includes and, optionally, those it excludes.
 *
 * @param origin where the rule starts
 * @param include the include filter; empty when the rule has none (ddev refuses such a rule)
 * @param exclude the exclude filter, if any
 */
public record JmxRule(Origin origin, Optional<JmxFilter> include, Optional<JmxFilter> exclude) {

  public JmxRule {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(include, "include");
    Objects.requireNonNull(exclude, "exclude");
  }
}
