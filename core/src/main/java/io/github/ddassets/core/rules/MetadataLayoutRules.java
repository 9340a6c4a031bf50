package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.TextLayout;
import java.util.List;

/** Strict-profile checks of how {@code metadata.csv} is laid out as text (ddev accepts both). */
final class MetadataLayoutRules {

  private MetadataLayoutRules() {}

  static void check(MetadataFile file, List<Finding> findings) {
    TextLayout layout = file.layout();
    if (layout.crlf()) {
      findings.add(
          Rule.METADATA_LINE_ENDINGS.at(file.origin(), "lines end with \\r\\n instead of \\n"));
    }
    if (!layout.finalNewline()) {
      findings.add(Rule.METADATA_LINE_ENDINGS.at(file.origin(), "the last line has no line break"));
    }
  }
}
