package io.github.ddassets.processor;

import io.github.ddassets.core.output.GeneratedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes generated files through the {@link Filer} into the class output, under {@code
 * META-INF/datadog/<integration>/}, so the jar carries its assets and build tools track them.
 */
final class AssetWriter {

  /** Where the files of all integrations go in the class output. */
  static final String ROOT = "META-INF/datadog/";

  private final Filer filer;

  AssetWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the files of one integration.
   *
   * @param originating the elements the files are derived from (for incremental builds)
   * @throws IOException when the Filer refuses a file
   */
  void write(GeneratedFiles generated, Element... originating) throws IOException {
    for (Map.Entry<String, String> file : generated.files().entrySet()) {
      String path = ROOT + generated.integration() + "/" + file.getKey();
      FileObject resource =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
      try (OutputStream out = resource.openOutputStream()) {
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
