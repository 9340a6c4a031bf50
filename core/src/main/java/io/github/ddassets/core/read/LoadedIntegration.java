package io.github.ddassets.core.read;

import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.rules.Finding;
import java.util.List;

/**
 * An integration folder as read from disk: its assets and the findings raised while reading.
 *
 * @param folder the folder
 * @param assets what could be read
 * @param readFindings files that could not be read
 */
public record LoadedIntegration(
    IntegrationFolder folder, IntegrationAssets assets, List<Finding> readFindings) {

  public LoadedIntegration {
    readFindings = List.copyOf(readFindings);
  }
}
