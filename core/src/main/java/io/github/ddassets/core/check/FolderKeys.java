package io.github.ddassets.core.check;

import io.github.ddassets.core.baseline.FindingKey;
import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.LoadedIntegration;
import io.github.ddassets.core.rules.Finding;
import java.util.HashMap;
import java.util.Map;

/**
 * The baseline keys of one integration folder's findings: the file relative to the folder, and as
 * subject the JSON pointer of a JSON value, the metric and column of a {@code metadata.csv} cell,
 * else the message without line numbers. None of it moves when lines are added above.
 */
final class FolderKeys {

  private final String integration;
  private final String folderShown;
  private final String metadataShown;
  private final LoadedIntegration loaded;
  /** The metadata rows by each line they span; built when a finding first needs it. */
  private Map<Integer, MetricRow> rowByLine;

  FolderKeys(LoadedIntegration loaded, DisplayPaths paths) {
    this.integration = loaded.folder().name();
    this.folderShown = paths.of(loaded.folder().dir());
    this.metadataShown = paths.of(loaded.folder().metadata());
    this.loaded = loaded;
  }

  private Map<Integer, MetricRow> rowByLine() {
    if (rowByLine == null) {
      rowByLine = new HashMap<>();
      loaded.assets().metadata().ifPresent(file -> file.rows().forEach(this::remember));
    }
    return rowByLine;
  }

  private void remember(MetricRow row) {
    if (row.origin() instanceof FileOrigin start) {
      rowByLine.putIfAbsent(start.line(), row);
    }
    for (Cell cell : row.cells().values()) {
      if (cell.origin() instanceof FileOrigin at) {
        rowByLine.putIfAbsent(at.line(), row);
      }
    }
  }

  /** The column whose cell starts at this place of the row, or null. */
  private static String columnAt(MetricRow row, FileOrigin place) {
    for (Map.Entry<String, Cell> cell : row.cells().entrySet()) {
      if (cell.getValue().origin() instanceof FileOrigin at
          && at.line() == place.line()
          && at.column() == place.column()) {
        return cell.getKey();
      }
    }
    return null;
  }

  /** The key of a finding of this folder. */
  FindingKey of(Finding finding) {
    if (!(finding.origin() instanceof FileOrigin file)) {
      return new FindingKey(
          integration,
          "",
          finding.rule().id(),
          FindingKey.subjectOf(finding.origin().describe() + " " + finding.message()));
    }
    return new FindingKey(
        integration, relative(file.path()), finding.rule().id(), subject(finding, file));
  }

  private String subject(Finding finding, FileOrigin file) {
    if (!file.pointer().isEmpty()) {
      return file.pointer();
    }
    if (file.path().equals(metadataShown)) {
      MetricRow row = rowByLine().get(file.line());
      if (row != null) {
        String column = columnAt(row, file);
        return column == null ? row.metricName() : row.metricName() + " " + column;
      }
    }
    return FindingKey.subjectOf(finding.message());
  }

  private String relative(String path) {
    if (folderShown.isEmpty() || folderShown.equals(".")) {
      return path;
    }
    return path.startsWith(folderShown + "/") ? path.substring(folderShown.length() + 1) : path;
  }
}
