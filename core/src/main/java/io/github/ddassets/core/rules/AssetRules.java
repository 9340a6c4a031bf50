package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.IntegrationAssets;
import java.util.ArrayList;
import java.util.List;

/** Runs every check that applies to an integration's metadata and service-check files. */
public final class AssetRules {

  private AssetRules() {}

  /** All findings for the integration's files, metadata first. */
  public static List<Finding> check(IntegrationAssets assets) {
    return check(assets, Vocabulary.STANDARD);
  }

  /** All findings for the integration's files, with the units and prefixes a project added. */
  public static List<Finding> check(IntegrationAssets assets, Vocabulary vocabulary) {
    List<Finding> findings = new ArrayList<>();
    if (assets.metadata().isPresent()) {
      findings.addAll(MetadataRules.check(assets.metadata().get(), assets.identity(), vocabulary));
    }
    if (assets.serviceChecks().isPresent()) {
      findings.addAll(ServiceCheckRules.check(assets.serviceChecks().get(), assets.identity()));
    }
    return findings;
  }
}
