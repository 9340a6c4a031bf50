package io.github.ddassets.processor;

import io.github.ddassets.core.build.SourceSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The source snapshot the previous build left in the class output, read through the Filer (as
 * Spring Boot's configuration processor reads its previous metadata): what a partial compilation
 * needs of the types it does not compile.
 */
final class PreviousBuild {

  private PreviousBuild() {}

  /** The previous build's snapshot, or an empty one after a clean or on a first build. */
  static SourceSnapshot snapshot(Filer filer) {
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", SourceSnapshot.PATH);
      try (InputStream in = file.openInputStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return SourceSnapshot.parse(text).orElse(SourceSnapshot.empty());
      }
    } catch (IOException | RuntimeException e) {
      // No previous output (a clean build), or a host that cannot read it back: start afresh.
      return SourceSnapshot.empty();
    }
  }
}
