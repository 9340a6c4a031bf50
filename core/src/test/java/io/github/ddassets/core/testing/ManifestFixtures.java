package io.github.ddassets.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.manifest.AssetFolder;
import io.github.ddassets.core.manifest.FileState;
import io.github.ddassets.core.manifest.LogsEvidence;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestContext;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.manifest.ManifestTree;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.IntegrationAssets;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.read.ManifestReader;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.render.ManifestRenderer;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A complete manifest of a made-up Agent integration, Acme, in canonical form, and the context in
 * which it has no finding under strict: its metadata.csv lists the metric of metrics.check, every
 * file it names exists, its spec is named after it, it collects no logs.
 */
public final class ManifestFixtures {

  /**
   * The manifest. Positions (line:column) of the values tests point at: app_uuid 3:15, app_id 4:13,
   * display_on_public_website 6:32, tile 7:11, changelog 11:18, description 12:20, title 13:14,
   * media 14:14, media/0 15:7 (media_type 16:23, caption 17:20, image_url 18:22), classifier_tags
   * 21:24 (items 22:7 to 25:7), resources/0 28:7 (resource_type 29:26, url 30:16), author 34:13
   * (support_email 35:22, homepage 36:17), assets 40:13, integration 41:20, source_type_name 42:27,
   * spec 44:17, metrics 49:18 (prefix 50:19, check 51:18, check/0 52:11, metadata_path 54:26),
   * service_checks metadata_path 57:26, auto_install 60:23, the dashboard 63:24.
   */
  public static final String BASE =
      """
      {
        "manifest_version": "2.0.0",
        "app_uuid": "5b0c8d0e-3a5f-4c1e-9f3b-2d7e4a6c8b10",
        "app_id": "acme",
        "owner": "acme-team",
        "display_on_public_website": true,
        "tile": {
          "overview": "README.md#Overview",
          "configuration": "README.md#Setup",
          "support": "README.md#Support",
          "changelog": "CHANGELOG.md",
          "description": "Monitor Acme queues and workers.",
          "title": "Acme",
          "media": [
            {
              "media_type": "image",
              "caption": "The Acme dashboard",
              "image_url": "images/dashboard.png"
            }
          ],
          "classifier_tags": [
            "Category::Message Queues",
            "Offering::Integration",
            "Submitted Data Type::Metrics",
            "Supported OS::Linux"
          ],
          "resources": [
            {
              "resource_type": "blog",
              "url": "https://acme.example/blog/datadog"
            }
          ]
        },
        "author": {
          "support_email": "support@acme.example",
          "homepage": "https://acme.example",
          "sales_email": "sales@acme.example",
          "name": "Acme Inc."
        },
        "assets": {
          "integration": {
            "source_type_name": "Acme",
            "configuration": {
              "spec": "assets/configuration/spec.yaml"
            },
            "events": {
              "creates_events": false
            },
            "metrics": {
              "prefix": "acme.",
              "check": [
                "acme.queue.depth"
              ],
              "metadata_path": "metadata.csv"
            },
            "service_checks": {
              "metadata_path": "assets/service_checks.json"
            },
            "source_type_id": 10001,
            "auto_install": true
          },
          "dashboards": {
            "Acme Overview": "assets/dashboards/overview.json"
          }
        }
      }\
      """;

  /** The metadata.csv of the base manifest: one metric, acme.queue.depth. */
  public static final String METADATA =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,"
          + "integration,short_name,curated_metric\n"
          + "acme.queue.depth,gauge,,message,,Messages waiting.,-1,acme,queue depth,\n";

  /** The files of the base manifest's folder, with their sizes. */
  public static final Map<String, Long> FILES =
      Map.of(
          "metadata.csv", 200L,
          "assets/service_checks.json", 3L,
          "assets/configuration/spec.yaml", 400L,
          "CHANGELOG.md", 100L,
          "images/dashboard.png", 120_000L,
          "assets/dashboards/overview.json", 5_000L);

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ManifestFixtures() {}

  /** Parses a manifest text named {@code manifest.json}. */
  public static Manifest parse(String text) {
    return ManifestReader.parse(text, "manifest.json").value().orElseThrow();
  }

  /** The base manifest changed by an edit of its tree, rendered in canonical form. */
  public static String edit(Consumer<ObjectNode> change) {
    ObjectNode root = parse(BASE).root().deepCopy();
    change.accept(root);
    return ManifestRenderer.render(root, ManifestFormat.CANONICAL);
  }

  /** The base manifest with one value set (JSON text), in canonical form. */
  public static String with(String pointer, String json) {
    return edit(root -> ManifestTree.put(root, pointer, json(json)));
  }

  /** The base manifest without the value at a pointer, in canonical form. */
  public static String without(String pointer) {
    return edit(root -> ManifestTree.remove(root, pointer));
  }

  /** Parses a JSON value. */
  public static JsonNode json(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A metadata.csv named {@code metadata.csv}. */
  public static MetadataFile metadata(String text) {
    return MetadataReader.parse(text, "metadata.csv").value().orElseThrow();
  }

  /** A folder holding the given files, by path and size; it tells every other file is missing. */
  public static AssetFolder folder(Map<String, Long> files) {
    return (kind, path) ->
        files.containsKey(path) ? FileState.present(files.get(path)) : FileState.MISSING;
  }

  /** The context in which the base manifest has no finding under strict. */
  public static ManifestContext context() {
    return context(Optional.of(metadata(METADATA)));
  }

  /** The base context with another metadata.csv (or none). */
  public static ManifestContext context(Optional<MetadataFile> metadata) {
    IntegrationIdentity identity = new IntegrationIdentity("acme", "Acme", "acme.", Origin.NONE);
    return ManifestContext.of(new IntegrationAssets(identity, metadata, Optional.empty()))
        .withSpecName(new ManifestContext.SpecName("Acme", FileOrigin.at("spec.yaml", 1, 7)))
        .withLogs(LogsEvidence.NO_LOGS)
        .withFolder(folder(FILES));
  }
}
