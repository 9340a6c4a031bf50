package io.github.ddassets.cli.imports;

import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.read.LoadedIntegration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the imported code will not give back as the folder has it, although the folder is valid: the
 * user learns it at import rather than from a diff after the first build.
 */
final class ImportNotes {

  private ImportNotes() {}

  static List<String> of(LoadedIntegration loaded) {
    List<String> notes = new ArrayList<>();
    boolean ownsNothing =
        loaded
            .manifest()
            .map(manifest -> !manifest.has(ManifestPointers.INTEGRATION))
            .orElse(false);
    // An empty file comes back through @Layout(emptyServiceChecks); entries do not.
    if (ownsNothing
        && loaded.assets().serviceChecks().filter(file -> !file.entries().isEmpty()).isPresent()) {
      notes.add(
          "the manifest has no assets.integration: service_checks.json is not generated for such"
              + " an integration (a tile without data of its own)");
    }
    JmxImporter.note(loaded.folder()).ifPresent(notes::add);
    return notes;
  }
}
