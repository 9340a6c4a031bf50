package io.github.ddassets.cli.imports;

import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/** Collects what an import met that the annotations cannot declare back exactly. */
final class Unsupported {

  private final List<Finding> findings = new ArrayList<>();

  /** Records one unsupported construct at the place it was written. */
  void at(Origin origin, String message) {
    findings.add(
        Rule.SPEC_IMPORT_UNSUPPORTED
            .at(origin, message)
            .withHint(
                "no annotation states it: write it in spec.yaml as docs/configuration.md"
                    + " (Importing a spec.yaml) lists, then import again"));
  }

  boolean any() {
    return !findings.isEmpty();
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }
}
