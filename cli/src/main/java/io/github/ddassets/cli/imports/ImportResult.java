package io.github.ddassets.cli.imports;

import io.github.ddassets.core.rules.Finding;
import java.util.List;

/**
 * What importing a folder gives: the files to write, or the findings that stop the import.
 *
 * @param files the generated files, relative to the output folder; empty when there are findings
 * @param findings why the folder cannot be imported: content no annotation can state (each with a
 *     hint on what to do); empty when the files were made
 * @param defects the errors ddev reports in the folder (profile {@code ddev}) that the imported
 *     Java states as they are, so that the build refuses them at the annotation value that holds
 *     them, plus those it leaves out because no annotation can state them (see {@link #notes})
 * @param notes what the generated files will not say as the folder does, one sentence per file
 */
public record ImportResult(
    List<ImportedFile> files, List<Finding> findings, List<Finding> defects, List<String> notes) {

  public ImportResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    defects = List.copyOf(defects);
    notes = List.copyOf(notes);
  }

  /** An import stopped by findings: nothing to write. */
  static ImportResult refused(List<Finding> findings) {
    return new ImportResult(List.of(), findings, List.of(), List.of());
  }

  /** Whether the import stopped. */
  public boolean refused() {
    return !findings.isEmpty();
  }

  /** Whether the folder has errors ddev reports, which the imported Java carries or left out. */
  public boolean hasDefects() {
    return !defects.isEmpty();
  }
}
