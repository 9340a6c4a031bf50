package io.github.ddassets.cli.imports;

import io.github.ddassets.cli.imports.RoundTripResult.Outcome;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The round trip's table: fully identical integrations, counts per file, and each failure. */
final class RoundTripTable {

  static final Set<RoundTripFile> ALL = EnumSet.allOf(RoundTripFile.class);
  static final Set<RoundTripFile> ASSETS =
      EnumSet.of(RoundTripFile.METADATA, RoundTripFile.SERVICE_CHECKS, RoundTripFile.MANIFEST);

  private RoundTripTable() {}

  static String render(CorpusRoundTrip.Report report) {
    List<RoundTripResult> results = report.results();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nImport round trip over %d integrations (%d ms)%n",
            results.size(),
            report.millis()));
    out.append(
        String.format(
            Locale.ROOT,
            "  fully identical (all files): %d, of which built under a recorded baseline: %d;"
                + " metadata, service checks and manifest identical: %d;"
                + " import refused: %d; imported with ddev's errors: %d; compilation failed: %d;"
                + " compiler warnings: %d%n",
            count(results, ALL),
            results.stream()
                .filter(result -> result.identical(ALL) && result.baselined().isPresent())
                .count(),
            count(results, ASSETS),
            results.stream().filter(result -> !result.refused().isEmpty()).count(),
            results.stream().filter(result -> !result.defects().isEmpty()).count(),
            results.stream().filter(result -> !result.compileErrors().isEmpty()).count(),
            report.warnings().size()));
    out.append(
        String.format(
            Locale.ROOT, "  %-20s %9s %9s %9s%n", "file", "identical", "canonical", "different"));
    for (RoundTripFile kind : RoundTripFile.values()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-20s %9d %9d %9d%n",
              kind.label(),
              outcomes(results, kind, Outcome.IDENTICAL),
              outcomes(results, kind, Outcome.CANONICAL),
              outcomes(results, kind, Outcome.DIFFERENT)));
    }
    out.append("  failures:\n");
    for (RoundTripResult result : results) {
      if (!result.identical(ALL)) {
        out.append("    ")
            .append(result.name())
            .append(": ")
            .append(result.failure(ALL))
            .append('\n');
      }
    }
    report.warnings().forEach(warning -> out.append("  warning: ").append(warning).append('\n'));
    return out.toString();
  }

  static long count(List<RoundTripResult> results, Set<RoundTripFile> kinds) {
    return results.stream().filter(result -> result.identical(kinds)).count();
  }

  static long outcomes(List<RoundTripResult> results, RoundTripFile kind, Outcome outcome) {
    return results.stream()
        .map(result -> result.files().get(kind))
        .filter(comparison -> comparison != null && comparison.outcome() == outcome)
        .count();
  }
}
