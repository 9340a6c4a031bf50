package io.github.ddassets.core.manifest;

import static io.github.ddassets.core.manifest.ManifestPointers.LEGAL_TERMS_EULA;
import static io.github.ddassets.core.manifest.ManifestPointers.METADATA_PATH;
import static io.github.ddassets.core.manifest.ManifestPointers.METRICS_CHECK;
import static io.github.ddassets.core.manifest.ManifestPointers.METRIC_PREFIX;
import static io.github.ddassets.core.manifest.ManifestPointers.OAUTH_SCOPES;
import static io.github.ddassets.core.manifest.ManifestPointers.PRICING;
import static io.github.ddassets.core.manifest.ManifestPointers.SERVICE_CHECKS_PATH;
import static io.github.ddassets.core.manifest.ManifestPointers.SOURCE_TYPE_NAME;
import static io.github.ddassets.core.manifest.ManifestPointers.SPEC_PATH;
import static io.github.ddassets.core.manifest.ManifestPointers.TILE_CLASSIFIER_TAGS;
import static io.github.ddassets.core.manifest.ManifestPointers.TILE_TITLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code manifest.json} (manifest_version 2.0.0): the JSON tree as written, the origin of every
 * value by JSON pointer, and the format the text was written in. Typed accessors return the values
 * rules need; a value of the wrong JSON type reads as absent (the shape rules report it).
 *
 * @param root the top-level object; treat it as read-only (copy it with {@code deepCopy()} to
 *     change it)
 * @param origins where each value was written
 * @param format how the text was laid out ({@link ManifestFormat#CANONICAL} for a built manifest)
 */
public record Manifest(ObjectNode root, ManifestOrigins origins, ManifestFormat format) {

  /** The classifier tags that mark a paid Marketplace listing. */
  public static final Set<String> MARKETPLACE_TAGS =
      Set.of(
          "Category::Marketplace", "Offering::Software License", "Offering::Professional Service");

  public Manifest {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(origins, "origins");
    Objects.requireNonNull(format, "format");
  }

  /** The value at a JSON pointer, or a missing node. */
  public JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /** Whether the manifest has a value (even {@code null}) at a JSON pointer. */
  public boolean has(String pointer) {
    return !root.at(pointer).isMissingNode();
  }

  /** Where the value at a JSON pointer (or its closest written parent) was written. */
  public Origin origin(String pointer) {
    return origins.at(pointer);
  }

  /** The string at a JSON pointer, when there is one. */
  public Optional<String> text(String pointer) {
    JsonNode node = root.at(pointer);
    return node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }

  /** The non-empty string at a JSON pointer, when there is one. */
  public Optional<String> nonEmptyText(String pointer) {
    Optional<String> text = text(pointer);
    return text.isPresent() && !text.get().isEmpty() ? text : Optional.empty();
  }

  /** The boolean at a JSON pointer, when there is one. */
  public Optional<Boolean> bool(String pointer) {
    JsonNode node = root.at(pointer);
    return node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
  }

  /** {@code assets.integration.source_type_name}. */
  public Optional<String> sourceTypeName() {
    return text(SOURCE_TYPE_NAME);
  }

  /** {@code assets.integration.metrics.prefix}. */
  public Optional<String> metricPrefix() {
    return text(METRIC_PREFIX);
  }

  /** {@code assets.integration.metrics.metadata_path}, when set and not empty. */
  public Optional<String> metadataPath() {
    return nonEmptyText(METADATA_PATH);
  }

  /** {@code assets.integration.service_checks.metadata_path}, when set and not empty. */
  public Optional<String> serviceChecksPath() {
    return nonEmptyText(SERVICE_CHECKS_PATH);
  }

  /** {@code assets.integration.configuration.spec}, when set and not empty. */
  public Optional<String> specPath() {
    return nonEmptyText(SPEC_PATH);
  }

  /** {@code tile.title}. */
  public Optional<String> title() {
    return text(TILE_TITLE);
  }

  /**
   * {@code assets.integration.metrics.check}: the metrics the integration emits on every run. ddev
   * accepts a string or a list of strings; an empty string is no metric.
   */
  public List<String> metricsCheck() {
    JsonNode check = root.at(METRICS_CHECK);
    if (check.isTextual()) {
      return check.textValue().isEmpty() ? List.of() : List.of(check.textValue());
    }
    return strings(check);
  }

  /** {@code tile.classifier_tags}, the strings among them. */
  public List<String> classifierTags() {
    return strings(root.at(TILE_CLASSIFIER_TAGS));
  }

  /** The {@code metric} of every {@code pricing} entry: metrics billed on, exempt from checks. */
  public List<String> pricingMetrics() {
    List<String> metrics = new ArrayList<>();
    for (JsonNode entry : root.at(PRICING)) {
      JsonNode metric = entry.path("metric");
      if (metric.isTextual()) {
        metrics.add(metric.textValue());
      }
    }
    return metrics;
  }

  /**
   * The OAuth scopes the manifest declares in {@code oauth.scopes}, when it carries them. Manifests
   * of integrations-extras write {@code "oauth": {}} (the client is configured in Datadog's
   * Developer Platform); a manifest generated by ddassets lists the scopes there.
   */
  public Optional<List<String>> oauthScopes() {
    JsonNode scopes = root.at(OAUTH_SCOPES);
    return scopes.isArray() ? Optional.of(strings(scopes)) : Optional.empty();
  }

  /**
   * Whether the manifest describes a paid Marketplace listing: a non-empty {@code pricing}, a
   * {@code legal_terms.eula}, or one of the {@link #MARKETPLACE_TAGS}. ddev decides by the
   * repository (the {@code marketplace} repository); an {@code author.vendor_id} alone does not
   * count, since integrations-extras partners have one too, and neither does an empty {@code
   * pricing} list.
   */
  public boolean isMarketplace() {
    JsonNode pricing = root.at(PRICING);
    return (pricing.isArray() && !pricing.isEmpty())
        || nonEmptyText(LEGAL_TERMS_EULA).isPresent()
        || hasMarketplaceTag();
  }

  private boolean hasMarketplaceTag() {
    for (String tag : classifierTags()) {
      if (MARKETPLACE_TAGS.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    if (array.isArray()) {
      for (JsonNode item : array) {
        if (item.isTextual()) {
          strings.add(item.textValue());
        }
      }
    }
    return strings;
  }
}
