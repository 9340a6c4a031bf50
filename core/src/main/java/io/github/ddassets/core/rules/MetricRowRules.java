package io.github.ddassets.core.rules;

import static io.github.ddassets.core.model.MetadataColumn.CURATED_METRIC;
import static io.github.ddassets.core.model.MetadataColumn.DESCRIPTION;
import static io.github.ddassets.core.model.MetadataColumn.INTEGRATION;
import static io.github.ddassets.core.model.MetadataColumn.INTERVAL;
import static io.github.ddassets.core.model.MetadataColumn.METRIC_NAME;
import static io.github.ddassets.core.model.MetadataColumn.METRIC_TYPE;
import static io.github.ddassets.core.model.MetadataColumn.ORIENTATION;
import static io.github.ddassets.core.model.MetadataColumn.PER_UNIT_NAME;
import static io.github.ddassets.core.model.MetadataColumn.SAMPLE_TAGS;
import static io.github.ddassets.core.model.MetadataColumn.SHORT_NAME;
import static io.github.ddassets.core.model.MetadataColumn.UNIT_NAME;

import io.github.ddassets.core.model.Cell;
import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetricNames;
import io.github.ddassets.core.model.MetricRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks ddev makes on each row of {@code metadata.csv}, one row at a time. */
final class MetricRowRules {

  private static final Set<String> METRIC_TYPES = Set.of("gauge", "count", "rate");
  private static final Set<String> ORIENTATIONS = Set.of("0", "1", "-1");
  private static final Set<String> CURATED_TYPES = Set.of("cpu", "memory");
  private static final int MAX_DESCRIPTION_LENGTH = 400;
  private static final int MAX_NAME_LENGTH = 200;

  private final IntegrationIdentity identity;
  private final String expectedIntegration;
  private final int headerWidth;
  private final List<Finding> findings;
  private final Vocabulary vocabulary;

  MetricRowRules(
      IntegrationIdentity identity,
      int headerWidth,
      List<Finding> findings,
      Vocabulary vocabulary) {
    this.identity = identity;
    this.vocabulary = vocabulary;
    this.expectedIntegration = identity.normalizedDisplayName();
    this.headerWidth = headerWidth;
    this.findings = findings;
  }

  /** Checks one row; returns false when the row is malformed and was not checked further. */
  boolean check(MetricRow row) {
    if (row.fieldCount() != headerWidth) {
      findings.add(
          Rule.METADATA_ROW_WIDTH.at(
              row.origin(), row.metricName(), row.fieldCount(), headerWidth));
      return false;
    }
    checkRequiredValues(row);
    checkName(row);
    checkType(row);
    checkUnits(row);
    checkIntegration(row);
    checkOrientation(row);
    checkDescription(row);
    checkInterval(row);
    checkCurated(row);
    checkShortName(row);
    checkSampleTags(row);
    return true;
  }

  private void checkRequiredValues(MetricRow row) {
    for (MetadataColumn column : MetadataColumn.values()) {
      if (column.presence() == MetadataColumn.Presence.REQUIRED_VALUE
          && row.value(column).isEmpty()) {
        findings.add(Rule.METADATA_REQUIRED_EMPTY.at(row.originOf(column), column.header()));
      }
    }
  }

  private void checkName(MetricRow row) {
    String name = row.metricName();
    if (name.isEmpty()) {
      return;
    }
    Cell cell = row.cell(METRIC_NAME);
    String normalized = MetricNames.normalize(name);
    if (!name.equals(normalized)) {
      findings.add(Rule.METADATA_NAME_NOT_NORMALIZED.at(cell.origin(), name, normalized));
    }
    String prefix = identity.metricPrefix();
    if (prefix != null && !prefix.isEmpty() && !vocabulary.hasAllowedPrefix(name, prefix)) {
      findings.add(Rule.METADATA_NAME_PREFIX.at(cell.origin(), name, prefix));
    }
    if (Text.length(name) > MAX_NAME_LENGTH) {
      findings.add(Rule.METADATA_NAME_TOO_LONG.at(cell.origin(), name, Text.length(name)));
    }
    if (name.contains("..") || name.endsWith(".")) {
      findings.add(Rule.METADATA_NAME_DOTS.at(cell.origin(), name));
    }
  }

  private void checkType(MetricRow row) {
    String type = row.value(METRIC_TYPE);
    if (!type.isEmpty() && !METRIC_TYPES.contains(type)) {
      Finding finding = Rule.METADATA_TYPE_INVALID.at(row.originOf(METRIC_TYPE), type);
      if (type.equals("distribution")) {
        finding =
            finding.withHint(
                "ddev does not accept distribution metrics in metadata.csv yet; declare a histogram"
                    + " or a gauge");
      }
      findings.add(finding);
    }
  }

  private void checkUnits(MetricRow row) {
    String unit = row.value(UNIT_NAME);
    String perUnit = row.value(PER_UNIT_NAME);
    checkUnit(row, UNIT_NAME, unit);
    checkUnit(row, PER_UNIT_NAME, perUnit);
    if (Units.TIME_UNITS.contains(unit) && Units.TIME_UNITS.contains(perUnit)) {
      findings.add(Rule.METADATA_UNIT_TIME_FRACTION.at(row.originOf(PER_UNIT_NAME), unit, perUnit));
    }
  }

