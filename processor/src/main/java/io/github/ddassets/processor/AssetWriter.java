package io.github.ddassets.processor;

import io.github.ddassets.core.output.GeneratedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes generated files into the class output, under {@code META-INF/datadog/<integration>/}, so
 * the jar carries its assets and build tools track them.
 *
 * <p>Every file goes through the {@link Filer}, except in a compilation that writes more than
 * {@link #FILER_FILES} asset files with javac's own Filer into a folder on disk. javac's Filer
 * compares each new file with every source and every file created before it, which is quadratic in
 * the number of integrations of one compilation (a minute of a 5,000-integration build). There the
 * first file still goes through the Filer, which names the class-output folder, and the others are
 * written beside it with the same bytes. A build tool that tracks what a processor writes wraps the
 * Filer (Gradle's incremental processing does), so it is never javac's own and always sees every
 * file (docs/processor.md).
 */
final class AssetWriter {

  /** Where the files of all integrations go in the class output. */
  static final String ROOT = "META-INF/datadog/";

  /** Up to this many asset files in one compilation, every one is created through the Filer. */
  static final int FILER_FILES = 64;

  private static final String JAVAC_FILER = "com.sun.tools.javac.processing.JavacFiler";

  private final Filer filer;
  private final boolean beside;
  private Path classOutput;

  /**
   * @param filer the processing environment's Filer
   * @param files how many asset files the compilation writes in all
   */
  AssetWriter(Filer filer, int files) {
    this.filer = filer;
    this.beside = files > FILER_FILES && filer.getClass().getName().equals(JAVAC_FILER);
  }

  /**
   * Writes the files of one integration.
   *
   * @param originating the elements the files are derived from (for incremental builds)
   * @throws IOException when the Filer refuses a file or a file cannot be written
   */
  void write(GeneratedFiles generated, Element... originating) throws IOException {
    for (Map.Entry<String, String> file : generated.files().entrySet()) {
      String path = ROOT + generated.integration() + "/" + file.getKey();
      byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
      Path target = classOutput == null ? null : classOutput.resolve(path).normalize();
      if (target != null && target.startsWith(classOutput)) {
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
        continue;
      }
      FileObject resource =
          filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
      try (OutputStream out = resource.openOutputStream()) {
        out.write(bytes);
      }
      if (beside) {
        classOutput = folderOf(resource.toUri(), path);
      }
    }
  }

  /** The class-output folder that holds a resource, when it is a folder on the default disk. */
  private static Path folderOf(URI uri, String path) {
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    Path file = Path.of(uri).toAbsolutePath().normalize();
    Path folder = file;
    for (int names = Path.of(path).getNameCount(); names > 0 && folder != null; names--) {
      folder = folder.getParent();
    }
    return folder != null && folder.resolve(path).normalize().equals(file) ? folder : null;
  }
}
