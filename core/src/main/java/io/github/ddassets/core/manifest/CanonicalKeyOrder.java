package io.github.ddassets.core.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The order real manifests give their keys, object by object. Measured on the 233 manifests of
 * integrations-extras: each list follows the most common order of that object (for example 147
 * manifests put {@code tile, author, assets} at the top level, 57 {@code tile, assets, author}),
 * and places the rarer keys where the manifests that have them mostly do ({@code oauth} after
 * {@code tile}, {@code uninstallation} after {@code configuration}). {@code pricing} and {@code
 * legal_terms}, absent from the corpus but for two empty {@code pricing} lists, go before {@code
 * assets}.
 *
 * <p>Objects are named by their shape path: the JSON pointer with every array index replaced by
 * {@code *} ({@code /tile/media/*}). Objects not listed here (the name-to-path maps of dashboards,
 * monitors and saved views, {@code oauth}, pricing entries) keep their keys in the order given.
 */
public final class CanonicalKeyOrder {

  /** The rank of a key that is not in its object's list: after all known keys. */
  static final int UNKNOWN = Integer.MAX_VALUE;

  private static final Map<String, List<String>> ORDERS =
      Map.ofEntries(
          Map.entry(
              "",
              List.of(
                  "manifest_version",
                  "app_uuid",
                  "app_id",
                  "owner",
                  "display_on_public_website",
                  "tile",
                  "oauth",
                  "author",
                  "pricing",
                  "legal_terms",
                  "assets")),
          Map.entry(
              "/tile",
              List.of(
                  "overview",
                  "configuration",
                  "uninstallation",
                  "support",
                  "changelog",
                  "description",
                  "title",
                  "media",
                  "classifier_tags",
                  "resources")),
          Map.entry("/tile/media/*", List.of("media_type", "caption", "image_url", "vimeo_id")),
          Map.entry("/tile/resources/*", List.of("resource_type", "url")),
          Map.entry(
              "/author",
              List.of(
                  "support_email", "homepage", "sales_email", "name", "vendor_id", "contact_link")),
          Map.entry("/legal_terms", List.of("eula")),
          Map.entry(
              "/assets",
              List.of("integration", "dashboards", "monitors", "saved_views", "logs", "oauth")),
          Map.entry(
              "/assets/integration",
              List.of(
                  "source_type_name",
                  "configuration",
                  "events",
                  "metrics",
                  "service_checks",
                  "source_type_id",
                  "auto_install",
                  "process_signatures",
                  "supports_ddr_coordinated_failover")),
          Map.entry("/assets/integration/configuration", List.of("spec")),
          Map.entry("/assets/integration/events", List.of("creates_events")),
          Map.entry("/assets/integration/metrics", List.of("prefix", "check", "metadata_path")),
          Map.entry("/assets/integration/service_checks", List.of("metadata_path")),
          Map.entry("/assets/logs", List.of("source")));

  private CanonicalKeyOrder() {}

  /** The known keys of the object at a shape path, in order; empty for objects not listed. */
  public static List<String> keys(String shapePath) {
    return ORDERS.getOrDefault(shapePath, List.of());
  }

  /** The position of a key in its object's canonical order, or {@link #UNKNOWN}. */
  static int rank(String shapePath, String key) {
    int index = keys(shapePath).indexOf(key);
    return index < 0 ? UNKNOWN : index;
  }

  /**
   * A copy of a manifest tree with every object's keys in canonical order: the known keys first in
   * their order, then the others in the order given. Arrays keep their order.
   */
  public static JsonNode sorted(JsonNode manifest) {
    return sorted(manifest, "");
  }

  private static JsonNode sorted(JsonNode node, String shape) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        fields.add(it.next());
      }
      // A stable sort: unknown keys share one rank and keep their order.
      fields.sort(
          new Comparator<Map.Entry<String, JsonNode>>() {
            @Override
            public int compare(Map.Entry<String, JsonNode> a, Map.Entry<String, JsonNode> b) {
              return Integer.compare(rank(shape, a.getKey()), rank(shape, b.getKey()));
            }
          });
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : fields) {
        copy.set(field.getKey(), sorted(field.getValue(), shape + "/" + field.getKey()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (JsonNode item : node) {
        copy.add(sorted(item, shape + "/*"));
      }
      return copy;
    }
    return node.deepCopy();
  }
}
