package io.github.ddassets.testing;

import java.util.List;

/** The layout the reports of this package describe themselves in. */
final class ReportLines {

  private ReportLines() {}

  /** Adds a titled section with its count and one indented line per item, when there are items. */
  static void section(List<String> lines, String title, List<?> items) {
    if (!items.isEmpty()) {
      lines.add(title + " (" + items.size() + "):");
      items.forEach(item -> lines.add("  " + item));
    }
  }
}
