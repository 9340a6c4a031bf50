package io.github.ddassets.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestPointers;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The shape of a manifest: required keys and JSON types, the checks Datadog's server-side schema
 * makes when {@code ddev validate manifest} posts a manifest. The schema is not public; this one
 * follows the field table of Datadog's asset reference and what all 233 manifests of
 * integrations-extras have in common (a test checks it against {@code
 * manifest-v2.inferred.schema.json}). Keys it does not know are allowed, as they are there.
 *
 * <p>Objects are named by shape path: the JSON pointer with array indices replaced by {@code *}.
 */
final class ManifestShapeRules {

  /** The JSON types a value may be required to have. */
  enum Type {
    STRING("a string"),
    /** A string that must not be empty (reported by {@link Rule#MANIFEST_VALUE_EMPTY}). */
    NON_EMPTY_STRING("a string"),
    BOOLEAN("a boolean"),
    INTEGER("an integer"),
    OBJECT("an object"),
    ARRAY("a list"),
    /** {@code metrics.check}: one metric name or a list of them. */
    STRING_OR_STRINGS("a string or a list of strings"),
    /** A map of short names to file paths (dashboards, monitors, saved views). */
    STRING_MAP("an object of strings");

    private final String description;

    Type(String description) {
      this.description = description;
    }
  }

