package io.github.ddassets.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ddassets.core.manifest.CanonicalKeyOrder;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFormat;

/**
 * Renders {@code manifest.json} as Python's {@code json.dumps(manifest, indent=2)} writes it (the
 * layout of 218 of the 233 manifests of integrations-extras), in the key order and with the final
 * newline and escaping a {@link ManifestFormat} asks for. The output depends only on the tree and
 * the format.
 */
public final class ManifestRenderer {

  private static final int INDENT = 2;

  private ManifestRenderer() {}

  /** The text of a manifest tree in the given format. */
  public static String render(JsonNode manifest, ManifestFormat format) {
    JsonNode ordered =
        format.keyOrder() == ManifestFormat.KeyOrder.CANONICAL
            ? CanonicalKeyOrder.sorted(manifest)
            : manifest;
    String text = PythonJson.dumps(ordered, INDENT, format.escapeNonAscii());
    return format.trailingNewline() ? text + "\n" : text;
  }

  /** The text of a manifest in its own format: a manifest read from a file keeps its layout. */
  public static String render(Manifest manifest) {
    return render(manifest.root(), manifest.format());
  }
}
