package io.github.ddassets.processor;

import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds and reads the hand-written base manifest of an integration: the {@code manifest} attribute
 * of {@code @Integration}, else the {@code ddassets.manifest} option.
 *
 * <p>javac has no API that names "the folder of the sources", so a relative attribute is looked up
 * on the source path and on the class path through the {@link Filer} (which refuses {@code ..}),
 * then in the directory javac runs in. The option, like the other folder options, is relative to
 * that directory: a folder holding one folder per integration ({@code <folder>/<name>/
 * manifest.json}, the layout of {@code ddassets.verify}), or the base of the only integration.
 */
final class BaseManifests {

  /** The file the base manifest is read from, in integration folders. */
  static final String FILE_NAME = "manifest.json";

  /**
   * A base manifest's text.
   *
   * @param text the text, line ends normalized to {@code \n}
   * @param displayPath how messages name the file: relative to the working directory when inside it
   * @param file the file on disk, when it is one (not inside a jar)
   */
  record BaseFile(String text, String displayPath, Optional<Path> file) {}

  /**
   * The outcome of a look-up: a file, none, or a problem to report.
   *
   * @param file the file, when one was found
   * @param problem why the named file cannot be read, or empty
   */
  record Lookup(Optional<BaseFile> file, String problem) {
    static final Lookup NONE = new Lookup(Optional.empty(), "");

    static Lookup of(BaseFile file) {
      return new Lookup(Optional.of(file), "");
    }

    static Lookup failed(String problem) {
      return new Lookup(Optional.empty(), problem);
    }
  }

  private final Filer filer;
  private final Optional<Path> option;

  BaseManifests(Filer filer, Optional<Path> option) {
    this.filer = filer;
    this.option = option;
  }

  /** Whether the {@code ddassets.manifest} option names a single file rather than a folder. */
  boolean optionIsFile() {
    return option.isPresent() && !Files.isDirectory(option.get());
  }

  /**
   * The base manifest of an integration.
   *
   * @param integration the integration's name
   * @param attribute the {@code manifest} attribute, or empty
   * @param optionFile whether the option's file (when it names a file) is this integration's base
   */
  Lookup find(String integration, String attribute, boolean optionFile) {
    if (!attribute.isEmpty()) {
      return fromAttribute(attribute);
    }
    if (option.isEmpty()) {
      return Lookup.NONE;
    }
    Path path = option.get();
    if (Files.isDirectory(path)) {
      Path file = path.resolve(integration).resolve(FILE_NAME);
      return Files.isRegularFile(file) ? read(file) : Lookup.NONE;
    }
    if (!optionFile) {
      return Lookup.NONE;
    }
    return Files.isRegularFile(path)
        ? read(path)
        : Lookup.failed(
            "-A" + ProcessorOptions.MANIFEST + "=" + path + " is neither a file nor a folder");
  }

  private Lookup fromAttribute(String attribute) {
    Path path;
    try {
      path = Path.of(attribute);
    } catch (InvalidPathException e) {
      return Lookup.failed("manifest = \"" + attribute + "\" is not a path: " + e.getMessage());
    }
    if (path.isAbsolute()) {
      return Files.isRegularFile(path)
          ? read(path)
          : Lookup.failed("the base manifest " + attribute + " does not exist");
    }
    for (JavaFileManager.Location location :
        List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH)) {
      Optional<BaseFile> found = viaFiler(location, attribute);
      if (found.isPresent()) {
        return Lookup.of(found.get());
      }
    }
    if (Files.isRegularFile(path)) {
      return read(path);
    }
    return Lookup.failed(
        "cannot find the base manifest "
            + attribute
            + ": looked on the source path, on the class path and in "
            + Path.of("").toAbsolutePath());
  }

  /** A resource of a location, if the Filer finds it there. */
  private Optional<BaseFile> viaFiler(JavaFileManager.Location location, String relativeName) {
    try {
      FileObject resource = filer.getResource(location, "", relativeName);
      String text;
      try (InputStream in = resource.openInputStream()) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      URI uri = resource.toUri();
      Optional<Path> file =
          "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
      return Optional.of(
          new BaseFile(
              TextFiles.universalNewlines(text),
              file.map(BaseManifests::display).orElse(uri.toString()),
              file));
    } catch (IOException | RuntimeException e) {
      // Not there: the location is not set, the name is refused (`..`), or no such file.
      return Optional.empty();
    }
  }

  private static Lookup read(Path file) {
    try {
      return Lookup.of(
          new BaseFile(
              TextFiles.universalNewlines(TextFiles.readUtf8(file)),
              display(file),
              Optional.of(file.toAbsolutePath().normalize())));
    } catch (IOException e) {
      return Lookup.failed(
          "cannot read the base manifest " + display(file) + ": " + TextFiles.describe(e));
    }
  }

  /** A path relative to the working directory when inside it, else absolute; `/` separated. */
  static String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }
}
