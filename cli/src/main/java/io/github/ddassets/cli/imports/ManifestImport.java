package io.github.ddassets.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.github.ddassets.core.manifest.IntegrationKind;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.manifest.ManifestTree;
import io.github.ddassets.core.render.ManifestRenderer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The manifest of an imported integration: the {@code @Integration} attributes (and {@code @OAuth})
 * for what the annotations can say, and the base manifest for the rest.
 *
 * <p>The base manifest leaves out the keys the attributes declare when the processor, putting them
 * back, gives the original key order; otherwise it keeps them too (equal values are no conflict),
 * so that the original comes back either way.
 *
 * @param integration {@code @Integration}
 * @param oauth {@code @OAuth}, for an API integration with scopes
 * @param baseManifest the base manifest's text, if the folder has a manifest
 */
record ManifestImport(
    AnnotationSpec integration, Optional<AnnotationSpec> oauth, Optional<String> baseManifest) {

  private static final String TILE_DEFAULT_OVERVIEW = "README.md#Overview";
  private static final String TILE_DEFAULT_CONFIGURATION = "README.md#Setup";
  private static final String TILE_DEFAULT_SUPPORT = "README.md#Support";
  private static final String TILE_DEFAULT_CHANGELOG = "CHANGELOG.md";
  private static final Set<String> MEDIA_TYPES = Set.of("image", "video");
  private static final Set<String> RESOURCE_TYPES = Set.of("blog", "documentation", "faq", "other");

  /**
   * What the folder tells of the integration besides its manifest.
   *
   * @param metricPrefix the prefix known without a manifest (the repository's overrides)
   * @param displayName the {@code integration} of its service checks, when they agree on one
   * @param emptyMetadata whether it has a {@code metadata.csv} without rows
   */
  record FolderFacts(
      Optional<String> metricPrefix, Optional<String> displayName, boolean emptyMetadata) {}

  /** A value an attribute declares: where the processor puts it. */
  private record Declared(String pointer, JsonNode value) {}

  /**
   * @param name the integration's name
   * @param manifest its manifest, if it has one
   * @param agentConfig whether the folder has a spec or example file
   * @param basePath the base manifest's path, relative to the source root
   * @param folder what the manifest cannot tell: the metric prefix and display name known without
   *     it, and whether the integration has a {@code metadata.csv} without rows
   */
  static ManifestImport of(
      String name,
      Optional<Manifest> manifest,
      boolean agentConfig,
      String basePath,
      FolderFacts folder) {
    AnnotationSpec.Builder integration =
        AnnotationSpec.builder(AnnotationTypes.INTEGRATION).addMember("name", "$S", name);
    if (manifest.isEmpty()) {
      folder
          .displayName()
          .filter(display -> !display.equals(name))
          .ifPresent(display -> integration.addMember("displayName", "$S", display));
      folder
          .metricPrefix()
          .filter(prefix -> !prefix.isEmpty() && !prefix.equals(name + "."))
          .ifPresent(prefix -> integration.addMember("metricPrefix", "$S", prefix));
      return new ManifestImport(integration.build(), Optional.empty(), Optional.empty());
    }
    Manifest source = manifest.get();
    List<Declared> declared = new ArrayList<>();
    source
        .nonEmptyText(ManifestPointers.SOURCE_TYPE_NAME)
        .ifPresent(display -> integration.addMember("displayName", "$S", display));
    // The code owns metadata.csv when it declares a metric or the prefix: a file with a header
    // only comes back when the prefix is written, even if it is the default.
    source
        .nonEmptyText(ManifestPointers.METRIC_PREFIX)
        .filter(prefix -> folder.emptyMetadata() || !prefix.equals(name + "."))
        .ifPresent(prefix -> integration.addMember("metricPrefix", "$S", prefix));
    boolean api = IntegrationKind.of(source, agentConfig) == IntegrationKind.API;
    if (api) {
      integration.addMember("kind", "$T.API", AnnotationTypes.INTEGRATION_KIND);
    }
    integration.addMember("manifest", "$S", basePath);
    text(source, ManifestPointers.APP_ID, integration, "appId", declared);
    text(source, ManifestPointers.APP_UUID, integration, "appUuid", declared);
    text(source, ManifestPointers.OWNER, integration, "owner", declared);
    flag(
        source,
        ManifestPointers.DISPLAY_ON_PUBLIC_WEBSITE,
        integration,
        "displayOnPublicWebsite",
        declared);
    JsonNode typeId = source.at(ManifestPointers.INTEGRATION + "/source_type_id");
    if (typeId.isIntegralNumber() && typeId.canConvertToLong() && typeId.longValue() != 0) {
      integration.addMember("sourceTypeId", "$LL", typeId.longValue());
      declared.add(new Declared(ManifestPointers.INTEGRATION + "/source_type_id", typeId));
    }
    flag(source, ManifestPointers.AUTO_INSTALL, integration, "autoInstall", declared);
    flag(source, ManifestPointers.CREATES_EVENTS, integration, "createsEvents", declared);
    strings(
        source,
        ManifestPointers.INTEGRATION + "/process_signatures",
        integration,
        "processSignatures",
        declared);
    text(source, ManifestPointers.LOGS_SOURCE, integration, "logsSource", declared);
    tile(source, declared).ifPresent(tile -> integration.addMember("tile", tile));
    author(source, declared).ifPresent(author -> integration.addMember("author", author));
    Optional<AnnotationSpec> oauth = Optional.empty();
    JsonNode scopes = source.at(ManifestPointers.OAUTH_SCOPES);
    if (api && isStrings(scopes) && !scopes.isEmpty()) {
      AnnotationSpec.Builder builder = AnnotationSpec.builder(AnnotationTypes.OAUTH);
      List<CodeBlock> items = new ArrayList<>();
      scopes.forEach(scope -> items.add(CodeBlock.of("$S", scope.textValue())));
      builder.addMember("scopes", AnnotationBlock.value(items, false));
      oauth = Optional.of(builder.build());
      declared.add(new Declared(ManifestPointers.OAUTH_SCOPES, scopes));
    }
    return new ManifestImport(integration.build(), oauth, Optional.of(base(source, declared)));
  }

  /**
   * The base manifest: the original without the declared keys that the processor puts back where
   * they were. Keys are tried one by one, in the processor's order, each kept out of the base when
   * putting back all those left out so far still gives the original; the others stay in the base
   * with the value the attribute declares too (equal values are no conflict).
   */
  private static String base(Manifest source, List<Declared> declared) {
    String original = ManifestRenderer.render(source.root(), source.format());
    List<Declared> left = new ArrayList<>();
    for (Declared candidate : declared) {
      List<Declared> trial = new ArrayList<>(left);
      trial.add(candidate);
      if (restores(source, trial, original)) {
        left.add(candidate);
      }
    }
    return ManifestRenderer.render(stripped(source, left), source.format());
  }

  private static boolean restores(Manifest source, List<Declared> left, String original) {
    ObjectNode stripped = stripped(source, left);
    // The processor writes in the layout it reads from the base file, such as \\u escapes only
    // when the base has some: the layout of the stripped text, not of the original.
    ManifestFormat format =
        ManifestFormat.of(ManifestRenderer.render(stripped, source.format()), stripped);
    ObjectNode restored = stripped.deepCopy();
    // The processor puts the attribute values in its own order, which `declared` follows.
    for (Declared value : left) {
      ManifestTree.put(restored, value.pointer(), value.value().deepCopy());
    }
    return ManifestRenderer.render(restored, format).equals(original);
  }

  private static ObjectNode stripped(Manifest source, List<Declared> left) {
    ObjectNode stripped = source.root().deepCopy();
    for (Declared value : left) {
      remove(stripped, value.pointer());
    }
    return stripped;
  }

  private static void remove(ObjectNode root, String pointer) {
    JsonNode parent = root.at(ManifestPointers.parent(pointer));
    List<String> segments = ManifestPointers.segments(pointer);
    if (parent instanceof ObjectNode object) {
      object.remove(segments.get(segments.size() - 1));
    }
  }

  private static Optional<CodeBlock> tile(Manifest source, List<Declared> declared) {
    // Written in reading order; the values list follows the processor's, which sets key order.
    AnnotationBlock tile =
        new AnnotationBlock(
            AnnotationTypes.TILE,
            "title",
            "description",
            "overview",
            "configuration",
            "support",
            "uninstallation",
            "changelog",
            "classifierTags",
            "media",
            "resources");
    List<Declared> values = new ArrayList<>();
    tileText(source, "overview", TILE_DEFAULT_OVERVIEW, tile, values);
    tileText(source, "configuration", TILE_DEFAULT_CONFIGURATION, tile, values);
    tileText(source, "uninstallation", "", tile, values);
    tileText(source, "support", TILE_DEFAULT_SUPPORT, tile, values);
    tileText(source, "changelog", TILE_DEFAULT_CHANGELOG, tile, values);
    tileText(source, "description", "", tile, values);
    tileText(source, "title", "", tile, values);
    JsonNode media = source.at(ManifestPointers.TILE_MEDIA);
    if (media.isArray() && !media.isEmpty() && allMatch(media, ManifestImport::isMedia)) {
      for (JsonNode item : media) {
        tile.add("media", "$L", media(item));
      }
      values.add(new Declared(ManifestPointers.TILE_MEDIA, media));
    }
    JsonNode tags = source.at(ManifestPointers.TILE_CLASSIFIER_TAGS);
    if (isStrings(tags) && !tags.isEmpty()) {
      tags.forEach(tag -> tile.add("classifierTags", "$S", tag.textValue()));
      values.add(new Declared(ManifestPointers.TILE_CLASSIFIER_TAGS, tags));
    }
    JsonNode resources = source.at(ManifestPointers.TILE_RESOURCES);
    if (resources.isArray()
        && !resources.isEmpty()
        && allMatch(resources, ManifestImport::isResource)) {
      for (JsonNode item : resources) {
        tile.add(
            "resources",
            "$L",
            new AnnotationBlock(AnnotationTypes.RESOURCE)
                .add(
                    "type",
                    "$T.$L",
                    AnnotationTypes.RESOURCE_TYPE,
                    item.get("resource_type").textValue().toUpperCase(Locale.ROOT))
                .add("url", "$S", item.get("url").textValue())
                .block(true));
      }
      values.add(new Declared(ManifestPointers.TILE_RESOURCES, resources));
    }
    declared.addAll(values);
    return values.isEmpty() ? Optional.empty() : Optional.of(tile.block(false));
  }

  private static void tileText(
      Manifest source,
      String key,
      String defaultValue,
      AnnotationBlock tile,
      List<Declared> values) {
    String pointer = ManifestPointers.child(ManifestPointers.TILE, key);
    JsonNode value = source.at(pointer);
    // A value equal to the attribute's default stays in the base: the attribute says nothing.
    if (value.isTextual()
        && !value.textValue().isEmpty()
        && !value.textValue().equals(defaultValue)) {
      tile.add(key, "$S", value.textValue());
      values.add(new Declared(pointer, value));
    }
  }

  private static CodeBlock media(JsonNode item) {
    AnnotationBlock media = new AnnotationBlock(AnnotationTypes.MEDIA);
    if (item.get("media_type").textValue().equals("video")) {
      media.add("type", "$T.VIDEO", AnnotationTypes.MEDIA_TYPE);
    }
    media
        .add("caption", "$S", item.get("caption").textValue())
        .add("imageUrl", "$S", item.get("image_url").textValue());
    if (item.has("vimeo_id")) {
      media.add("vimeoId", "$LL", item.get("vimeo_id").longValue());
    }
    return media.block(true);
  }

  /** A media item the annotation writes back as it is: its keys in order, of the right types. */
  private static boolean isMedia(JsonNode item) {
    List<String> keys = keys(item);
    boolean vimeo = keys.equals(List.of("media_type", "caption", "image_url", "vimeo_id"));
    if (!vimeo && !keys.equals(List.of("media_type", "caption", "image_url"))) {
      return false;
    }
    return MEDIA_TYPES.contains(item.get("media_type").asText(""))
        && item.get("media_type").isTextual()
        && item.get("caption").isTextual()
        && item.get("image_url").isTextual()
        && (!vimeo
            || item.get("vimeo_id").isIntegralNumber()
                && item.get("vimeo_id").canConvertToLong()
                && item.get("vimeo_id").longValue() != 0);
  }

  private static boolean isResource(JsonNode item) {
    return keys(item).equals(List.of("resource_type", "url"))
        && item.get("resource_type").isTextual()
        && RESOURCE_TYPES.contains(item.get("resource_type").textValue())
        && item.get("url").isTextual();
  }

  private static Optional<CodeBlock> author(Manifest source, List<Declared> declared) {
    AnnotationBlock author =
        new AnnotationBlock(
            AnnotationTypes.AUTHOR, "name", "homepage", "supportEmail", "salesEmail", "vendorId");
    int before = declared.size();
    authorText(source, "support_email", "supportEmail", author, declared);
    authorText(source, "homepage", "homepage", author, declared);
    authorText(source, "sales_email", "salesEmail", author, declared);
    authorText(source, "name", "name", author, declared);
    authorText(source, "vendor_id", "vendorId", author, declared);
    return declared.size() == before ? Optional.empty() : Optional.of(author.block(false));
  }

  private static void authorText(
      Manifest source,
      String key,
      String attribute,
      AnnotationBlock author,
      List<Declared> declared) {
    JsonNode value = source.at(ManifestPointers.child(ManifestPointers.AUTHOR, key));
    if (value.isTextual() && !value.textValue().isEmpty()) {
      author.add(attribute, "$S", value.textValue());
      declared.add(new Declared(ManifestPointers.child(ManifestPointers.AUTHOR, key), value));
    }
  }

  private static void text(
      Manifest source,
      String pointer,
      AnnotationSpec.Builder annotation,
      String attribute,
      List<Declared> declared) {
    JsonNode value = source.at(pointer);
    if (value.isTextual() && !value.textValue().isEmpty()) {
      annotation.addMember(attribute, "$S", value.textValue());
      declared.add(new Declared(pointer, value));
    }
  }

  private static void flag(
      Manifest source,
      String pointer,
      AnnotationSpec.Builder annotation,
      String attribute,
      List<Declared> declared) {
    JsonNode value = source.at(pointer);
    if (value.isBoolean()) {
      annotation.addMember(
          attribute, "$T.$L", AnnotationTypes.OPT_BOOLEAN, value.booleanValue() ? "TRUE" : "FALSE");
      declared.add(new Declared(pointer, value));
    }
  }

  private static void strings(
      Manifest source,
      String pointer,
      AnnotationSpec.Builder annotation,
      String attribute,
      List<Declared> declared) {
    JsonNode value = source.at(pointer);
    if (isStrings(value) && !value.isEmpty()) {
      List<CodeBlock> items = new ArrayList<>();
      value.forEach(item -> items.add(CodeBlock.of("$S", item.textValue())));
      annotation.addMember(attribute, AnnotationBlock.value(items, false));
      declared.add(new Declared(pointer, value));
    }
  }

  private static boolean isStrings(JsonNode value) {
    return value.isArray() && allMatch(value, JsonNode::isTextual);
  }

  private static boolean allMatch(
      JsonNode array, java.util.function.Predicate<JsonNode> condition) {
    for (JsonNode item : array) {
      if (!condition.test(item)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> keys(JsonNode item) {
    List<String> keys = new ArrayList<>();
    if (item.isObject()) {
      for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
        keys.add(names.next());
      }
    }
    return keys;
  }
}
