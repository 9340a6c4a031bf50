package io.github.ddassets.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.manifest.AssetFolder;
import io.github.ddassets.core.manifest.AssetPath;
import io.github.ddassets.core.manifest.FileState;
import io.github.ddassets.core.manifest.LogsEvidence;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.DisplayNames;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that tie the manifest to the integration's other files: the metrics it names are in
 * metadata.csv, the files it names exist, the logs category matches the logs the integration
 * collects, and the names it gives agree with the tile and the configuration spec. (metadata.csv's
 * and service_checks.json's {@code integration} values are checked with those files.)
 */
final class ManifestCrossFileRules {

  /** The maps of short names to the JSON files of dashboards, monitors and saved views. */
  private static final List<Map.Entry<String, AssetPath>> NAMED_FILES =
      List.of(
          Map.entry("/assets/dashboards", AssetPath.DASHBOARD),
          Map.entry("/assets/monitors", AssetPath.MONITOR),
          Map.entry("/assets/saved_views", AssetPath.SAVED_VIEW));

  /**
   * The integrations ddev's LogsCategoryValidator does not check (its IGNORE_LIST): their logs come
   * from another integration, or their README mentions logs they do not collect.
   */
  static final Set<String> LOGS_EXEMPT =
      Set.of(
          "databricks",
          "docker_daemon",
          "ecs_fargate",
          "cassandra_nodetool",
          "jmeter",
          "kafka_consumer",
          "kubernetes",
          "pan_firewall",
          "altostra",
          "hasura_cloud",
          "sqreen");

  private ManifestCrossFileRules() {}

  static void check(Manifest manifest, ManifestContext context, List<Finding> findings) {
    metrics(manifest, context.assets().metadata(), findings);
    files(manifest, context.folder(), findings);
    if (!LOGS_EXEMPT.contains(context.assets().identity().name())) {
      logs(manifest, context.logs(), findings);
    }
    titleAndDisplayName(manifest, findings);
    Optional<ManifestContext.SpecName> spec = context.specName();
    if (spec.isPresent()) {
      specName(manifest, spec.get(), findings);
    }
  }

  /** The spec's name is the display name by convention (the specs ddev creates have it). */
  private static void specName(
      Manifest manifest, ManifestContext.SpecName spec, List<Finding> findings) {
    Optional<String> name = manifest.sourceTypeName();
    if (name.isPresent() && !name.get().equals(spec.name())) {
      findings.add(Rule.SPEC_NAME_MISMATCH.at(spec.origin(), spec.name(), name.get()));
    }
  }

  /** ddev's legacy metrics checks: metrics.check against metadata.csv, and its declaration. */
  private static void metrics(
      Manifest manifest, Optional<MetadataFile> metadata, List<Finding> findings) {
    if (metadata.isEmpty()) {
      return;
    }
    List<MetricRow> rows = metadata.get().rows();
    JsonNode metrics = manifest.at(ManifestPointers.METRICS);
    if (!metrics.isMissingNode() && !metrics.isObject()) {
      return; // the shape rules report it
    }
    if (manifest.metadataPath().isEmpty()) {
      findings.add(
          Rule.MANIFEST_METADATA_PATH_MISSING.at(manifest.origin(ManifestPointers.METADATA_PATH)));
      return;
    }
    JsonNode check = manifest.at(ManifestPointers.METRICS_CHECK);
    boolean wellTyped = check.isMissingNode() || check.isTextual() || allStrings(check);
    if (manifest.metricsCheck().isEmpty()) {
      if (!rows.isEmpty() && wellTyped) {
        findings.add(
            Rule.MANIFEST_CHECK_EMPTY.at(
                manifest.origin(ManifestPointers.METRICS_CHECK), rows.size()));
      }
      return;
    }
    Set<String> names = new HashSet<>();
    for (MetricRow row : rows) {
      names.add(row.metricName());
    }
    Set<String> exempt = new HashSet<>(manifest.pricingMetrics());
    if (check.isTextual()) {
      unknownMetric(
          manifest, ManifestPointers.METRICS_CHECK, check.textValue(), names, exempt, findings);
      return;
    }
    for (int i = 0; i < check.size(); i++) {
      JsonNode metric = check.get(i);
      if (metric.isTextual()) {
        unknownMetric(
            manifest,
            ManifestPointers.item(ManifestPointers.METRICS_CHECK, i),
            metric.textValue(),
            names,
            exempt,
            findings);
      }
    }
  }

  private static boolean allStrings(JsonNode node) {
    if (!node.isArray()) {
      return false;
    }
    for (JsonNode item : node) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static void unknownMetric(
      Manifest manifest,
      String pointer,
      String metric,
      Set<String> names,
      Set<String> exempt,
      List<Finding> findings) {
    if (!names.contains(metric) && !exempt.contains(metric)) {
      findings.add(Rule.MANIFEST_CHECK_METRIC_UNKNOWN.at(manifest.origin(pointer), metric));
    }
  }

  /** The files the manifest names, where the folder can tell whether they exist. */
  private static void files(Manifest manifest, AssetFolder folder, List<Finding> findings) {
    missing(manifest, folder, AssetPath.METADATA, ManifestPointers.METADATA_PATH, findings);
    missing(
        manifest, folder, AssetPath.SERVICE_CHECKS, ManifestPointers.SERVICE_CHECKS_PATH, findings);
    missing(manifest, folder, AssetPath.CHANGELOG, ManifestPointers.TILE_CHANGELOG, findings);
    for (Map.Entry<String, AssetPath> map : NAMED_FILES) {
      JsonNode entries = manifest.at(map.getKey());
      if (!entries.isObject()) {
        continue;
      }
      for (Iterator<String> names = entries.fieldNames(); names.hasNext(); ) {
        String pointer = ManifestPointers.child(map.getKey(), names.next());
        missing(manifest, folder, map.getValue(), pointer, findings);
      }
    }
    String spec = manifest.specPath().orElse(null);
    if (spec != null && folder.state(AssetPath.SPEC, spec).status() == FileState.Status.MISSING) {
      findings.add(
          Rule.MANIFEST_SPEC_MISSING.at(manifest.origin(ManifestPointers.SPEC_PATH), spec));
    }
  }

  private static void missing(
      Manifest manifest,
      AssetFolder folder,
      AssetPath kind,
      String pointer,
      List<Finding> findings) {
    String path = manifest.nonEmptyText(pointer).orElse(null);
    if (path != null && folder.state(kind, path).status() == FileState.Status.MISSING) {
      findings.add(Rule.MANIFEST_FILE_MISSING.at(manifest.origin(pointer), label(pointer), path));
    }
  }

  /** A pointer as a dotted key for messages: {@code assets.integration.metrics.metadata_path}. */
  private static String label(String pointer) {
    return String.join(".", ManifestPointers.segments(pointer));
  }

  /**
   * ddev's legacy logs check: logs collected if and only if `Category::Log Collection`; and, beyond
   * ddev, a declared logs source with that tag.
   */
  private static void logs(Manifest manifest, LogsEvidence logs, List<Finding> findings) {
    if (!manifest.at(ManifestPointers.TILE_CLASSIFIER_TAGS).isArray()) {
      return;
    }
    int index = manifest.classifierTags().indexOf(ClassifierTags.LOG_COLLECTION);
    Optional<String> source = manifest.nonEmptyText(ManifestPointers.LOGS_SOURCE);
    if (logs != LogsEvidence.HAS_LOGS && index < 0 && source.isPresent()) {
      findings.add(
          Rule.MANIFEST_LOGS_SOURCE_CATEGORY.at(
              manifest.origin(ManifestPointers.LOGS_SOURCE),
              source.get(),
              ClassifierTags.LOG_COLLECTION));
    }
    if (logs == LogsEvidence.UNKNOWN) {
      return;
    }
    if (logs == LogsEvidence.HAS_LOGS && index < 0) {
      findings.add(
          Rule.MANIFEST_LOGS_CATEGORY.at(
              manifest.origin(ManifestPointers.TILE_CLASSIFIER_TAGS),
              "the integration collects logs (its conf.yaml.example or README.md has a logs"
                  + " section) but its classifier tags lack `"
                  + ClassifierTags.LOG_COLLECTION
                  + "`"));
    } else if (logs == LogsEvidence.NO_LOGS && index >= 0) {
      findings.add(
          Rule.MANIFEST_LOGS_CATEGORY.at(
              manifest.origin(tagPointer(manifest)),
              "`"
                  + ClassifierTags.LOG_COLLECTION
                  + "` is set but the integration collects no logs (no `# logs:` in"
                  + " conf.yaml.example, no log section in README.md)"));
    }
  }

  /** The pointer of the log collection tag in the tag list. */
  private static String tagPointer(Manifest manifest) {
    JsonNode tags = manifest.at(ManifestPointers.TILE_CLASSIFIER_TAGS);
    for (int i = 0; i < tags.size(); i++) {
      if (ClassifierTags.LOG_COLLECTION.equals(tags.get(i).textValue())) {
        return ManifestPointers.item(ManifestPointers.TILE_CLASSIFIER_TAGS, i);
      }
    }
    return ManifestPointers.TILE_CLASSIFIER_TAGS;
  }

  /**
   * Datadog's asset reference derives metadata.csv's integration column from tile.title; ddev (and
   * every extras file) from source_type_name. Warn when the two disagree.
   */
  private static void titleAndDisplayName(Manifest manifest, List<Finding> findings) {
    Optional<String> title = manifest.title();
    Optional<String> sourceTypeName = manifest.sourceTypeName();
    if (title.isEmpty() || sourceTypeName.isEmpty()) {
      return;
    }
    String normalizedTitle = DisplayNames.normalize(title.get());
    String normalizedName = DisplayNames.normalize(sourceTypeName.get());
    if (!normalizedTitle.equals(normalizedName)) {
      findings.add(
          Rule.MANIFEST_TITLE_DISPLAY_NAME.at(
              manifest.origin(ManifestPointers.TILE_TITLE),
              title.get(),
              normalizedTitle,
              sourceTypeName.get(),
              normalizedName));
    }
  }
}
