package io.github.ddassets.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * How a check's service-check submissions compare with its {@code service_checks.json}.
 *
 * @param undeclared checks submitted that {@code service_checks.json} does not declare, in name
 *     order
 * @param neverEmitted declared checks nothing submitted, in name order (symmetric mode only)
 * @param undeclaredStatuses submissions whose status their declaration does not list
 * @param missingGroups submissions without a tag key of their declared {@code groups}
 */
public record ServiceCheckReport(
    List<String> undeclared,
    List<String> neverEmitted,
    List<String> undeclaredStatuses,
    List<String> missingGroups) {

  public ServiceCheckReport {
    undeclared = List.copyOf(undeclared);
    neverEmitted = List.copyOf(neverEmitted);
    undeclaredStatuses = List.copyOf(undeclaredStatuses);
    missingGroups = List.copyOf(missingGroups);
  }

  /** Whether the submissions and the declarations agree. */
  public boolean clean() {
    return undeclared.isEmpty()
        && neverEmitted.isEmpty()
        && undeclaredStatuses.isEmpty()
        && missingGroups.isEmpty();
  }

  /** Every difference, one a line, grouped by kind; {@code "no differences"} when clean. */
  public String describe() {
    if (clean()) {
      return "no differences";
    }
    List<String> lines = new ArrayList<>();
    ReportLines.section(lines, "submitted but not declared in service_checks.json", undeclared);
    ReportLines.section(lines, "declared in service_checks.json but never submitted", neverEmitted);
    ReportLines.section(lines, "statuses not declared", undeclaredStatuses);
    ReportLines.section(lines, "declared groups missing", missingGroups);
    return String.join("\n", lines);
  }

  @Override
  public String toString() {
    return describe();
  }
}
