package io.github.ddassets.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * Builds {@code test.AcmeCheck} with a complete manifest declared in annotations
 * ({@code @Integration} and its {@code @Listing}), each attribute on its own line, so that a test
 * changes one attribute and finds its diagnostic by line. The complete declaration compiles without
 * warnings under the strict profile.
 */
final class ManifestSource {

  /** The attributes of @Integration; every other unprefixed key is one of @Listing. */
  private static final Set<String> INTEGRATION =
      Set.of("name", "displayName", "metricPrefix", "kind", "manifest");

  private final Map<String, String> integration = new LinkedHashMap<>();
  private final Map<String, String> listing = new LinkedHashMap<>();
  private final Map<String, String> tile = new LinkedHashMap<>();
  private final Map<String, String> author = new LinkedHashMap<>();
  private final List<String> annotations = new ArrayList<>();
  private List<String> body =
      List.of(
          "  /** Messages waiting in the queue. */",
          "  @Metric(type = MetricType.GAUGE, unit = \"message\", emittedEveryRun = true)",
          "  static final String DEPTH = \"acme.queue.depth\";");

  private ManifestSource() {
    integration.put("name", "name = \"acme\"");
    integration.put("displayName", "displayName = \"Acme\"");
    listing.put("appUuid", "appUuid = \"0d1ae8bd-0f1a-4a39-9b4e-4b7a4c5c8e01\"");
    listing.put("sourceTypeId", "sourceTypeId = 10500");
    tile.put("title", "title = \"Acme\"");
    tile.put("description", "description = \"Monitor Acme queues and workers.\"");
    tile.put(
        "classifierTags",
        "classifierTags = {\"Category::Message Queues\", \"Offering::Integration\"}");
    author.put("name", "name = \"Acme Inc.\"");
    author.put("homepage", "homepage = \"https://acme.example\"");
    author.put("supportEmail", "supportEmail = \"support@acme.example\"");
    author.put("salesEmail", "salesEmail = \"sales@acme.example\"");
  }

  /** The complete declaration. */
  static ManifestSource complete() {
    return new ManifestSource();
  }

  /**
   * Sets an attribute: {@code "manifest"} of @Integration, {@code "appId"} of @Listing, {@code
   * "tile.title"} of @Tile, {@code "author.homepage"} of @Author. The text may span lines ({@code
   * \n}).
   */
  ManifestSource set(String key, String text) {
    map(key).put(attribute(key), text);
    return this;
  }

  /** Leaves an attribute out. */
  ManifestSource remove(String key) {
    map(key).remove(attribute(key));
    return this;
  }

  /** Adds an annotation to the class, such as {@code @OAuth(scopes = "metrics_read")}. */
  ManifestSource annotate(String annotation) {
    annotations.add(annotation);
    return this;
  }

  /** Replaces the class body. */
  ManifestSource body(String... lines) {
    body = List.of(lines);
    return this;
  }

  JavaFileObject build() {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("");
    lines.add("import io.github.ddassets.annotations.*;");
    lines.add("");
    lines.addAll(annotations);
    lines.add("@Integration(");
    addAll(lines, new ArrayList<>(integration.values()), "    ");
    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ")");
    lines.add("@Listing(");
    List<String> attributes = new ArrayList<>(listing.values());
    attributes.add(nested("tile", "Tile", tile));
    attributes.add(nested("author", "Author", author));
    addAll(lines, attributes, "    ");
    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ")");
    lines.add("final class AcmeCheck {");
    lines.addAll(body);
    lines.add("}");
    return Compilations.source("test.AcmeCheck", lines.toArray(new String[0]));
  }

  private static String nested(String attribute, String annotation, Map<String, String> values) {
    List<String> lines = new ArrayList<>();
    lines.add(attribute + " = @" + annotation + "(");
    addAll(lines, new ArrayList<>(values.values()), "    ");
    return String.join("\n", lines) + ")";
  }

  /** Adds comma-separated attributes, one per line, indented. */
  private static void addAll(List<String> lines, List<String> attributes, String indent) {
    for (int i = 0; i < attributes.size(); i++) {
      String[] parts = attributes.get(i).split("\n", -1);
      for (int j = 0; j < parts.length; j++) {
        String line = indent + parts[j];
        lines.add(j == parts.length - 1 && i < attributes.size() - 1 ? line + "," : line);
      }
    }
  }

  private Map<String, String> map(String key) {
    if (key.startsWith("tile.")) {
      return tile;
    }
    if (key.startsWith("author.")) {
      return author;
    }
    return INTEGRATION.contains(key) ? integration : listing;
  }

  private static String attribute(String key) {
    return key.substring(key.indexOf('.') + 1);
  }
}
