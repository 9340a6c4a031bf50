package io.github.ddassets.core.read;

import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.FileOrigin;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.TextLayout;
import io.github.ddassets.core.rules.Rule;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code metadata.csv} the way ddev does (Python's {@code csv.DictReader} over the file
 * opened as UTF-8 text): the first row is the header, blank lines are skipped, {@code \r\n} and
 * {@code \r} count as line ends. Every cell keeps its line and column.
 */
public final class MetadataReader {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrailingData(true).get();

  private MetadataReader() {}

  /** Reads a file from disk; {@code displayPath} is how findings name it. */
  public static Parsed<MetadataFile> read(Path file, String displayPath) {
    String text;
    try {
      text = TextFiles.readUtf8(file);
    } catch (IOException e) {
      return Parsed.failed(
          Rule.METADATA_UNREADABLE.at(TextFiles.origin(e, displayPath), TextFiles.describe(e)));
    }
    return parse(text, displayPath);
  }

  /** Parses the text of a metadata file. */
  public static Parsed<MetadataFile> parse(String text, String displayPath) {
    FileOrigin fileOrigin = FileOrigin.of(displayPath);
    TextLayout layout = TextLayout.of(text);
    if (text.isEmpty()) {
      return Parsed.of(new MetadataFile(fileOrigin, List.of(), List.of(), true, layout));
    }
    String content = TextFiles.universalNewlines(text);
    LineIndex lines = new LineIndex(content);
    List<Cell> header = new ArrayList<>();
    List<MetricRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (records.hasNext()) {
        header = cells(records.next(), content, lines, displayPath);
      }
      List<String> names = header.stream().map(Cell::value).toList();
      while (records.hasNext()) {
        rows.add(row(records.next(), names, content, lines, displayPath));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return Parsed.failed(Rule.METADATA_UNREADABLE.at(fileOrigin, csvError(e)));
    }
    return Parsed.of(new MetadataFile(fileOrigin, header, rows, false, layout));
  }

  private static MetricRow row(
      CSVRecord record, List<String> header, String content, LineIndex lines, String path) {
    List<Cell> fields = cells(record, content, lines, path);
    Map<String, Cell> byName = new LinkedHashMap<>();
    for (int i = 0; i < header.size() && i < fields.size(); i++) {
      byName.put(header.get(i), fields.get(i));
    }
    int start = recordStart(record, content);
    FileOrigin origin = FileOrigin.at(path, lines.line(start), 1);
    return new MetricRow(origin, byName, fields.size());
  }

  private static List<Cell> cells(CSVRecord record, String content, LineIndex lines, String path) {
    int start = recordStart(record, content);
    int[] starts = CsvFieldLocator.fieldStarts(content, start, record.size());
    List<Cell> cells = new ArrayList<>(record.size());
    for (int i = 0; i < record.size(); i++) {
      int offset = starts[i];
      cells.add(
          new Cell(record.get(i), FileOrigin.at(path, lines.line(offset), lines.column(offset))));
    }
    return cells;
  }

  /**
   * Where a record's text starts. Commons CSV gives the position where it began reading the record,
   * which is before the blank lines it skipped.
   */
  private static int recordStart(CSVRecord record, String content) {
    int start = (int) record.getCharacterPosition();
    while (start < content.length() && content.charAt(start) == '\n') {
      start++;
    }
    return start;
  }

  private static String csvError(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    return message == null ? "malformed CSV" : "malformed CSV: " + message;
  }
}
