package io.github.ddassets.core.build;

import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and reads the hand-written base manifest of an integration: the {@code manifest} attribute
 * of {@code @Integration}, else the {@code ddassets.manifest} option.
 *
 * <p>A relative attribute is looked up in the {@link BaseManifestSource} (the annotation processor's
 * source and class paths), then in the working directory. The option, like the other folder options, is relative to
 * that directory: a folder holding one folder per integration ({@code <folder>/<name>/
 * manifest.json}, the layout of {@code ddassets.verify}), or the base of the only integration.
 */
final class BaseManifests {

  /** The file the base manifest is read from, in integration folders. */
  static final String FILE_NAME = "manifest.json";

  /**
   * The outcome of a look-up: a file, none, or a problem to report.
   *
   * @param file the file, when one was found
   * @param problem why the named file cannot be read, or empty
   */
  record Lookup(Optional<BaseManifestFile> file, String problem) {
    static final Lookup NONE = new Lookup(Optional.empty(), "");

    static Lookup of(BaseManifestFile file) {
      return new Lookup(Optional.of(file), "");
    }

    static Lookup failed(String problem) {
      return new Lookup(Optional.empty(), problem);
    }
  }

  /** The processor option that names base manifests, as messages spell it. */
  static final String OPTION = "-Addassets.manifest";

  private final BaseManifestSource source;
  private final Optional<Path> option;

  BaseManifests(BaseManifestSource source, Optional<Path> option) {
    this.source = source;
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
            OPTION + "=" + path + " is neither a file nor a folder");
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
    Optional<BaseManifestFile> found = source.find(attribute);
    if (found.isPresent()) {
      return Lookup.of(found.get());
    }
    if (Files.isRegularFile(path)) {
      return read(path);
    }
    String elsewhere = source.describe();
    return Lookup.failed(
        "cannot find the base manifest "
            + attribute
            + ": looked "
            + (elsewhere.isEmpty() ? "" : elsewhere + " and ")
            + "in "
            + Path.of("").toAbsolutePath());
  }

  private static Lookup read(Path file) {
    try {
      return Lookup.of(
          new BaseManifestFile(
              TextFiles.universalNewlines(TextFiles.readUtf8(file)),
              BaseManifestFile.displayPath(file),
              Optional.of(file.toAbsolutePath().normalize())));
    } catch (IOException e) {
      return Lookup.failed(
          "cannot read the base manifest "
              + BaseManifestFile.displayPath(file)
              + ": "
              + TextFiles.describe(e));
    }
  }
}
