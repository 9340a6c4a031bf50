package io.github.ddassets.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads the manifest attributes of {@code @Integration} ({@code @Tile}, {@code @Author} and their
 * parts) and {@code @OAuth} into a {@link ManifestDeclaration}, each value pointing at the
 * attribute that declares it.
 */
final class ManifestDeclarationReader {

  static final String OAUTH = "io.github.ddassets.annotations.OAuth";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The attributes of @Integration that declare a manifest (name, displayName... do not). */
  private static final List<String> MANIFEST_ATTRIBUTES =
      List.of(
          "kind",
          "manifest",
          "appId",
          "appUuid",
          "owner",
          "displayOnPublicWebsite",
          "sourceTypeId",
          "autoInstall",
          "createsEvents",
          "processSignatures",
          "logsSource",
          "tile",
          "author");

  /** The attributes that set a value of assets.integration. */
  private static final List<String> INTEGRATION_ATTRIBUTES =
      List.of("sourceTypeId", "autoInstall", "createsEvents", "processSignatures");

  private static final List<String[]> TILE_TEXTS =
      List.of(
          new String[] {"overview", "overview"},
          new String[] {"configuration", "configuration"},
          new String[] {"uninstallation", "uninstallation"},
          new String[] {"support", "support"},
          new String[] {"changelog", "changelog"},
          new String[] {"description", "description"},
          new String[] {"title", "title"});

  private static final List<String[]> AUTHOR_TEXTS =
      List.of(
          new String[] {"supportEmail", "support_email"},
          new String[] {"homepage", "homepage"},
          new String[] {"salesEmail", "sales_email"},
          new String[] {"name", "name"},
          new String[] {"vendorId", "vendor_id"});

  private final Mirrors mirrors;

  ManifestDeclarationReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  ManifestDeclaration read(
      TypeElement type, AnnotationMirror integration, Optional<AnnotationMirror> oauth) {
    AnnotationValues values = mirrors.read(integration);
    ElementOrigin origin = ElementOrigin.of(type, integration);
    boolean api = values.enumConstant("kind").equals("API");
    Declared declared = new Declared();

    declared.defaults.add(text(ManifestPointers.MANIFEST_VERSION, "2.0.0", origin, "@Integration"));
    String name = values.string("name");
    declared.defaults.add(
        text(ManifestPointers.APP_ID, appId(name), origin.attribute("name"), "@Integration(name)"));
    for (String attribute : List.of("appId", "appUuid", "owner")) {
      if (values.isSet(attribute)) {
        declared.values.add(
            text(pointer(attribute), values.string(attribute), origin, attribute, "@Integration"));
      }
    }
    flag(
        values,
        origin,
        "displayOnPublicWebsite",
        ManifestPointers.DISPLAY_ON_PUBLIC_WEBSITE,
        false,
        declared);
    if (values.isSet("sourceTypeId") && sourceTypeId(values) != 0) {
      long id = sourceTypeId(values);
      declared.values.add(
          value(
              ManifestPointers.INTEGRATION + "/source_type_id",
              id == (int) id ? JSON.numberNode((int) id) : JSON.numberNode(id),
              origin.attribute("sourceTypeId"),
              "@Integration(sourceTypeId)"));
    }
    flag(values, origin, "autoInstall", ManifestPointers.AUTO_INSTALL, !api, declared);
    flag(values, origin, "createsEvents", ManifestPointers.CREATES_EVENTS, false, declared);
    if (values.isSet("processSignatures")) {
      declared.values.add(
          strings(
              ManifestPointers.INTEGRATION + "/process_signatures",
              values.list("processSignatures"),
              origin.attribute("processSignatures"),
              "@Integration(processSignatures)"));
    }
    if (values.isSet("logsSource")) {
      declared.values.add(
          text(
              ManifestPointers.LOGS_SOURCE,
              values.string("logsSource"),
              origin,
              "logsSource",
              "@Integration"));
    }
    tile(type, values, origin, declared);
    author(type, values, declared);
    Optional<Origin> oauthOrigin = oauth.map(mirror -> oauth(type, mirror, declared));
    boolean declaresManifest =
        oauth.isPresent() || MANIFEST_ATTRIBUTES.stream().anyMatch(values::isSet);
    boolean integrationKeys = INTEGRATION_ATTRIBUTES.stream().anyMatch(values::isSet);
    return new ManifestDeclaration(
        origin,
        api,
        values.string("manifest"),
        declaresManifest,
        integrationKeys,
        values.bool("emptyServiceChecks"),
        declared.values,
        declared.defaults,
        oauthOrigin);
  }

