package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import io.github.ddassets.core.model.TextLines;
import java.util.List;

/**
 * Strict check that a service-checks file read from disk is already in the canonical layout. The
 * canonical text is given by the caller: rules compare, they never render.
 */
final class ServiceChecksLayout {

  private ServiceChecksLayout() {}

  static void check(ServiceChecksFile file, String canonical, List<Finding> findings) {
    // A file built from declarations has no text of its own; other shapes and entries that are
    // not objects already have their finding, and have no canonical layout to compare with.
    if (file.sourceText() == null || file.shape() != Shape.ARRAY) {
      return;
    }
    boolean allObjects = file.entries().stream().allMatch(entry -> entry.isObject());
    if (!allObjects) {
      return;
    }
    if (!canonical.equals(file.sourceText())) {
      findings.add(
          Rule.SERVICE_CHECKS_LAYOUT.at(
              file.origin(), TextLines.firstDifference(file.sourceText(), canonical)));
    }
  }
}
