package io.github.ddassets.core.build;

import io.github.ddassets.core.rules.Report;
import java.util.List;

/**
 * The configuration half of a build: what a compilation round needs to generate configuration
 * loaders before the whole build is known.
 *
 * @param report every finding about the integrations and their configuration
 * @param configured the integrations that declare configuration, sorted by name; empty when the
 *     report has an error
 */
public record ConfigurationOutcome(Report report, List<ConfiguredIntegration> configured) {

  public ConfigurationOutcome {
    configured = List.copyOf(configured);
  }
}
