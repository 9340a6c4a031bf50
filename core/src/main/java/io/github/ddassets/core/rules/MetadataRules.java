package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.IntegrationIdentity;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of {@code ddev validate metadata}, plus the strict profile's additions, over one
 * {@code metadata.csv}.
 *
 * <p>As in ddev, rows are only checked once the header is sound, and a row with the wrong number of
 * fields is not checked further.
 */
public final class MetadataRules {

  private MetadataRules() {}

  /** Every finding for a metadata file of the given integration. */
  public static List<Finding> check(MetadataFile file, IntegrationIdentity identity) {
    return check(file, identity, Vocabulary.STANDARD);
  }

  /** Every finding for a metadata file, with the units and prefixes a project added. */
  public static List<Finding> check(
      MetadataFile file, IntegrationIdentity identity, Vocabulary vocabulary) {
    List<Finding> findings = new ArrayList<>();
    if (file.empty()) {
      findings.add(Rule.METADATA_EMPTY_FILE.at(file.origin()));
      return findings;
    }
    List<MetricRow> rows = file.rows();
    if (rows.isEmpty()) {
      // ddev checks the header while reading rows, so a header-only file is never faulted.
      return findings;
    }
    boolean headerSound = MetadataHeaderRules.check(file, findings);
    MetadataLayoutRules.check(file, findings);
    if (!headerSound) {
      return findings;
    }
    MetricRowRules rowRules =
        new MetricRowRules(identity, file.headerNames().size(), findings, vocabulary);
    List<MetricRow> wellFormed = new ArrayList<>();
    for (MetricRow row : rows) {
      if (rowRules.check(row)) {
        wellFormed.add(row);
      }
    }
    MetadataUniquenessRules.check(wellFormed, findings);
    if (identity.metricPrefix() == null || identity.metricPrefix().isEmpty()) {
      findings.add(Rule.METADATA_PREFIX_MISSING.at(rows.get(0).origin(), identity.name()));
    }
    return findings;
  }
}
