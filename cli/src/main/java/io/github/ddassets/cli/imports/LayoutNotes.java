package io.github.ddassets.cli.imports;

import io.github.ddassets.core.config.ConfigTemplates;
import io.github.ddassets.core.model.ServiceCheckEntry;
import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.read.TextFiles;
import io.github.ddassets.core.render.ManifestRenderer;
import io.github.ddassets.core.render.MetadataRenderer;
import io.github.ddassets.core.render.RenderedExample;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import io.github.ddassets.core.render.SpecRendering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Notes on the files whose layout the generated form will not keep, although it says the same: the
 * processor writes each file in one layout (ddev's column and key order, Python's JSON and YAML,
 * service checks sorted by check, the example as ddev renders the spec), so a hand-laid-out file
 * comes back in that layout. Each note names the file and its first line that changes.
 */
final class LayoutNotes {

  private LayoutNotes() {}

  /** The notes of the folder's metadata.csv, service_checks.json and manifest.json. */
  static void assets(LoadedIntegration loaded, List<String> notes) {
    loaded
        .assets()
        .metadata()
        .ifPresent(
            file ->
                compare(
                    loaded.folder().metadata(),
                    "metadata.csv",
                    MetadataRenderer.render(file),
                    "ddev's columns in ddev's order, quoted only where needed, \\n line ends",
                    notes));
    loaded
        .assets()
        .serviceChecks()
        .filter(file -> file.shape() == ServiceChecksFile.Shape.ARRAY)
        .ifPresent(
            file ->
                compare(
                    loaded.folder().serviceChecks(),
                    "service_checks.json",
                    ServiceChecksRenderer.render(sorted(file)),
                    "entries sorted by check, keys in ddev's order, as Python's json.dumps"
                        + " (indent 4) writes them",
                    notes));
    loaded
        .manifest()
        .ifPresent(
            manifest ->
                compare(
                    loaded.folder().manifest(),
                    "manifest.json",
                    ManifestRenderer.render(manifest),
                    "keys in ddev's order, as Python's json.dumps writes them",
                    notes));
  }

  /** The note of an example, when what its spec renders differs from it. */
  static void example(
      Path example,
      String spec,
      String integration,
      ConfigTemplates templates,
      List<String> notes) {
    Optional<String> rendered =
        SpecRendering.render(spec, "spec.yaml", integration, templates).examples().stream()
            .filter(file -> file.exampleName().equals(ExampleFiles.CONF_EXAMPLE))
            .map(RenderedExample::text)
            .findFirst();
    rendered.ifPresent(
        text ->
            compare(
                example,
                ExampleFiles.CONF_EXAMPLE,
                text,
                "as ddev renders the spec with today's templates",
                notes));
  }

  private static void compare(
      Path original, String name, String generated, String layout, List<String> notes) {
    if (!Files.isRegularFile(original)) {
      return;
    }
    String text;
    try {
      text = TextFiles.readUtf8(original);
    } catch (IOException e) {
      return;
    }
    if (!text.equals(generated)) {
      notes.add(
          name
              + " is generated in another layout ("
              + layout
              + "): "
              + FirstDifference.of(text, generated));
    }
  }

  /** The file with its entries sorted by check, as the processor writes them. */
  static ServiceChecksFile sorted(ServiceChecksFile file) {
    List<ServiceCheckEntry> entries =
        file.entries().stream()
            .sorted(
                Comparator.comparing(entry -> Objects.requireNonNullElse(entry.text("check"), "")))
            .toList();
    return new ServiceChecksFile(file.origin(), file.shape(), entries, null);
  }
}