  private void tile(
      TypeElement type, AnnotationValues integration, ElementOrigin origin, Declared declared) {
    boolean explicit = integration.isSet("tile");
    AnnotationMirror mirror = integration.annotations("tile").get(0);
    AnnotationValues tile = mirrors.read(mirror);
    // A tile left out has no position of its own: its defaults point at @Integration.
    ElementOrigin tileOrigin = explicit ? ElementOrigin.of(type, mirror) : origin;
    for (String[] text : TILE_TEXTS) {
      String pointer = ManifestPointers.child(ManifestPointers.TILE, text[1]);
      Origin at = explicit ? tileOrigin.attribute(text[0]) : origin.attribute("tile");
      ManifestDeclaration.Value value =
          value(pointer, JSON.textNode(tile.string(text[0])), at, "@Tile(" + text[0] + ")");
      if (explicit && tile.isSet(text[0])) {
        declared.values.add(value);
      } else if (!tile.string(text[0]).isEmpty()) {
        declared.defaults.add(value);
      }
    }
    ManifestDeclaration.Value media = media(type, tile, tileOrigin, explicit);
    ManifestDeclaration.Value tags =
        strings(
            ManifestPointers.TILE_CLASSIFIER_TAGS,
            tile.list("classifierTags"),
            explicit ? tileOrigin.attribute("classifierTags") : origin.attribute("tile"),
            "@Tile(classifierTags)");
    ManifestDeclaration.Value resources = resources(type, tile, tileOrigin, explicit);
    (explicit && tile.isSet("media") ? declared.values : declared.defaults).add(media);
    (explicit && tile.isSet("classifierTags") ? declared.values : declared.defaults).add(tags);
    if (explicit && tile.isSet("resources")) {
      declared.values.add(resources);
    } else if (!resources.value().isEmpty()) {
      declared.defaults.add(resources);
    }
  }

  private ManifestDeclaration.Value media(
      TypeElement type, AnnotationValues tile, ElementOrigin tileOrigin, boolean explicit) {
    ArrayNode items = JSON.arrayNode();
    Map<String, Origin> origins = new HashMap<>();
    origins.put(ManifestPointers.TILE_MEDIA, explicit ? tileOrigin.attribute("media") : tileOrigin);
    List<AnnotationMirror> mirrorsOfMedia = tile.annotations("media");
    for (int i = 0; i < mirrorsOfMedia.size(); i++) {
      AnnotationMirror mirror = mirrorsOfMedia.get(i);
      AnnotationValues media = mirrors.read(mirror);
      ElementOrigin at = ElementOrigin.of(type, mirror);
      String item = ManifestPointers.item(ManifestPointers.TILE_MEDIA, i);
      ObjectNode node = JSON.objectNode();
      node.put("media_type", media.enumConstant("type").toLowerCase(Locale.ROOT));
      node.put("caption", media.string("caption"));
      node.put("image_url", media.string("imageUrl"));
      origins.put(item, at);
      origins.put(ManifestPointers.child(item, "media_type"), at.attribute("type"));
      origins.put(ManifestPointers.child(item, "caption"), at.attribute("caption"));
      origins.put(ManifestPointers.child(item, "image_url"), at.attribute("imageUrl"));
      long vimeo = media.longInteger("vimeoId");
      if (vimeo != 0) {
        node.put("vimeo_id", vimeo);
      }
      origins.put(ManifestPointers.child(item, "vimeo_id"), at.attribute("vimeoId"));
      items.add(node);
    }
    return new ManifestDeclaration.Value(
        ManifestPointers.TILE_MEDIA, items, origins, "@Tile(media)");
  }

