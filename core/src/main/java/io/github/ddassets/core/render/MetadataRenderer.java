package io.github.ddassets.core.render;

import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders {@code metadata.csv} in the canonical form: the canonical columns in ddev's order (the
 * ten standard ones, plus {@code sample_tags} when the file has that column), minimal quoting as
 * Python writes it, {@code \n} line ends and a final newline. Rows keep the model's order; models
 * built from declarations are already in the order their integration asks for.
 */
public final class MetadataRenderer {

  private MetadataRenderer() {}

  /** The canonical text of the file. */
  public static String render(MetadataFile file) {
    List<MetadataColumn> columns = columnsOf(file);
    StringBuilder out = new StringBuilder();
    List<String> headers = new ArrayList<>(columns.size());
    for (MetadataColumn column : columns) {
      headers.add(column.header());
    }
    CsvCells.appendRow(out, headers);
    for (MetricRow row : file.rows()) {
      List<String> cells = new ArrayList<>(columns.size());
      for (MetadataColumn column : columns) {
        Cell cell = row.cell(column);
        cells.add(cell == null ? "" : cell.value());
      }
      CsvCells.appendRow(out, cells);
    }
    return out.toString();
  }

  /** The columns the canonical form of this file has. */
  public static List<MetadataColumn> columnsOf(MetadataFile file) {
    return file.headerNames().contains(MetadataColumn.SAMPLE_TAGS.header())
        ? MetadataColumn.WITH_SAMPLE_TAGS
        : MetadataColumn.STANDARD;
  }
}
