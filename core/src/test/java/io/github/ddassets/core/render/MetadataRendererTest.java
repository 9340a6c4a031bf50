package io.github.ddassets.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.read.MetadataReader;
import org.junit.jupiter.api.Test;

/**
 * The golden texts are what Python 3's {@code csv.writer(f, lineterminator="\n")} writes for the
 * same rows, checked with python3.
 */
class MetadataRendererTest {

  private static final String HEADER =
      "metric_name,metric_type,interval,unit_name,per_unit_name,description,orientation,integration,short_name,curated_metric\n";

  @Test
  void cells_areQuotedOnlyWhenTheyHoldACommaAQuoteOrALineBreak() {
    String rows =
        "acme.b,gauge,,byte,,\"Heap in use, in bytes.\",-1,acme,heap used,memory\n"
            + "acme.a,count,10,,,\"Say \"\"hi\"\"\nthen stop.\",0,acme, leading space,#hash\n";

    assertThat(MetadataRenderer.render(read(HEADER + rows))).isEqualTo(HEADER + rows);
  }

  @Test
  void needlesslyQuotedCells_areUnquoted() {
    String text = HEADER + "\"acme.a\",\"gauge\",\"\",,,\"Plain.\",0,acme,a,\n";

    assertThat(MetadataRenderer.render(read(text)))
        .isEqualTo(HEADER + "acme.a,gauge,,,,Plain.,0,acme,a,\n");
  }

  @Test
  void crlfAndMissingFinalNewline_becomeLfWithFinalNewline() {
    String text =
        HEADER.replace("\n", "\r\n")
            + "acme.a,gauge,,,,A.,0,acme,a,\r\nacme.b,gauge,,,,B.,0,acme,b,";

    assertThat(MetadataRenderer.render(read(text)))
        .isEqualTo(HEADER + "acme.a,gauge,,,,A.,0,acme,a,\nacme.b,gauge,,,,B.,0,acme,b,\n");
  }

  @Test
  void rows_keepTheirOrder() {
    String rows = "acme.z,gauge,,,,Z.,0,acme,z,\nacme.a,gauge,,,,A.,0,acme,a,\n";

    assertThat(MetadataRenderer.render(read(HEADER + rows))).isEqualTo(HEADER + rows);
  }

  @Test
  void columns_areWrittenInTheCanonicalOrder() {
    String text = "integration,metric_name,orientation,metric_type\nacme,acme.a,0,gauge\n";

    assertThat(MetadataRenderer.render(read(text)))
        .isEqualTo(HEADER + "acme.a,gauge,,,,,0,acme,,\n");
  }

  @Test
  void unknownColumns_areDropped() {
    String text = HEADER.replace("\n", ",notes\n") + "acme.a,gauge,,,,A.,0,acme,a,,ignored\n";

    assertThat(MetadataRenderer.render(read(text)))
        .isEqualTo(HEADER + "acme.a,gauge,,,,A.,0,acme,a,\n");
  }

  @Test
  void sampleTagsColumn_addsTheEleventhColumn() {
    String header = HEADER.replace("\n", ",sample_tags\n");
    String rows = "acme.a,gauge,,,,A.,0,acme,a,,\"team,db\"\nacme.b,gauge,,,,B.,0,acme,b,,\n";

    assertThat(MetadataRenderer.render(read(header + rows))).isEqualTo(header + rows);
    assertThat(MetadataRenderer.columnsOf(read(header + rows)))
        .isEqualTo(MetadataColumn.WITH_SAMPLE_TAGS);
  }

  @Test
  void fileWithoutSampleTags_hasTheTenStandardColumns() {
    MetadataFile file = read("metric_name,metric_type\nacme.a,gauge\n");

    assertThat(MetadataRenderer.columnsOf(file)).isEqualTo(MetadataColumn.STANDARD).hasSize(10);
  }

  @Test
  void headerOnlyAndEmptyFiles_renderTheHeader() {
    assertThat(MetadataRenderer.render(read(HEADER))).isEqualTo(HEADER);
    assertThat(MetadataRenderer.render(read(""))).isEqualTo(HEADER);
  }

  @Test
  void shortRow_isPaddedWithEmptyCells() {
    assertThat(MetadataRenderer.render(read(HEADER + "acme.a,gauge\n")))
        .isEqualTo(HEADER + "acme.a,gauge,,,,,,,,\n");
  }

  private static MetadataFile read(String text) {
    return MetadataReader.parse(text, "metadata.csv").value().orElseThrow();
  }
}
