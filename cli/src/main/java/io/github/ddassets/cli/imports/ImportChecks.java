package io.github.ddassets.cli.imports;

import io.github.ddassets.core.manifest.Manifest;
import io.github.ddassets.core.manifest.ManifestPointers;
import io.github.ddassets.core.rules.ClassifierTags;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.List;
import java.util.Optional;

/**
 * What the processor would refuse in the imported code although validating the folder does not find
 * it: checked before anything is written, so an import never writes code that cannot compile.
 */
final class ImportChecks {

  private ImportChecks() {}

  /** The findings; empty when the imported code compiles. */
  static List<Finding> check(Optional<Manifest> manifest) {
    if (manifest.isEmpty()) {
      return List.of();
    }
    Manifest source = manifest.get();
    // validate takes logs from conf.yaml.example and README.md, which a partial folder may lack;
    // the processor takes the declared logs source as proof that the integration collects logs.
    Optional<String> logsSource = source.nonEmptyText(ManifestPointers.LOGS_SOURCE);
    if (logsSource.isPresent()
        && !source.classifierTags().contains(ClassifierTags.LOG_COLLECTION)) {
      return List.of(
          Rule.MANIFEST_LOGS_CATEGORY.at(
              source.origin(ManifestPointers.LOGS_SOURCE),
              "the manifest declares the logs source `"
                  + logsSource.get()
                  + "` but its classifier tags lack `"
                  + ClassifierTags.LOG_COLLECTION
                  + "`"));
    }
    return List.of();
  }
}
