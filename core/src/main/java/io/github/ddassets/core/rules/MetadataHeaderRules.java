package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks the header row of {@code metadata.csv}: known columns, required columns, their order. */
final class MetadataHeaderRules {

  private static final String ALLOWED = allowed();

  private MetadataHeaderRules() {}

  /** Adds header findings; returns whether rows can be checked (no unknown or missing column). */
  static boolean check(MetadataFile file, List<Finding> findings) {
    boolean sound = true;
    for (Cell cell : file.header()) {
      if (MetadataColumn.fromHeader(cell.value()).isEmpty()) {
        findings.add(Rule.METADATA_INVALID_COLUMN.at(cell.origin(), cell.value(), ALLOWED));
        sound = false;
      }
    }
    Set<String> present = Set.copyOf(file.headerNames());
    List<String> missing = new ArrayList<>();
    for (MetadataColumn column : MetadataColumn.values()) {
      if (column.isRequiredColumn() && !present.contains(column.header())) {
        missing.add(column.header());
      }
    }
    if (!missing.isEmpty()) {
      findings.add(
          Rule.METADATA_MISSING_COLUMN.at(
              headerOrigin(file), missing.size() == 1 ? "" : "s", String.join(", ", missing)));
      sound = false;
    }
    if (sound) {
      checkOrder(file, findings);
    }
    return sound;
  }

  private static void checkOrder(MetadataFile file, List<Finding> findings) {
    List<String> names = file.headerNames();
    List<String> canonical = new ArrayList<>();
    for (MetadataColumn column : MetadataColumn.values()) {
      if (names.contains(column.header())) {
        canonical.add(column.header());
      }
    }
    if (!names.equals(canonical)) {
      findings.add(
          Rule.METADATA_COLUMN_ORDER.at(
              headerOrigin(file), "expected " + String.join(",", canonical)));
    }
  }

  /** Every column's header, in canonical order. */
  private static String allowed() {
    List<String> headers = new ArrayList<>();
    for (MetadataColumn column : MetadataColumn.values()) {
      headers.add(column.header());
    }
    return String.join(", ", headers);
  }

  private static io.github.ddassets.core.model.Origin headerOrigin(MetadataFile file) {
    return file.header().isEmpty() ? file.origin() : file.header().get(0).origin();
  }
}