  private ManifestDeclaration.Value resources(
      TypeElement type, AnnotationValues tile, ElementOrigin tileOrigin, boolean explicit) {
    ArrayNode items = JSON.arrayNode();
    Map<String, Origin> origins = new HashMap<>();
    origins.put(
        ManifestPointers.TILE_RESOURCES, explicit ? tileOrigin.attribute("resources") : tileOrigin);
    List<AnnotationMirror> mirrorsOfResources = tile.annotations("resources");
    for (int i = 0; i < mirrorsOfResources.size(); i++) {
      AnnotationMirror mirror = mirrorsOfResources.get(i);
      AnnotationValues resource = mirrors.read(mirror);
      ElementOrigin at = ElementOrigin.of(type, mirror);
      String item = ManifestPointers.item(ManifestPointers.TILE_RESOURCES, i);
      ObjectNode node = JSON.objectNode();
      node.put("resource_type", resource.enumConstant("type").toLowerCase(Locale.ROOT));
      node.put("url", resource.string("url"));
      origins.put(item, at);
      origins.put(ManifestPointers.child(item, "resource_type"), at.attribute("type"));
      origins.put(ManifestPointers.child(item, "url"), at.attribute("url"));
      items.add(node);
    }
    return new ManifestDeclaration.Value(
        ManifestPointers.TILE_RESOURCES, items, origins, "@Tile(resources)");
  }

  private void author(TypeElement type, AnnotationValues integration, Declared declared) {
    if (!integration.isSet("author")) {
      return;
    }
    AnnotationMirror mirror = integration.annotations("author").get(0);
    AnnotationValues author = mirrors.read(mirror);
    ElementOrigin origin = ElementOrigin.of(type, mirror);
    for (String[] text : AUTHOR_TEXTS) {
      if (author.isSet(text[0])) {
        declared.values.add(
            text(
                ManifestPointers.child(ManifestPointers.AUTHOR, text[1]),
                author.string(text[0]),
                origin,
                text[0],
                "@Author"));
      }
    }
  }

  private Origin oauth(TypeElement type, AnnotationMirror mirror, Declared declared) {
    AnnotationValues oauth = mirrors.read(mirror);
    ElementOrigin origin = ElementOrigin.of(type, mirror);
    declared.values.add(
        strings(
            ManifestPointers.OAUTH_SCOPES,
            oauth.list("scopes"),
            origin.attribute("scopes"),
            "@OAuth(scopes)"));
    return origin;
  }

  /** An OptBoolean attribute: its value when set, else a default written without a base. */
  private static void flag(
      AnnotationValues values,
      ElementOrigin origin,
      String attribute,
      String pointer,
      boolean fallback,
      Declared declared) {
    String flag = values.enumConstant(attribute);
    String label = "@Integration(" + attribute + ")";
    if (flag.equals("DEFAULT")) {
      declared.defaults.add(value(pointer, JSON.booleanNode(fallback), origin, label));
    } else {
      declared.values.add(
          value(
              pointer, JSON.booleanNode(flag.equals("TRUE")), origin.attribute(attribute), label));
    }
  }

  private static long sourceTypeId(AnnotationValues values) {
    return values.longInteger("sourceTypeId");
  }

  /** The app_id of a name: lower case, words joined by `-`. */
  static String appId(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-').replace('.', '-');
  }

  private static String pointer(String attribute) {
    return switch (attribute) {
      case "appId" -> ManifestPointers.APP_ID;
      case "appUuid" -> ManifestPointers.APP_UUID;
      default -> ManifestPointers.OWNER;
    };
  }

  private static ManifestDeclaration.Value text(
      String pointer, String text, ElementOrigin annotation, String attribute, String label) {
    return value(
        pointer,
        JSON.textNode(text),
        annotation.attribute(attribute),
        label + "(" + attribute + ")");
  }

  private static ManifestDeclaration.Value text(
      String pointer, String text, Origin origin, String label) {
    return value(pointer, JSON.textNode(text), origin, label);
  }

  private static ManifestDeclaration.Value value(
      String pointer, JsonNode value, Origin origin, String label) {
    return new ManifestDeclaration.Value(pointer, value, Map.of(pointer, origin), label);
  }

  /** A list of strings, each item pointing at its place in the array attribute. */
  private static ManifestDeclaration.Value strings(
      String pointer, List<String> items, ElementOrigin origin, String label) {
    ArrayNode array = JSON.arrayNode();
    Map<String, Origin> origins = new HashMap<>();
    origins.put(pointer, origin);
    for (int i = 0; i < items.size(); i++) {
      array.add(items.get(i));
      origins.put(ManifestPointers.item(pointer, i), origin.item(i));
    }
    return new ManifestDeclaration.Value(pointer, array, origins, label);
  }

  /** The values read so far. */
  private static final class Declared {
    final List<ManifestDeclaration.Value> values = new ArrayList<>();
    final List<ManifestDeclaration.Value> defaults = new ArrayList<>();
  }
}
