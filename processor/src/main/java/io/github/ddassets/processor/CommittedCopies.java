package io.github.ddassets.processor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ddassets.core.output.CommittedAssets;
import io.github.ddassets.core.output.Drift;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.output.ManifestDisagreement;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code ddassets.sync} and {@code ddassets.verify} options: bring a committed copy of the
 * generated files up to date, or fail the build with a diff when it is stale.
 *
 * <p>{@code manifest.fragment.json} is a build product only: it is neither synced nor verified.
 * When the build generates {@code manifest.json}, the committed copy must equal it byte for byte,
 * like every other file. When it does not (the repository keeps a hand-written manifest), verify
 * compares the committed manifest's owned keys with the fragment and names each differing JSON
 * pointer, and sync leaves the manifest alone.
 */
final class CommittedCopies {

  private final ProcessorOptions options;
  private final DiagnosticReporter reporter;

  CommittedCopies(ProcessorOptions options, DiagnosticReporter reporter) {
    this.options = options;
    this.reporter = reporter;
  }

  /**
   * @param generated the integration's files, the fragment included
   * @param fragment the keys the code owns
   */
  void apply(GeneratedFiles generated, ObjectNode fragment) {
    GeneratedFiles committedView = generated.without(GeneratedFiles.FRAGMENT);
    boolean handWritten = !committedView.files().containsKey(GeneratedFiles.MANIFEST);
    options
        .sync()
        .ifPresent(folder -> sync(new CommittedAssets(folder), committedView, folder.toString()));
    options
        .verify()
        .ifPresent(
            folder -> {
              verify(new CommittedAssets(folder), committedView, folder.toString());
              if (handWritten) {
                verifyHandWritten(folder, generated.integration(), fragment);
              }
            });
  }

  private void sync(CommittedAssets committed, GeneratedFiles generated, String folder) {
    try {
      List<String> written = committed.sync(generated);
      if (!written.isEmpty()) {
        reporter.note("ddassets: updated " + String.join(", ", written) + " in " + folder);
      }
    } catch (IOException e) {
      reporter.error(
          "[sync] cannot write the generated files to " + folder + ": " + TextFiles.describe(e));
    }
  }

  private void verify(CommittedAssets committed, GeneratedFiles generated, String folder) {
    List<Drift> drifts;
    try {
      drifts = committed.drift(generated);
    } catch (IOException e) {
      reporter.error(
          "[verify] cannot read the committed files in " + folder + ": " + TextFiles.describe(e));
      return;
    }
    for (Drift drift : drifts) {
      reporter.error(
          "[verify] "
              + drift.describe(folder)
              + "\nTo update the committed copy, build once with -A"
              + ProcessorOptions.SYNC
              + "="
              + folder);
    }
  }

  /** A hand-written manifest, if committed, agrees with the keys the code owns. */
  private void verifyHandWritten(Path folder, String integration, ObjectNode fragment) {
    for (ManifestDisagreement disagreement :
        new CommittedAssets(folder).manifestDisagreements(integration, fragment)) {
      reporter.error("[verify] " + disagreement.describe(folder.toString()));
    }
  }
}
