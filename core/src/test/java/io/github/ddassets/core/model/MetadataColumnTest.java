package io.github.ddassets.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetadataColumnTest {

  @Test
  void columns_areInDdevsCanonicalOrder() {
    assertThat(Arrays.stream(MetadataColumn.values()).map(MetadataColumn::header))
        .containsExactly(
            "metric_name",
            "metric_type",
            "interval",
            "unit_name",
            "per_unit_name",
            "description",
            "orientation",
            "integration",
            "short_name",
            "curated_metric",
            "sample_tags");
  }

  @Test
  void standardColumns_leaveOutSampleTags() {
    assertThat(MetadataColumn.STANDARD).hasSize(10).doesNotContain(MetadataColumn.SAMPLE_TAGS);
    assertThat(MetadataColumn.WITH_SAMPLE_TAGS).hasSize(11).endsWith(MetadataColumn.SAMPLE_TAGS);
  }

  @Test
  void requiredColumns_areTheNineDdevNeeds() {
    assertThat(Arrays.stream(MetadataColumn.values()).filter(MetadataColumn::isRequiredColumn))
        .containsExactly(
            MetadataColumn.METRIC_NAME,
            MetadataColumn.METRIC_TYPE,
            MetadataColumn.INTERVAL,
            MetadataColumn.UNIT_NAME,
            MetadataColumn.PER_UNIT_NAME,
            MetadataColumn.DESCRIPTION,
            MetadataColumn.ORIENTATION,
            MetadataColumn.INTEGRATION,
            MetadataColumn.SHORT_NAME);
    assertThat(
            Arrays.stream(MetadataColumn.values())
                .filter(c -> c.presence() == MetadataColumn.Presence.REQUIRED_VALUE))
        .containsExactly(
            MetadataColumn.METRIC_NAME,
            MetadataColumn.METRIC_TYPE,
            MetadataColumn.ORIENTATION,
            MetadataColumn.INTEGRATION);
  }

  @Test
  void fromHeader_isExact() {
    assertThat(MetadataColumn.fromHeader("unit_name")).contains(MetadataColumn.UNIT_NAME);
    assertThat(MetadataColumn.fromHeader("Unit_Name")).isEmpty();
    assertThat(MetadataColumn.fromHeader(" unit_name")).isEmpty();
  }
}
