package io.github.ddassets.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.model.TextLayout;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.testing.Spares;
import io.github.ddassets.core.testing.Triggers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataReaderTest {

  @TempDir Path dir;

  @Test
  void cells_keepTheirLineAndColumn() {
    MetadataFile file = parse("metric_name,metric_type\nacme.a,gauge\nacme.bb,count\n");

    assertThat(file.header())
        .extracting(Cell::value, MetadataReaderTest::where)
        .containsExactly(tuple("metric_name", "m.csv:1:1"), tuple("metric_type", "m.csv:1:13"));
    assertThat(file.rows())
        .flatExtracting(row -> row.cells().values())
        .extracting(Cell::value, MetadataReaderTest::where)
        .containsExactly(
            tuple("acme.a", "m.csv:2:1"),
            tuple("gauge", "m.csv:2:8"),
            tuple("acme.bb", "m.csv:3:1"),
            tuple("count", "m.csv:3:9"));
    assertThat(file.rows())
        .extracting(row -> row.origin().describe())
        .containsExactly("m.csv:2:1", "m.csv:3:1");
  }

  @Test
  void quotedFields_mayHoldCommasQuotesAndLineBreaks() {
    MetadataFile file = parse("a,b,c\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,\"\",z\n");

    assertThat(file.rows())
        .flatExtracting(row -> row.cells().values())
        .extracting(Cell::value, MetadataReaderTest::where)
        .containsExactly(
            tuple("x,y", "m.csv:2:1"),
            tuple("say \"hi\"", "m.csv:2:7"),
            tuple("two\nlines", "m.csv:2:20"),
            tuple("next", "m.csv:4:1"),
            tuple("", "m.csv:4:6"),
            tuple("z", "m.csv:4:9"));
  }

  @Test
  void cellAfterAMultiLineField_isOnTheFieldsLastLine() {
    MetadataFile file = parse("a,b,c\n1,\"multi\nline\",z\n");

    assertThat(where(file.rows().get(0).cells().get("c"))).isEqualTo("m.csv:3:7");
  }

  @Test
  void quoteInsideAnUnquotedField_isLiteral() {
    MetadataFile file = parse("a,b\n5\" disk,x\n");

    assertThat(file.rows().get(0).cells().get("a").value()).isEqualTo("5\" disk");
  }

  @Test
  void crlfLineEnds_areLineEnds() {
    MetadataFile file = parse("a,b\r\n1,2\r\n3,4\r\n");

    assertThat(file.rows())
        .flatExtracting(row -> row.cells().values())
        .extracting(Cell::value, MetadataReaderTest::where)
        .containsExactly(
            tuple("1", "m.csv:2:1"),
            tuple("2", "m.csv:2:3"),
            tuple("3", "m.csv:3:1"),
            tuple("4", "m.csv:3:3"));
    assertThat(file.layout()).isEqualTo(new TextLayout(true, true));
  }

  @Test
  void loneCarriageReturns_areLineEnds() {
    MetadataFile file = parse("a,b\r1,2\r3,4\r");

    assertThat(file.rows())
        .flatExtracting(row -> row.cells().values())
        .extracting(Cell::value, MetadataReaderTest::where)
        .containsExactly(
            tuple("1", "m.csv:2:1"),
            tuple("2", "m.csv:2:3"),
            tuple("3", "m.csv:3:1"),
            tuple("4", "m.csv:3:3"));
  }

  @Test
  void blankLines_areSkippedAndDoNotShiftPositions() {
    // csv.DictReader skips blank lines; integrations-extras' sofy_sofy has one after every row.
    MetadataFile file = parse("a,b\n1,2\n\n\n3,4\n\n");

    assertThat(file.rows()).hasSize(2);
    assertThat(file.rows())
        .flatExtracting(row -> row.cells().values())
        .extracting(Cell::value, MetadataReaderTest::where)
        .containsExactly(
            tuple("1", "m.csv:2:1"),
            tuple("2", "m.csv:2:3"),
            tuple("3", "m.csv:5:1"),
            tuple("4", "m.csv:5:3"));
    assertThat(file.rows())
        .extracting(row -> row.origin().describe())
        .containsExactly("m.csv:2:1", "m.csv:5:1");
  }

  @Test
  void blankCrlfLines_areSkippedAndDoNotShiftPositions() {
    MetadataFile file = parse("a,b\r\n\r\n1,2\r\n");

    assertThat(file.rows().get(0).cells().values())
        .extracting(MetadataReaderTest::where)
        .containsExactly("m.csv:3:1", "m.csv:3:3");
  }

  @Test
  void missingFinalNewline_keepsTheLastRow() {
    MetadataFile file = parse("a,b\n1,2\n3,4");

    assertThat(file.rows())
        .extracting(row -> row.cells().get("b").value())
        .containsExactly("2", "4");
    assertThat(file.layout()).isEqualTo(new TextLayout(false, false));
  }

  @Test
  void emptyFile_isMarkedEmpty() {
    MetadataFile file = parse("");

    assertThat(file.empty()).isTrue();
    assertThat(file.header()).isEmpty();
    assertThat(file.rows()).isEmpty();
    assertThat(file.origin().describe()).isEqualTo("m.csv");
  }

  @Test
  void headerOnlyFile_hasAHeaderAndNoRows() {
    MetadataFile file = parse("metric_name,metric_type\n");

    assertThat(file.empty()).isFalse();
    assertThat(file.headerNames()).containsExactly("metric_name", "metric_type");
    assertThat(file.rows()).isEmpty();
  }

  @Test
  void shortRow_countsItsRealFields() {
    MetadataFile file = parse("a,b,c\n1,2\n1,2,3,4\n");

    MetricRow short_ = file.rows().get(0);
    MetricRow long_ = file.rows().get(1);
    assertThat(short_.fieldCount()).isEqualTo(2);
    assertThat(short_.cells()).containsOnlyKeys("a", "b");
    assertThat(long_.fieldCount()).isEqualTo(4);
    assertThat(long_.cells()).containsOnlyKeys("a", "b", "c");
  }

  @Test
  void byteOrderMark_staysInTheFirstHeaderName() {
    // Python opens the file as "utf-8", not "utf-8-sig", so ddev sees the BOM as part of the name.
    MetadataFile file = parse("\ufeffmetric_name,metric_type\n");

    assertThat(file.headerNames()).containsExactly("\ufeffmetric_name", "metric_type");
  }

  @Test
  @Triggers(Rule.METADATA_UNREADABLE)
  void malformedUtf8_isAFindingNotAnException() throws IOException {
    Path csv = dir.resolve("metadata.csv");
    Files.write(csv, new byte[] {'a', ',', 'b', '\n', (byte) 0xC3, '(', ',', 'x', '\n'});

    Parsed<MetadataFile> parsed = MetadataReader.read(csv, "acme/metadata.csv");

    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.findings())
        .extracting(Finding::rule, f -> f.origin().describe(), Finding::message)
        .containsExactly(
            tuple(
                Rule.METADATA_UNREADABLE,
                "acme/metadata.csv:2:1",
                "cannot read metadata.csv: not valid UTF-8 text"));
  }

  @Test
  void unterminatedQuote_isAFindingNamingTheLine() {
    Parsed<MetadataFile> parsed = MetadataReader.parse("a,b\n\"open,2\n", "m.csv");

    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.rule()).isEqualTo(Rule.METADATA_UNREADABLE);
              assertThat(finding.origin().describe()).isEqualTo("m.csv");
              assertThat(finding.message())
                  .startsWith("cannot read metadata.csv: malformed CSV: ")
                  .contains("startline 2");
            });
  }

  @Test
  void missingFile_isAFinding() {
    Parsed<MetadataFile> parsed = MetadataReader.read(dir.resolve("nope.csv"), "acme/metadata.csv");

    assertThat(parsed.findings())
        .extracting(Finding::message)
        .containsExactly("cannot read metadata.csv: no such file");
  }

  @Test
  @Spares(Rule.METADATA_UNREADABLE)
  void wellFormedNonAsciiUtf8_isRead() throws IOException {
    Path csv = dir.resolve("metadata.csv");
    Files.writeString(csv, "a,b\nz\u0142oty,pa\u2019anga\n", StandardCharsets.UTF_8);

    Parsed<MetadataFile> parsed = MetadataReader.read(csv, "acme/metadata.csv");

    assertThat(parsed.findings()).isEmpty();
    assertThat(parsed.value().orElseThrow().rows().get(0).cells().values())
        .extracting(Cell::value)
        .containsExactly("z\u0142oty", "pa\u2019anga");
  }

  @Test
  void rowAccessors_readCellsByColumn() {
    MetricRow row = parse("metric_name,metric_type\nacme.a,gauge\n").rows().get(0);

    assertThat(row.metricName()).isEqualTo("acme.a");
    assertThat(row.value(MetadataColumn.METRIC_TYPE)).isEqualTo("gauge");
    assertThat(row.value(MetadataColumn.UNIT_NAME)).isEmpty();
    assertThat(row.cell(MetadataColumn.UNIT_NAME)).isNull();
    assertThat(row.originOf(MetadataColumn.UNIT_NAME)).isEqualTo(row.origin());
    assertThat(row.originOf(MetadataColumn.METRIC_TYPE).describe()).isEqualTo("m.csv:2:8");
  }

  private static MetadataFile parse(String text) {
    Parsed<MetadataFile> parsed = MetadataReader.parse(text, "m.csv");
    assertThat(parsed.findings()).isEmpty();
    return parsed.value().orElseThrow();
  }

  private static String where(Cell cell) {
    return cell.origin().describe();
  }
}
