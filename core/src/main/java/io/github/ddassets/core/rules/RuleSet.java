package io.github.ddassets.core.rules;

import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.manifest.Telemetry;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.model.ServiceChecksFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The checks of the rule catalogue, as one object that both sides of ddassets run: the annotation
 * processor on the model it builds from declarations, and the folder check on files read from disk.
 * Each method returns every finding of its part, in a fixed order; a {@link Report} then keeps
 * those of the active profile.
 *
 * <p>A rule set is an instance rather than static methods so that a caller can one day be given a
 * set with rules turned off or changed; {@link #standard()} is the catalogue as ddassets ships it.
 * Instances are immutable and may be shared.
 */
public final class RuleSet {

  private static final RuleSet STANDARD = new RuleSet(Vocabulary.STANDARD);

  private final Vocabulary vocabulary;

  private RuleSet(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Every rule of the catalogue ({@link Rule}), as ddassets ships it. */
  public static RuleSet standard() {
    return STANDARD;
  }

  /**
   * The catalogue with the unit names, classifier tags and global metric prefixes a project added
   * (its {@code .ddassets.toml}).
   */
  public RuleSet with(Vocabulary added) {
    return new RuleSet(added);
  }

  /**
   * The findings of an integration's {@code metadata.csv} and {@code service_checks.json}, metadata
   * first. The layout of a service-checks file read from disk is not part of it: see {@link
   * #serviceChecksLayout}.
   */
  public List<Finding> assets(IntegrationAssets assets) {
    return AssetRules.check(assets, vocabulary);
  }

  /**
   * The findings of a {@code manifest.json}, in a fixed order: shape, values, media, cross-file,
   * API integration.
   *
   * @param manifest the manifest
   * @param context the integration's other files and folder
   */
  public List<Finding> manifest(Manifest manifest, ManifestContext context) {
    return ManifestRules.check(manifest, context, vocabulary);
  }

  /**
   * The OAuth scopes of an API integration: declared, distinct, and {@code api_keys_write} when it
   * submits telemetry. The manifest check runs this on a manifest's {@code oauth.scopes}; a build
   * runs it directly for an API integration that declares no scopes at all.
   *
   * @param scopes the scopes
   * @param listOrigin where the list is (or would be) declared
   * @param itemOrigin where each scope is declared, by index
   * @param telemetry what the integration submits
   */
  public List<Finding> oauthScopes(
      List<String> scopes, Origin listOrigin, IntFunction<Origin> itemOrigin, Telemetry telemetry) {
    return ApiIntegrationRules.scopes(scopes, listOrigin, itemOrigin, telemetry);
  }

  /**
   * Whether a {@code service_checks.json} read from disk is laid out as ddassets writes it. The
   * caller renders the canonical text, since rules never render; the comparison is skipped for a
   * file built from declarations (it has no text of its own) and for a file whose shape or entries
   * already have a finding.
   *
   * @param file the file as read
   * @param canonicalText the text the service-checks renderer writes for the same file
   */
  public List<Finding> serviceChecksLayout(ServiceChecksFile file, String canonicalText) {
    List<Finding> findings = new ArrayList<>();
    ServiceChecksLayout.check(file, canonicalText, findings);
    return findings;
  }

  /**
   * The findings of a JMX integration's {@code metrics.yaml} and of its agreement with the
   * integration's metadata.
   *
   * @param file the rules
   * @param metadata the integration's metadata.csv, if any
   * @param fromElsewhere metric names other code submits
   */
  public List<Finding> jmxMetrics(
      JmxMetricsFile file, Optional<MetadataFile> metadata, Set<String> fromElsewhere) {
    return JmxRules.check(file, metadata, fromElsewhere);
  }

  /**
   * ddev's check that a JMX integration's spec uses the jmx templates.
   *
   * @param initJmx whether init_config uses init_config/jmx
   * @param instancesJmx whether instances uses instances/jmx
   * @param origin the spec or the configuration declaration
   */
  public List<Finding> jmxSpecTemplates(boolean initJmx, boolean instancesJmx, Origin origin) {
    return JmxRules.specTemplates(initJmx, instancesJmx, origin);
  }
}
