package io.github.ddassets.processor;

import io.github.ddassets.core.build.BaseManifestFile;
import io.github.ddassets.core.build.BaseManifestSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Base manifests on javac's source path and class path. javac has no API that names "the folder of
 * the sources", so a relative {@code manifest} attribute is looked up on both paths through the
 * {@link Filer} (Maven passes its source roots as {@code -sourcepath}); the Filer refuses {@code
 * ..}, and the build then tries the working directory.
 */
final class FilerManifests implements BaseManifestSource {

  private final Filer filer;

  FilerManifests(Filer filer) {
    this.filer = filer;
  }

  @Override
  public Optional<BaseManifestFile> find(String relativePath) {
    for (JavaFileManager.Location location :
        List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH)) {
      Optional<BaseManifestFile> found = find(location, relativePath);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  @Override
  public String describe() {
    return "on the source path, on the class path";
  }

  private Optional<BaseManifestFile> find(JavaFileManager.Location location, String relativePath) {
    try {
      FileObject resource = filer.getResource(location, "", relativePath);
      String text;
      try (InputStream in = resource.openInputStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      URI uri = resource.toUri();
      Optional<Path> file =
          "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
      return Optional.of(
          new BaseManifestFile(
              text,
              file.isPresent() ? BaseManifestFile.displayPath(file.get()) : uri.toString(),
              file));
    } catch (IOException | RuntimeException e) {
      // Not there: the location is not set, the name is refused (`..`), or no such file.
      return Optional.empty();
    }
  }
}
