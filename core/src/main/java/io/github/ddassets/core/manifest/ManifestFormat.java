package io.github.ddassets.core.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * How a manifest's JSON text is laid out beyond its content. Every manifest is written as Python's
 * {@code json.dumps(manifest, indent=2)} writes it (2-space indentation, {@code ": "} after keys,
 * {@code []} and {@code {}} for empty containers); the format adds the key order, the final newline
 * and whether non-ASCII characters are escaped.
 *
 * @param keyOrder the order of the keys of each object
 * @param trailingNewline whether the text ends with a line break (196 of 262 manifests of
 *     integrations-extras do not)
 * @param escapeNonAscii whether characters outside ASCII are written as {@code \\uXXXX}, as {@code
 *     json.dumps} does by default ({@code ensure_ascii=True}); most manifests keep them as they are
 */
public record ManifestFormat(KeyOrder keyOrder, boolean trailingNewline, boolean escapeNonAscii) {

  /** The order of an object's keys. */
  public enum KeyOrder {
    /**
     * Known keys in the order real manifests use ({@link CanonicalKeyOrder}); other keys after
     * them, in the order they were given.
     */
    CANONICAL,
    /** The keys in the order the tree holds them (a base manifest keeps its own order). */
    AS_GIVEN
  }

  /**
   * The format of a manifest generated without a base file: canonical key order, no final newline,
   * non-ASCII characters as they are.
   */
  public static final ManifestFormat CANONICAL =
      new ManifestFormat(KeyOrder.CANONICAL, false, false);

  public ManifestFormat {
    Objects.requireNonNull(keyOrder, "keyOrder");
  }

  /**
   * The format a manifest text was written in, so that writing its tree again gives the same bytes
   * when it was written in the {@code json.dumps} layout: the key order of the tree, a final
   * newline when the text has one, and escaped non-ASCII characters when the text is pure ASCII
   * although its values hold non-ASCII characters.
   *
   * @param text the manifest's text
   * @param root the tree parsed from it
   */
  public static ManifestFormat of(String text, JsonNode root) {
    boolean asciiText = text.chars().allMatch(c -> c < 0x80);
    return new ManifestFormat(
        KeyOrder.AS_GIVEN, text.endsWith("\n"), asciiText && holdsNonAscii(root));
  }

  /** This format with or without a final newline. */
  public ManifestFormat withTrailingNewline(boolean newline) {
    return new ManifestFormat(keyOrder, newline, escapeNonAscii);
  }

  /** This format with another key order. */
  public ManifestFormat withKeyOrder(KeyOrder order) {
    return new ManifestFormat(order, trailingNewline, escapeNonAscii);
  }

  private static boolean holdsNonAscii(JsonNode node) {
    if (node.isTextual()) {
      return !isAscii(node.textValue());
    }
    if (node.isObject()) {
      for (var fields = node.properties().iterator(); fields.hasNext(); ) {
        var field = fields.next();
        if (!isAscii(field.getKey()) || holdsNonAscii(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    for (JsonNode item : node) {
      if (holdsNonAscii(item)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }
}
