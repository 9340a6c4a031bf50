package io.github.ddassets.processor;

import static io.github.ddassets.processor.ManifestDeclarationReader.strings;
import static io.github.ddassets.processor.ManifestDeclarationReader.value;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.declare.Vocabulary.Listing;
import io.github.ddassets.core.declare.Vocabulary.Media;
import io.github.ddassets.core.declare.Vocabulary.Resource;
import io.github.ddassets.core.declare.Vocabulary.Tile;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.model.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reads the {@code @Tile} of a listing (its texts, classifier tags, {@code @Media} and
 * {@code @Resource} items) into manifest values, each pointing at the attribute that declares it.
 */
final class TileReader {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The texts of @Tile, in the order they are declared: each attribute and its manifest key. */
  private static final List<String[]> TILE_TEXTS =
      List.of(
          new String[] {Tile.OVERVIEW, "overview"},
          new String[] {Tile.CONFIGURATION, "configuration"},
          new String[] {Tile.UNINSTALLATION, "uninstallation"},
          new String[] {Tile.SUPPORT, "support"},
          new String[] {Tile.CHANGELOG, "changelog"},
          new String[] {Tile.DESCRIPTION, "description"},
          new String[] {Tile.TITLE, "title"});

  private final Mirrors mirrors;

  TileReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /**
   * Adds the tile's values: those the source sets to {@code values}, the defaults written without a
   * base manifest to {@code defaults}.
   *
   * @param type the {@code @Integration} class
   * @param listing the values of its {@code @Listing} (its defaults when it has none)
   * @param origin the {@code @Listing} (the {@code @Integration} when it has none)
   */
  void read(
      TypeElement type,
      AnnotationValues listing,
      ElementOrigin origin,
      List<ManifestDeclaration.Value> values,
      List<ManifestDeclaration.Value> defaults) {
    boolean explicit = listing.isSet(Listing.TILE);
    AnnotationMirror mirror = listing.annotations(Listing.TILE).get(0);
    AnnotationValues tile = mirrors.read(mirror);
    // A tile left out has no position of its own: its defaults point at the listing.
    ElementOrigin tileOrigin = explicit ? ElementOrigin.of(type, mirror) : origin;
    for (String[] text : TILE_TEXTS) {
      String pointer = ManifestPointers.child(ManifestPointers.TILE, text[1]);
      Origin at = explicit ? tileOrigin.attribute(text[0]) : origin.attribute(Listing.TILE);
      ManifestDeclaration.Value value =
          value(pointer, JSON.textNode(tile.string(text[0])), at, label(text[0]));
      if (explicit && tile.isSet(text[0])) {
        values.add(value);
      } else if (!tile.string(text[0]).isEmpty()) {
        defaults.add(value);
      }
    }
    ManifestDeclaration.Value media = media(type, tile, tileOrigin, explicit);
    ManifestDeclaration.Value tags =
        strings(
            ManifestPointers.TILE_CLASSIFIER_TAGS,
            tile.list(Tile.CLASSIFIER_TAGS),
            explicit ? tileOrigin.attribute(Tile.CLASSIFIER_TAGS) : origin.attribute(Listing.TILE),
            label(Tile.CLASSIFIER_TAGS));
    ManifestDeclaration.Value resources = resources(type, tile, tileOrigin, explicit);
    (explicit && tile.isSet(Tile.MEDIA) ? values : defaults).add(media);
    (explicit && tile.isSet(Tile.CLASSIFIER_TAGS) ? values : defaults).add(tags);
    if (explicit && tile.isSet(Tile.RESOURCES)) {
      values.add(resources);
    } else if (!resources.value().isEmpty()) {
      defaults.add(resources);
    }
  }

  private ManifestDeclaration.Value media(
      TypeElement type, AnnotationValues tile, ElementOrigin tileOrigin, boolean explicit) {
    ArrayNode items = JSON.arrayNode();
    Map<String, Origin> origins = new HashMap<>();
    origins.put(
        ManifestPointers.TILE_MEDIA, explicit ? tileOrigin.attribute(Tile.MEDIA) : tileOrigin);
    List<AnnotationMirror> mirrorsOfMedia = tile.annotations(Tile.MEDIA);
    for (int i = 0; i < mirrorsOfMedia.size(); i++) {
      AnnotationMirror mirror = mirrorsOfMedia.get(i);
      AnnotationValues media = mirrors.read(mirror);
      ElementOrigin at = ElementOrigin.of(type, mirror);
      String item = ManifestPointers.item(ManifestPointers.TILE_MEDIA, i);
      ObjectNode node = JSON.objectNode();
      node.put("media_type", media.enumConstant(Media.TYPE).toLowerCase(Locale.ROOT));
      node.put("caption", media.string(Media.CAPTION));
      node.put("image_url", media.string(Media.IMAGE_URL));
      origins.put(item, at);
      origins.put(ManifestPointers.child(item, "media_type"), at.attribute(Media.TYPE));
      origins.put(ManifestPointers.child(item, "caption"), at.attribute(Media.CAPTION));
      origins.put(ManifestPointers.child(item, "image_url"), at.attribute(Media.IMAGE_URL));
      long vimeo = media.longInteger(Media.VIMEO_ID);
      if (vimeo != 0) {
        node.put("vimeo_id", vimeo);
      }
      origins.put(ManifestPointers.child(item, "vimeo_id"), at.attribute(Media.VIMEO_ID));
      items.add(node);
    }
    return new ManifestDeclaration.Value(
        ManifestPointers.TILE_MEDIA, items, origins, label(Tile.MEDIA));
  }

  private ManifestDeclaration.Value resources(
      TypeElement type, AnnotationValues tile, ElementOrigin tileOrigin, boolean explicit) {
    ArrayNode items = JSON.arrayNode();
    Map<String, Origin> origins = new HashMap<>();
    origins.put(
        ManifestPointers.TILE_RESOURCES,
        explicit ? tileOrigin.attribute(Tile.RESOURCES) : tileOrigin);
    List<AnnotationMirror> mirrorsOfResources = tile.annotations(Tile.RESOURCES);
    for (int i = 0; i < mirrorsOfResources.size(); i++) {
      AnnotationMirror mirror = mirrorsOfResources.get(i);
      AnnotationValues resource = mirrors.read(mirror);
      ElementOrigin at = ElementOrigin.of(type, mirror);
      String item = ManifestPointers.item(ManifestPointers.TILE_RESOURCES, i);
      ObjectNode node = JSON.objectNode();
      node.put("resource_type", resource.enumConstant(Resource.TYPE).toLowerCase(Locale.ROOT));
      node.put("url", resource.string(Resource.URL));
      origins.put(item, at);
      origins.put(ManifestPointers.child(item, "resource_type"), at.attribute(Resource.TYPE));
      origins.put(ManifestPointers.child(item, "url"), at.attribute(Resource.URL));
      items.add(node);
    }
    return new ManifestDeclaration.Value(
        ManifestPointers.TILE_RESOURCES, items, origins, label(Tile.RESOURCES));
  }

  /** How messages name an attribute of {@code @Tile}. */
  private static String label(String attribute) {
    return "@Tile(" + attribute + ")";
  }
}
