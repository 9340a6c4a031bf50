package io.github.ddassets.cli.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.CodeBlock;
import io.github.ddassets.core.declare.Vocabulary.Media;
import io.github.ddassets.core.declare.Vocabulary.Resource;
import io.github.ddassets.core.declare.Vocabulary.Tile;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code @Tile} of an imported manifest: the tile's texts that differ from the attributes'
 * defaults, its classifier tags, and its media and resources when each item is one the annotation
 * writes back as it is.
 */
final class TileAnnotation {

  private static final String DEFAULT_OVERVIEW = "README.md#Overview";
  private static final String DEFAULT_CONFIGURATION = "README.md#Setup";
  private static final String DEFAULT_SUPPORT = "README.md#Support";
  private static final String DEFAULT_CHANGELOG = "CHANGELOG.md";
  private static final Set<String> MEDIA_TYPES = Set.of("image", "video");
  private static final Set<String> RESOURCE_TYPES = Set.of("blog", "documentation", "faq", "other");

  private TileAnnotation() {}

  /**
   * The annotation, if the tile has anything it can declare.
   *
   * @param source the manifest
   * @param declared receives the values the annotation declares, in the processor's order
   */
  static Optional<CodeBlock> of(Manifest source, List<DeclaredValue> declared) {
    // Written in reading order; the values list follows the processor's, which sets key order.
    AnnotationBlock tile =
        new AnnotationBlock(
            AnnotationTypes.TILE,
            Tile.TITLE,
            Tile.DESCRIPTION,
            Tile.OVERVIEW,
            Tile.CONFIGURATION,
            Tile.SUPPORT,
            Tile.UNINSTALLATION,
            Tile.CHANGELOG,
            Tile.CLASSIFIER_TAGS,
            Tile.MEDIA,
            Tile.RESOURCES);
    List<DeclaredValue> values = new ArrayList<>();
    tileText(source, "overview", Tile.OVERVIEW, DEFAULT_OVERVIEW, tile, values);
    tileText(source, "configuration", Tile.CONFIGURATION, DEFAULT_CONFIGURATION, tile, values);
    tileText(source, "uninstallation", Tile.UNINSTALLATION, "", tile, values);
    tileText(source, "support", Tile.SUPPORT, DEFAULT_SUPPORT, tile, values);
    tileText(source, "changelog", Tile.CHANGELOG, DEFAULT_CHANGELOG, tile, values);
    tileText(source, "description", Tile.DESCRIPTION, "", tile, values);
    tileText(source, "title", Tile.TITLE, "", tile, values);
    JsonNode media = source.at(ManifestPointers.TILE_MEDIA);
    if (media.isArray()
        && !media.isEmpty()
        && JsonValues.allMatch(media, TileAnnotation::isMedia)) {
      for (JsonNode item : media) {
        tile.add(Tile.MEDIA, "$L", media(item));
      }
      values.add(new DeclaredValue(ManifestPointers.TILE_MEDIA, media));
    }
    JsonNode tags = source.at(ManifestPointers.TILE_CLASSIFIER_TAGS);
    if (JsonValues.isStrings(tags) && !tags.isEmpty()) {
      tags.forEach(tag -> tile.add(Tile.CLASSIFIER_TAGS, "$S", tag.textValue()));
      values.add(new DeclaredValue(ManifestPointers.TILE_CLASSIFIER_TAGS, tags));
    }
    JsonNode resources = source.at(ManifestPointers.TILE_RESOURCES);
    if (resources.isArray()
        && !resources.isEmpty()
        && JsonValues.allMatch(resources, TileAnnotation::isResource)) {
      for (JsonNode item : resources) {
        tile.add(
            Tile.RESOURCES,
            "$L",
            new AnnotationBlock(AnnotationTypes.RESOURCE)
                .add(
                    Resource.TYPE,
                    "$T.$L",
                    AnnotationTypes.RESOURCE_TYPE,
                    item.get("resource_type").textValue().toUpperCase(Locale.ROOT))
                .add(Resource.URL, "$S", item.get("url").textValue())
                .block(true));
      }
      values.add(new DeclaredValue(ManifestPointers.TILE_RESOURCES, resources));
    }
    declared.addAll(values);
    return values.isEmpty() ? Optional.empty() : Optional.of(tile.block(false));
  }

  private static void tileText(
      Manifest source,
      String key,
      String attribute,
      String defaultValue,
      AnnotationBlock tile,
      List<DeclaredValue> values) {
    String pointer = ManifestPointers.child(ManifestPointers.TILE, key);
    JsonNode value = source.at(pointer);
    // A value equal to the attribute's default stays in the base: the attribute says nothing.
    if (value.isTextual()
        && !value.textValue().isEmpty()
        && !value.textValue().equals(defaultValue)) {
      tile.add(attribute, "$S", value.textValue());
      values.add(new DeclaredValue(pointer, value));
    }
  }

  private static CodeBlock media(JsonNode item) {
    AnnotationBlock media = new AnnotationBlock(AnnotationTypes.MEDIA);
    if (item.get("media_type").textValue().equals("video")) {
      media.add(Media.TYPE, "$T.VIDEO", AnnotationTypes.MEDIA_TYPE);
    }
    media
        .add(Media.CAPTION, "$S", item.get("caption").textValue())
        .add(Media.IMAGE_URL, "$S", item.get("image_url").textValue());
    if (item.has("vimeo_id")) {
      media.add(Media.VIMEO_ID, "$LL", item.get("vimeo_id").longValue());
    }
    return media.block(true);
  }

  /** A media item the annotation writes back as it is: its keys in order, of the right types. */
  private static boolean isMedia(JsonNode item) {
    List<String> keys = JsonValues.keys(item);
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
    return JsonValues.keys(item).equals(List.of("resource_type", "url"))
        && item.get("resource_type").isTextual()
        && RESOURCE_TYPES.contains(item.get("resource_type").textValue())
        && item.get("url").isTextual();
  }
}
