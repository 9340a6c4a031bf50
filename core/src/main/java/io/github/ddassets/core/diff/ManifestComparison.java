package io.github.ddassets.core.diff;

import static io.github.ddassets.core.diff.Impact.ADDITIVE;
import static io.github.ddassets.core.diff.Impact.BREAKING;
import static io.github.ddassets.core.diff.Impact.NOTABLE;
import static io.github.ddassets.core.diff.Subject.MANIFEST;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.model.Origin;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares the manifests of two releases, on the keys that matter to users of the old one: the keys
 * Datadog never lets change once an integration is published, the assets users link to (dashboards,
 * monitors, saved views, by their keys), and the words of the tile.
 */
final class ManifestComparison {

  /** Keys fixed once the integration is published: a new value is a different integration. */
  static final List<String> IMMUTABLE =
      List.of(
          "/app_uuid",
          "/app_id",
          "/assets/integration/id",
          "/assets/integration/source_type_name",
          "/assets/integration/source_type_id",
          "/author/vendor_id");

  /** Keys whose change users see, but which break nothing. */
  static final List<String> VISIBLE =
      List.of(
          "/tile/title",
          "/tile/description",
          "/assets/integration/metrics/prefix",
          "/assets/integration/metrics/check");

  /** Objects whose keys name assets that users link to or install. */
  static final List<String> LINKED_ASSETS =
      List.of("/assets/dashboards", "/assets/monitors", "/assets/saved_views");

  private static final String PUBLIC = "/display_on_public_website";

  private final Manifest before;
  private final Manifest after;
  private final Changes changes;

  private ManifestComparison(Manifest before, Manifest after, Changes changes) {
    this.before = before;
    this.after = after;
    this.changes = changes;
  }

  static void compare(Manifest before, Manifest after, Changes changes) {
    ManifestComparison comparison = new ManifestComparison(before, after, changes);
    IMMUTABLE.forEach(comparison::immutable);
    VISIBLE.forEach(
        pointer ->
            changes.value(
                MANIFEST,
                pointer,
                "value",
                NOTABLE,
                text(before.at(pointer)),
                text(after.at(pointer)),
                comparison.origin(pointer)));
    LINKED_ASSETS.forEach(comparison::linkedAssets);
    comparison.publicListing();
  }

  private void immutable(String pointer) {
    String old = text(before.at(pointer));
    String now = text(after.at(pointer));
    if (old.equals(now)) {
      return;
    }
    if (old.isEmpty()) {
      changes.add(
          MANIFEST,
          pointer,
          "set",
          ADDITIVE,
          "",
          now,
          "manifest key `" + pointer + "` was set to " + Changes.shown(now),
          origin(pointer));
      return;
    }
    changes.add(
        MANIFEST,
        pointer,
        "immutable",
        BREAKING,
        old,
        now,
        "manifest key `"
            + pointer
            + "` may never change once published, but changed from "
            + Changes.shown(old)
            + " to "
            + Changes.shown(now),
        origin(pointer));
  }

  private void linkedAssets(String pointer) {
    TreeSet<String> old = keys(before.at(pointer));
    TreeSet<String> now = keys(after.at(pointer));
    for (String key : old) {
      if (!now.contains(key)) {
        changes.add(
            MANIFEST,
            pointer + "/" + key,
            "asset-removed",
            BREAKING,
            key,
            "",
            "`" + key + "` was removed from `" + pointer + "`",
            before.origin(pointer + "/" + key));
      }
    }
    for (String key : now) {
      if (!old.contains(key)) {
        changes.add(
            MANIFEST,
            pointer + "/" + key,
            "asset-added",
            ADDITIVE,
            "",
            key,
            "`" + key + "` was added to `" + pointer + "`",
            after.origin(pointer + "/" + key));
      }
    }
  }

  /** Datadog's docs: once an integration is shown on the public website, it stays there. */
  private void publicListing() {
    if (before.at(PUBLIC).asBoolean(false) && !after.at(PUBLIC).asBoolean(false)) {
      changes.add(
          MANIFEST,
          PUBLIC,
          "unpublished",
          BREAKING,
          "true",
          text(after.at(PUBLIC)),
          "`" + PUBLIC + "` was true and may not be turned off",
          origin(PUBLIC));
    }
  }

  private Origin origin(String pointer) {
    return after.has(pointer) ? after.origin(pointer) : after.origin("");
  }

  private static TreeSet<String> keys(JsonNode node) {
    TreeSet<String> keys = new TreeSet<>();
    if (node != null && node.isObject()) {
      node.fieldNames().forEachRemaining(keys::add);
    }
    return keys;
  }

  private static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "";
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
