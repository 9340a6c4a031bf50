package io.github.ddassets.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.manifest.AssetFolder;
import io.github.ddassets.core.manifest.AssetPath;
import io.github.ddassets.core.manifest.FileState;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestPointers;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The media gallery ({@code tile.media}), as ddev's legacy v2 validator checks it: at most 8 items,
 * each an image or a video with a Vimeo id, at most one video, PNG or JPEG images of at most
 * 1,000,000 bytes that exist in the integration folder, captions of at most 300 characters.
 */
final class ManifestMediaRules {

  private static final int MAX_ITEMS = 8;
  private static final int MAX_CAPTION = 300;
  private static final long MAX_BYTES = 1_000_000;

  private ManifestMediaRules() {}

  static void check(Manifest manifest, AssetFolder folder, List<Finding> findings) {
    JsonNode media = manifest.at(ManifestPointers.TILE_MEDIA);
    if (!media.isArray()) {
      return;
    }
    if (media.size() > MAX_ITEMS) {
      findings.add(
          Rule.MANIFEST_MEDIA_TOO_MANY.at(
              manifest.origin(ManifestPointers.TILE_MEDIA), media.size()));
    }
    int videos = 0;
    for (int i = 0; i < media.size(); i++) {
      String item = ManifestPointers.item(ManifestPointers.TILE_MEDIA, i);
      if (!media.get(i).isObject()) {
        continue;
      }
      videos += type(manifest, item, videos, findings) ? 1 : 0;
      caption(manifest, item, findings);
      image(manifest, item, folder, findings);
    }
  }

  /** Checks the media type; returns whether the item is a video. */
  private static boolean type(Manifest manifest, String item, int videosBefore, List<Finding> f) {
    String typePointer = ManifestPointers.child(item, "media_type");
    Optional<String> type = manifest.text(typePointer);
    if (type.isEmpty()) {
      return false; // missing or not a string: the shape rules report it
    }
    if (type.get().equals("image")) {
      return false;
    }
    if (!type.get().equals("video")) {
      f.add(
          Rule.MANIFEST_MEDIA_INVALID.at(
              manifest.origin(typePointer),
              "media_type `" + type.get() + "` should be `image` or `video`"));
      return false;
    }
    String vimeo = ManifestPointers.child(item, "vimeo_id");
    if (!manifest.at(vimeo).isIntegralNumber()) {
      f.add(
          Rule.MANIFEST_MEDIA_INVALID.at(
              manifest.origin(vimeo), "a video needs an integer vimeo_id"));
    }
    if (videosBefore >= 1) {
      f.add(
          Rule.MANIFEST_MEDIA_INVALID.at(
              manifest.origin(typePointer), "tile.media may hold one video only"));
    }
    return true;
  }

  private static void caption(Manifest manifest, String item, List<Finding> findings) {
    String pointer = ManifestPointers.child(item, "caption");
    manifest
        .text(pointer)
        .map(Text::length)
        .filter(length -> length > MAX_CAPTION)
        .ifPresent(
            length ->
                findings.add(
                    Rule.MANIFEST_MEDIA_CAPTION_TOO_LONG.at(manifest.origin(pointer), length)));
  }

  private static void image(
      Manifest manifest, String item, AssetFolder folder, List<Finding> findings) {
    String pointer = ManifestPointers.child(item, "image_url");
    Optional<String> url = manifest.text(pointer);
    if (url.isEmpty()) {
      return;
    }
    String lower = url.get().toLowerCase(Locale.ROOT);
    if (!lower.contains(".png") && !lower.contains(".jpg")) {
      findings.add(Rule.MANIFEST_MEDIA_FORMAT.at(manifest.origin(pointer), url.get()));
    }
    FileState state = folder.state(AssetPath.MEDIA, url.get());
    if (state.status() == FileState.Status.MISSING) {
      findings.add(
          Rule.MANIFEST_MEDIA_FILE.at(
              manifest.origin(pointer), url.get(), "names a file that does not exist"));
    } else if (state.status() == FileState.Status.PRESENT && state.size() > MAX_BYTES) {
      findings.add(
          Rule.MANIFEST_MEDIA_FILE.at(
              manifest.origin(pointer),
              url.get(),
              "names a file of "
                  + String.format(Locale.ROOT, "%,d", state.size())
                  + " bytes: images may have 1,000,000 bytes at most"));
    }
  }
}
