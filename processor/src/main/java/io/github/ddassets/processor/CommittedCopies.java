package io.github.ddassets.processor;

import io.github.ddassets.core.output.CommittedAssets;
import io.github.ddassets.core.output.Drift;
import io.github.ddassets.core.output.GeneratedFiles;
import io.github.ddassets.core.read.TextFiles;
import java.io.IOException;
import java.util.List;

/**
 * The {@code ddassets.sync} and {@code ddassets.verify} options: bring a committed copy of the
 * generated files up to date, or fail the build with a diff when it is stale.
 */
final class CommittedCopies {

  private final ProcessorOptions options;
  private final DiagnosticReporter reporter;

  CommittedCopies(ProcessorOptions options, DiagnosticReporter reporter) {
    this.options = options;
    this.reporter = reporter;
  }

  void apply(GeneratedFiles generated) {
    options
        .sync()
        .ifPresent(folder -> sync(new CommittedAssets(folder), generated, folder.toString()));
    options
        .verify()
        .ifPresent(folder -> verify(new CommittedAssets(folder), generated, folder.toString()));
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
      String what =
          drift.missing()
              ? drift.committedPath() + " is missing from " + folder
              : drift.committedPath()
                  + " in "
                  + folder
                  + " differs from the generated file:\n"
                  + drift.diff();
      reporter.error(
          "[verify] "
              + what
              + "\nTo update the committed copy, build once with -A"
              + ProcessorOptions.SYNC
              + "="
              + folder);
    }
  }
}