  private static final Map<String, Type> TYPES =
      Map.ofEntries(
          Map.entry("", Type.OBJECT),
          Map.entry("/manifest_version", Type.STRING),
          Map.entry("/app_uuid", Type.STRING),
          Map.entry("/app_id", Type.STRING),
          Map.entry("/owner", Type.NON_EMPTY_STRING),
          Map.entry("/tile", Type.OBJECT),
          Map.entry("/tile/overview", Type.STRING),
          Map.entry("/tile/configuration", Type.STRING),
          Map.entry("/tile/support", Type.STRING),
          Map.entry("/tile/uninstallation", Type.STRING),
          Map.entry("/tile/changelog", Type.STRING),
          Map.entry("/tile/description", Type.NON_EMPTY_STRING),
          Map.entry("/tile/title", Type.NON_EMPTY_STRING),
          Map.entry("/tile/media", Type.ARRAY),
          Map.entry("/tile/media/*", Type.OBJECT),
          Map.entry("/tile/media/*/media_type", Type.STRING),
          Map.entry("/tile/media/*/caption", Type.STRING),
          Map.entry("/tile/media/*/image_url", Type.STRING),
          Map.entry("/tile/classifier_tags", Type.ARRAY),
          Map.entry("/tile/classifier_tags/*", Type.STRING),
          Map.entry("/tile/resources", Type.ARRAY),
          Map.entry("/tile/resources/*", Type.OBJECT),
          Map.entry("/tile/resources/*/resource_type", Type.STRING),
          Map.entry("/tile/resources/*/url", Type.STRING),
          Map.entry("/author", Type.OBJECT),
          Map.entry("/author/name", Type.NON_EMPTY_STRING),
          Map.entry("/author/homepage", Type.STRING),
          Map.entry("/author/support_email", Type.NON_EMPTY_STRING),
          Map.entry("/author/sales_email", Type.NON_EMPTY_STRING),
          Map.entry("/author/vendor_id", Type.STRING),
          Map.entry("/author/contact_link", Type.STRING),
          Map.entry("/oauth", Type.OBJECT),
          Map.entry("/oauth/scopes", Type.ARRAY),
          Map.entry("/oauth/scopes/*", Type.STRING),
          Map.entry("/legal_terms", Type.OBJECT),
          Map.entry("/legal_terms/eula", Type.STRING),
          Map.entry("/pricing", Type.ARRAY),
          Map.entry("/assets", Type.OBJECT),
          Map.entry("/assets/integration", Type.OBJECT),
          Map.entry("/assets/integration/source_type_name", Type.NON_EMPTY_STRING),
          Map.entry("/assets/integration/source_type_id", Type.INTEGER),
          Map.entry("/assets/integration/auto_install", Type.BOOLEAN),
          Map.entry("/assets/integration/configuration", Type.OBJECT),
          Map.entry("/assets/integration/configuration/spec", Type.STRING),
          Map.entry("/assets/integration/events", Type.OBJECT),
          Map.entry("/assets/integration/events/creates_events", Type.BOOLEAN),
          Map.entry("/assets/integration/metrics", Type.OBJECT),
          Map.entry("/assets/integration/metrics/prefix", Type.STRING),
          Map.entry("/assets/integration/metrics/check", Type.STRING_OR_STRINGS),
          Map.entry("/assets/integration/metrics/metadata_path", Type.STRING),
          Map.entry("/assets/integration/service_checks", Type.OBJECT),
          Map.entry("/assets/integration/service_checks/metadata_path", Type.STRING),
          Map.entry("/assets/integration/process_signatures", Type.ARRAY),
          Map.entry("/assets/integration/process_signatures/*", Type.STRING),
          Map.entry("/assets/integration/supports_ddr_coordinated_failover", Type.BOOLEAN),
          Map.entry("/assets/dashboards", Type.STRING_MAP),
          Map.entry("/assets/monitors", Type.STRING_MAP),
          Map.entry("/assets/saved_views", Type.STRING_MAP),
          Map.entry("/assets/logs", Type.OBJECT),
          Map.entry("/assets/logs/source", Type.STRING),
          Map.entry("/assets/oauth", Type.STRING));

  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "",
          List.of(
              "manifest_version",
              "app_uuid",
              "app_id",
              "display_on_public_website",
              "tile",
              "author",
              "assets"),
          "/tile",
          List.of(
              "overview",
              "configuration",
              "support",
              "changelog",
              "description",
              "title",
              "media",
              "classifier_tags"),
          "/tile/media/*",
          List.of("media_type", "caption", "image_url"),
          "/tile/resources/*",
          List.of("resource_type", "url"),
          "/author",
          List.of("name", "homepage", "support_email"),
          "/assets/integration",
          List.of("source_type_name", "service_checks"),
          "/assets/integration/metrics",
          List.of("prefix", "check", "metadata_path"),
          "/assets/integration/events",
          List.of("creates_events"));

  private static final String VERSION = "2.0.0";

  private final Manifest manifest;
  private final List<Finding> findings;

  private ManifestShapeRules(Manifest manifest, List<Finding> findings) {
    this.manifest = manifest;
    this.findings = findings;
  }

  /** Adds a finding for every missing required key and every value of the wrong type. */
  static void check(Manifest manifest, List<Finding> findings) {
    new ManifestShapeRules(manifest, findings).visit(manifest.root(), "", "");
  }

  /** The keys the schema requires in the object at a shape path. */
  static List<String> required(String shapePath) {
    return REQUIRED.getOrDefault(shapePath, List.of());
  }

  /** The type the schema gives the value at a shape path, or null when it says nothing. */
  static Type type(String shapePath) {
    return TYPES.get(shapePath);
  }

  private void visit(JsonNode node, String pointer, String shape) {
    Type type = TYPES.get(shape);
    if (type == null) {
      return;
    }
    if (!matches(type, node)) {
      findings.add(
          Rule.MANIFEST_TYPE_INVALID.at(
              manifest.origin(pointer), shown(pointer), type.description, describe(node)));
      return;
    }
    if (type == Type.NON_EMPTY_STRING && node.textValue().isEmpty()) {
      findings.add(Rule.MANIFEST_VALUE_EMPTY.at(manifest.origin(pointer), shown(pointer)));
    }
    if (pointer.equals(ManifestPointers.MANIFEST_VERSION) && !node.textValue().equals(VERSION)) {
      findings.add(Rule.MANIFEST_VERSION.at(manifest.origin(pointer), node.textValue()));
    }
    if (node.isObject() && type == Type.OBJECT) {
      for (String key : required(shape)) {
        if (!node.has(key)) {
          findings.add(
              Rule.MANIFEST_KEY_REQUIRED.at(manifest.origin(pointer), shown(pointer), key));
        }
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        visit(
            field.getValue(),
            ManifestPointers.child(pointer, field.getKey()),
            shape + "/" + field.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(node.get(i), ManifestPointers.item(pointer, i), shape + "/*");
      }
    }
  }

  private static boolean matches(Type type, JsonNode node) {
    return switch (type) {
      case STRING, NON_EMPTY_STRING -> node.isTextual();
      case BOOLEAN -> node.isBoolean();
      case INTEGER -> node.isIntegralNumber();
      case OBJECT -> node.isObject();
      case ARRAY -> node.isArray();
      case STRING_OR_STRINGS -> node.isTextual() || allStrings(node);
      case STRING_MAP -> node.isObject() && allStrings(node);
    };
  }

  private static boolean allStrings(JsonNode container) {
    if (!container.isContainerNode()) {
      return false;
    }
    for (JsonNode item : container) {
      if (!item.isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** How a pointer is shown in messages: {@code /} for the root. */
  private static String shown(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }

  /** The kind of a JSON value, as messages name it. */
  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "a list";
      case NULL -> "null";
      default -> "nothing";
    };
  }
}
