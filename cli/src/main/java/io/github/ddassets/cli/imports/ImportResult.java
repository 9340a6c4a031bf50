package io.github.ddassets.cli.imports;

import io.github.ddassets.core.rules.Finding;
import java.util.List;

/**
 * What importing a folder gives: the files to write, or the findings that stop the import.
 *
 * @param files the generated files, relative to the output folder; empty when there are findings
 * @param findings the errors found in the folder's files (profile {@code ddev}) or while importing
 *     its spec
 * @param notes what the generated files will not say as the folder does, although it is valid
 */
public record ImportResult(List<ImportedFile> files, List<Finding> findings, List<String> notes) {

  public ImportResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
  }

  /** An import stopped by findings: nothing to write. */
  static ImportResult refused(List<Finding> findings) {
    return new ImportResult(List.of(), findings, List.of());
  }

  /** Whether the import stopped. */
  public boolean refused() {
    return !findings.isEmpty();
  }
}
