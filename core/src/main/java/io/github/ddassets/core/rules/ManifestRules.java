package io.github.ddassets.core.rules;

import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Every check of {@code manifest.json}: its shape and values, its media, the rules that tie it to
 * the integration's other files, and those of API integrations. Used on manifests read from disk
 * and on manifests built from annotations alike.
 */
public final class ManifestRules {

  private ManifestRules() {}

  /**
   * All findings for a manifest, in a fixed order: shape, values, media, cross-file, API
   * integration.
   *
   * @param manifest the manifest
   * @param context the integration's other files and folder
   */
  public static List<Finding> check(Manifest manifest, ManifestContext context) {
    return check(manifest, context, Vocabulary.STANDARD);
  }

  /** All findings for a manifest, with the classifier tags a project added. */
  public static List<Finding> check(
      Manifest manifest, ManifestContext context, Vocabulary vocabulary) {
    List<Finding> findings = new ArrayList<>();
    ManifestShapeRules.check(manifest, findings);
    ManifestFieldRules.check(manifest, context, vocabulary, findings);
    ManifestMediaRules.check(manifest, context.folder(), findings);
    ManifestCrossFileRules.check(manifest, context, findings);
    ApiIntegrationRules.check(manifest, context, findings);
    return findings;
  }
}
