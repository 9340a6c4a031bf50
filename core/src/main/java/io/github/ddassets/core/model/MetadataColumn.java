package io.github.ddassets.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of {@code metadata.csv}, in the canonical order ddev writes them.
 *
 * <p>ddev requires the four "required" columns to have a value in every row, requires the header to
 * contain the required columns plus the five "checked" optional ones, and accepts {@code
 * curated_metric} and {@code sample_tags} as optional columns.
 */
public enum MetadataColumn {
  METRIC_NAME("metric_name", Presence.REQUIRED_VALUE),
  METRIC_TYPE("metric_type", Presence.REQUIRED_VALUE),
  INTERVAL("interval", Presence.REQUIRED_COLUMN),
  UNIT_NAME("unit_name", Presence.REQUIRED_COLUMN),
  PER_UNIT_NAME("per_unit_name", Presence.REQUIRED_COLUMN),
  DESCRIPTION("description", Presence.REQUIRED_COLUMN),
  ORIENTATION("orientation", Presence.REQUIRED_VALUE),
  INTEGRATION("integration", Presence.REQUIRED_VALUE),
  SHORT_NAME("short_name", Presence.REQUIRED_COLUMN),
  CURATED_METRIC("curated_metric", Presence.OPTIONAL_COLUMN),
  SAMPLE_TAGS("sample_tags", Presence.OPTIONAL_COLUMN);

  /** How strictly ddev wants a column. */
  public enum Presence {
    /** The column must exist and every row must give it a value. */
    REQUIRED_VALUE,
    /** The column must exist; cells may be empty. */
    REQUIRED_COLUMN,
    /** The column may be left out of the header. */
    OPTIONAL_COLUMN
  }

  /** The ten columns real files use when they do not list sample tags. */
  public static final List<MetadataColumn> STANDARD =
      List.of(Arrays.copyOf(values(), SAMPLE_TAGS.ordinal()));

  /** All eleven columns, for files that list sample tags. */
  public static final List<MetadataColumn> WITH_SAMPLE_TAGS = List.of(values());

  private final String header;
  private final Presence presence;

  MetadataColumn(String header, Presence presence) {
    this.header = header;
    this.presence = presence;
  }

  /** The column's name in the CSV header. */
  public String header() {
    return header;
  }

  /** How strictly ddev wants this column. */
  public Presence presence() {
    return presence;
  }

  /** Whether the header must contain this column. */
  public boolean isRequiredColumn() {
    return presence != Presence.OPTIONAL_COLUMN;
  }

  /** Finds the column with this header name. */
  public static Optional<MetadataColumn> fromHeader(String header) {
    for (MetadataColumn column : values()) {
      if (column.header.equals(header)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
