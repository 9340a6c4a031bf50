package io.github.ddassets.core.read;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestFormat;
import io.github.ddassets.core.read.JsonDocumentReader.JsonSyntaxException;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads {@code manifest.json} into a {@link Manifest} whose origins are the file positions of its
 * values, and whose format is the one the text was written in.
 */
public final class ManifestReader {

  private ManifestReader() {}

  /** Reads a manifest file; a file that cannot be read or parsed gives one finding. */
  public static Parsed<Manifest> read(Path file, String displayPath) {
    try {
      return parse(TextFiles.readUtf8(file), displayPath);
    } catch (IOException e) {
      return Parsed.failed(
          Rule.MANIFEST_UNREADABLE.at(TextFiles.origin(e, displayPath), TextFiles.describe(e)));
    }
  }

  /** Parses a manifest text; text that is not JSON, or not an object, gives one finding. */
  public static Parsed<Manifest> parse(String text, String displayPath) {
    try {
      JsonDocument document = JsonDocumentReader.parse(text, displayPath);
      if (!(document.root() instanceof ObjectNode root)) {
        return Parsed.failed(
            Rule.MANIFEST_UNREADABLE.at(
                document.origin(""), "the top-level value is not an object"));
      }
      return Parsed.of(new Manifest(root, document::origin, ManifestFormat.of(text, root)));
    } catch (JsonSyntaxException e) {
      return Parsed.failed(Rule.MANIFEST_UNREADABLE.at(e.origin(), e.getMessage()));
    }
  }
}
