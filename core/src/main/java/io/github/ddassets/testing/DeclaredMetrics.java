package io.github.ddassets.testing;

import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetadataFile;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.read.MetadataReader;
import io.github.ddassets.core.read.Parsed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The metrics a {@code metadata.csv} declares, to compare with what a check really submitted.
 *
 * <p>Each submission is first turned into the series the Agent stores for it ({@link
 * SubmissionType#series}): a DogStatsD count becomes a rate, a histogram its five aggregates. Then
 * {@link #compare} reports the series that are not declared, those stored with another type than
 * the declared one, and the submissions that lack a tag key their metric declares in {@code
 * sample_tags}; {@link #compareSymmetric} also reports the declared metrics nothing produced.
 *
 * <pre>{@code
 * MetricReport report =
 *     DeclaredMetrics.fromClasspath("acme").compareSymmetric(submitted, Set.of());
 * if (!report.clean()) throw new AssertionError(report.describe());
 * }</pre>
 */
public final class DeclaredMetrics {

  private final Map<String, Declared> byName;

  private DeclaredMetrics(Map<String, Declared> byName) {
    this.byName = byName;
  }

  private record Declared(String name, String type, List<String> sampleTags) {}

  /**
   * The {@code metadata.csv} the processor generated for an integration, from the class path
   * ({@code META-INF/datadog/<integration>/metadata.csv}).
   *
   * @throws IllegalStateException when the file is not on the class path or cannot be read
   */
  public static DeclaredMetrics fromClasspath(String integration) {
    GeneratedResource file = GeneratedResource.of(integration, "metadata.csv");
    return parse(file.text(), file.name());
  }

  /** A {@code metadata.csv} file on disk. */
  public static DeclaredMetrics read(Path file) {
    return of(MetadataReader.read(file, file.toString()));
  }

  /** The text of a {@code metadata.csv}; {@code displayPath} names it in messages. */
  public static DeclaredMetrics parse(String text, String displayPath) {
    return of(MetadataReader.parse(text, displayPath));
  }

  private static DeclaredMetrics of(Parsed<MetadataFile> parsed) {
    MetadataFile file = GeneratedResource.value(parsed, "metadata.csv");
    Map<String, Declared> byName = new TreeMap<>();
    for (MetricRow row : file.rows()) {
      List<String> sampleTags =
          Arrays.stream(row.value(MetadataColumn.SAMPLE_TAGS).split(","))
              .map(String::trim)
              .filter(tag -> !tag.isEmpty())
              .toList();
      byName.put(
          row.metricName(),
          new Declared(
              row.metricName(),
              row.value(MetadataColumn.METRIC_TYPE).trim().toLowerCase(Locale.ROOT),
              sampleTags));
    }
    return new DeclaredMetrics(byName);
  }

  /** The declared metric names, in order. */
  public Set<String> names() {
    return new TreeSet<>(byName.keySet());
  }

  /**
   * Compares submissions with the declarations one way: what was submitted must be declared, with
   * its type and sample tags. Declared metrics nothing produced are not reported.
   */
  public MetricReport compare(Collection<SubmittedMetric> submitted) {
    return compare(submitted, false, Set.of());
  }

  /**
   * Compares both ways: also reports the declared metrics no submission produced, except those of
   * {@code allowedMissing} (metrics a test cannot make the check emit).
   *
   * @throws IllegalArgumentException when {@code allowedMissing} names a metric that is not
   *     declared, so that the list cannot go stale unnoticed
   */
  public MetricReport compareSymmetric(
      Collection<SubmittedMetric> submitted, Collection<String> allowedMissing) {
    Set<String> unknown = new TreeSet<>(allowedMissing);
    unknown.removeAll(byName.keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "allowed-missing metrics not declared in metadata.csv: " + String.join(", ", unknown));
    }
    return compare(submitted, true, Set.copyOf(allowedMissing));
  }

  private MetricReport compare(
      Collection<SubmittedMetric> submitted, boolean symmetric, Set<String> allowedMissing) {
    Set<String> undeclared = new TreeSet<>();
    Set<String> emitted = new TreeSet<>();
    Map<String, MetricReport.TypeMismatch> mismatches = new TreeMap<>();
    Set<MetricReport.MissingTag> missingTags = new LinkedHashSet<>();
    for (SubmittedMetric metric : submitted) {
      for (SubmissionType.AgentSeries series : metric.type().series(metric.name())) {
        emitted.add(series.name());
        Declared declared = byName.get(series.name());
        if (declared == null) {
          undeclared.add(series.name());
          continue;
        }
        if (!declared.type().equals(series.type())) {
          mismatches.putIfAbsent(
              series.name() + " " + metric.type(),
              new MetricReport.TypeMismatch(
                  series.name(), declared.type(), series.type(), metric.type()));
        }
        for (String key : declared.sampleTags()) {
          if (!metric.hasTagKey(key)) {
            missingTags.add(new MetricReport.MissingTag(series.name(), key, metric.tags()));
          }
        }
      }
    }
    List<String> neverEmitted = new ArrayList<>();
    if (symmetric) {
      for (String name : byName.keySet()) {
        if (!emitted.contains(name) && !allowedMissing.contains(name)) {
          neverEmitted.add(name);
        }
      }
    }
    return new MetricReport(
        List.copyOf(undeclared),
        neverEmitted,
        List.copyOf(mismatches.values()),
        List.copyOf(missingTags));
  }
}