  private void checkUnit(MetricRow row, MetadataColumn column, String unit) {
    if (unit.isEmpty()) {
      return;
    }
    if (!vocabulary.isKnownUnit(unit)) {
      Finding finding = Rule.METADATA_UNIT_UNKNOWN.at(row.originOf(column), unit, column.header());
      Optional<String> near = Units.closest(unit);
      findings.add(
          near.isPresent() ? finding.withHint("did you mean `" + near.get() + "`?") : finding);
    } else if (unit.equals(Units.PLACEHOLDER)) {
      findings.add(Rule.METADATA_UNIT_PLACEHOLDER.at(row.originOf(column)));
    }
  }

  private void checkIntegration(MetricRow row) {
    String integration = row.value(INTEGRATION);
    String expected = expectedIntegration;
    if (!integration.isEmpty() && !integration.equals(expected)) {
      findings.add(
          Rule.METADATA_INTEGRATION_MISMATCH.at(row.originOf(INTEGRATION), integration, expected));
    }
  }

  private void checkOrientation(MetricRow row) {
    String orientation = row.value(ORIENTATION);
    if (!orientation.isEmpty() && !ORIENTATIONS.contains(orientation)) {
      findings.add(Rule.METADATA_ORIENTATION_INVALID.at(row.originOf(ORIENTATION), orientation));
    }
  }

  /**
   * ddev checks the description as an if/else chain: empty, then `|`, then non-ASCII anywhere in
   * the row, then length. The strict profile also checks ASCII in the rows the chain skips.
   */
  private void checkDescription(MetricRow row) {
    String name = row.metricName();
    String description = row.value(DESCRIPTION);
    List<String> nonAscii = nonAsciiColumns(row);
    boolean asciiChecked = false;
    if (description.isEmpty()) {
      findings.add(Rule.METADATA_DESCRIPTION_EMPTY.at(row.originOf(DESCRIPTION), name));
    } else if (description.contains("|")) {
      findings.add(Rule.METADATA_DESCRIPTION_PIPE.at(row.originOf(DESCRIPTION), name));
    } else {
      asciiChecked = true;
      if (!nonAscii.isEmpty()) {
        findings.add(
            Rule.METADATA_NON_ASCII.at(
                firstNonAscii(row, nonAscii), name, String.join(", ", nonAscii)));
      } else if (Text.length(description) > MAX_DESCRIPTION_LENGTH) {
        findings.add(
            Rule.METADATA_DESCRIPTION_TOO_LONG.at(
                row.originOf(DESCRIPTION), name, Text.length(description)));
      }
    }
    if (!asciiChecked && !nonAscii.isEmpty()) {
      findings.add(
          Rule.METADATA_NON_ASCII_UNCHECKED.at(
              firstNonAscii(row, nonAscii), name, String.join(", ", nonAscii)));
    }
  }

  private static List<String> nonAsciiColumns(MetricRow row) {
    List<String> columns = new ArrayList<>();
    for (Map.Entry<String, Cell> cell : row.cells().entrySet()) {
      if (!Text.isAscii(cell.getValue().value())) {
        columns.add(cell.getKey());
      }
    }
    return columns;
  }

  private static io.github.ddassets.core.model.Origin firstNonAscii(
      MetricRow row, List<String> columns) {
    return row.cells().get(columns.get(0)).origin();
  }

  private void checkInterval(MetricRow row) {
    String interval = row.value(INTERVAL);
    if (!interval.isEmpty() && !Text.isDigits(interval)) {
      findings.add(Rule.METADATA_INTERVAL_NOT_DIGITS.at(row.originOf(INTERVAL), interval));
    }
  }

  private void checkCurated(MetricRow row) {
    String curated = row.value(CURATED_METRIC);
    if (curated.isEmpty()) {
      return;
    }
    String[] types = curated.split("\\|", -1);
    Set<String> seen = new HashSet<>();
    for (String type : types) {
      if (!seen.add(type)) {
        findings.add(
            Rule.METADATA_CURATED_INVALID.at(
                row.originOf(CURATED_METRIC), row.metricName(), "lists `" + type + "` twice"));
      }
      if (!CURATED_TYPES.contains(type)) {
        findings.add(
            Rule.METADATA_CURATED_INVALID.at(
                row.originOf(CURATED_METRIC),
                row.metricName(),
                "contains `" + type + "`: use cpu and memory"));
      }
    }
  }

  private void checkShortName(MetricRow row) {
    if (row.cell(SHORT_NAME) != null && row.value(SHORT_NAME).isEmpty()) {
      findings.add(Rule.METADATA_SHORT_NAME_EMPTY.at(row.originOf(SHORT_NAME), row.metricName()));
    }
  }

  private void checkSampleTags(MetricRow row) {
    String tags = row.value(SAMPLE_TAGS);
    if (tags.isEmpty()) {
      return;
    }
    boolean malformed = false;
    for (int i = 0; i < tags.length(); i++) {
      malformed |= Character.isWhitespace(tags.charAt(i));
    }
    for (String key : tags.split(",", -1)) {
      malformed |= key.isEmpty();
    }
    if (malformed) {
      findings.add(
          Rule.METADATA_SAMPLE_TAGS_FORMAT.at(row.originOf(SAMPLE_TAGS), row.metricName(), tags));
    }
  }
}
