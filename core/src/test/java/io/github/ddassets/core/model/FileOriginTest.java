package io.github.ddassets.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileOriginTest {

  @Test
  void describe_showsWhatIsKnown() {
    assertThat(FileOrigin.of("acme/metadata.csv").describe()).isEqualTo("acme/metadata.csv");
    assertThat(new FileOrigin("m.csv", 3, 0, "").describe()).isEqualTo("m.csv:3");
    assertThat(FileOrigin.at("m.csv", 3, 7).describe()).isEqualTo("m.csv:3:7");
    assertThat(new FileOrigin("sc.json", 4, 24, "/0/integration").describe())
        .isEqualTo("sc.json:4:24");
  }

  @Test
  void sortKey_ordersByPathThenLineThenColumnNumerically() {
    assertThat(FileOrigin.at("m.csv", 3, 7).sortKey()).isEqualTo("m.csv:000000003:000000007");
    assertThat(FileOrigin.at("m.csv", 9, 1).sortKey())
        .isLessThan(FileOrigin.at("m.csv", 10, 1).sortKey());
    assertThat(FileOrigin.at("m.csv", 2, 9).sortKey())
        .isLessThan(FileOrigin.at("m.csv", 2, 10).sortKey());
  }

  @Test
  void sortKey_padsAsAFormatterWould_largeAndNegativeNumbersIncluded() {
    assertThat(FileOrigin.at("m.csv", 0, 0).sortKey()).isEqualTo("m.csv:000000000:000000000");
    assertThat(FileOrigin.at("m.csv", 1234567890, -5).sortKey())
        .isEqualTo(String.format("m.csv:%09d:%09d", 1234567890, -5));
  }

  @Test
  void equality_isByEveryComponent() {
    FileOrigin origin = new FileOrigin("sc.json", 4, 24, "/0/integration");

    assertThat(origin).isEqualTo(new FileOrigin("sc.json", 4, 24, "/0/integration"));
    assertThat(origin).hasSameHashCodeAs(new FileOrigin("sc.json", 4, 24, "/0/integration"));
    assertThat(origin)
        .isNotEqualTo(new FileOrigin("sc.json", 4, 24, "/0/name"))
        .isNotEqualTo(new FileOrigin("sc.json", 4, 25, "/0/integration"))
        .isNotEqualTo(new FileOrigin("sc.json", 5, 24, "/0/integration"))
        .isNotEqualTo(new FileOrigin("other.json", 4, 24, "/0/integration"))
        .isNotEqualTo(null);
  }

  @Test
  void attribute_cannotNarrowAFilePosition() {
    FileOrigin origin = FileOrigin.at("m.csv", 3, 7);

    assertThat(origin.attribute("unit")).isSameAs(origin);
  }

  @Test
  void none_describesAsEmpty() {
    assertThat(Origin.NONE.describe()).isEmpty();
    assertThat(Origin.NONE.attribute("unit")).isSameAs(Origin.NONE);
  }
}
