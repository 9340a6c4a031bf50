package io.github.ddassets.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code metadata.csv} file: its header and rows, read from disk or built from declarations.
 *
 * @param origin the file as a whole
 * @param header the header cells in file order; empty when the file is empty
 * @param rows the data rows in file order
 * @param empty whether the file had no content at all (not even a header)
 * @param layout line-ending facts of the source text
 */
public record MetadataFile(
    Origin origin, List<Cell> header, List<MetricRow> rows, boolean empty, TextLayout layout) {

  public MetadataFile {
    Objects.requireNonNull(origin, "origin");
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    Objects.requireNonNull(layout, "layout");
  }

  /** The header names in file order. */
  public List<String> headerNames() {
    List<String> names = new ArrayList<>(header.size());
    for (Cell cell : header) {
      names.add(cell.value());
    }
    return List.copyOf(names);
  }
}
