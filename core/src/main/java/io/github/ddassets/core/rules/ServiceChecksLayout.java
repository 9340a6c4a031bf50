package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.ServiceChecksFile;
import io.github.ddassets.core.model.ServiceChecksFile.Shape;
import io.github.ddassets.core.model.TextLines;
import io.github.ddassets.core.render.ServiceChecksRenderer;
import java.util.List;

/** Strict check that a service-checks file read from disk is already in the canonical layout. */
final class ServiceChecksLayout {

  private ServiceChecksLayout() {}

  static void check(ServiceChecksFile file, List<Finding> findings) {
    if (file.sourceText() == null || file.shape() != Shape.ARRAY) {
      return;
    }
    boolean allObjects = file.entries().stream().allMatch(entry -> entry.isObject());
    if (!allObjects) {
      return;
    }
    String canonical = ServiceChecksRenderer.render(file);
    if (!canonical.equals(file.sourceText())) {
      findings.add(
          Rule.SERVICE_CHECKS_LAYOUT.at(
              file.origin(), TextLines.firstDifference(file.sourceText(), canonical)));
    }
  }
}
