package io.github.ddassets.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * How a check's submissions compare with its {@code metadata.csv}.
 *
 * @param undeclared series the Agent would store that {@code metadata.csv} does not declare, in
 *     name order
 * @param neverEmitted declared metrics no submission produced, in name order (symmetric mode only)
 * @param typeMismatches series stored with another type than the declared one, in name order
 * @param missingTags submissions without a tag key their metric declares in {@code sample_tags}
 */
public record MetricReport(
    List<String> undeclared,
    List<String> neverEmitted,
    List<TypeMismatch> typeMismatches,
    List<MissingTag> missingTags) {

  public MetricReport {
    undeclared = List.copyOf(undeclared);
    neverEmitted = List.copyOf(neverEmitted);
    typeMismatches = List.copyOf(typeMismatches);
    missingTags = List.copyOf(missingTags);
  }

  /**
   * A series whose stored type differs from its declaration.
   *
   * @param metric the series name
   * @param declared the {@code metric_type} of {@code metadata.csv}
   * @param stored the type the Agent stores it with
   * @param submittedAs the DogStatsD type it was submitted with
   */
  public record TypeMismatch(
      String metric, String declared, String stored, SubmissionType submittedAs) {

    @Override
    public String toString() {
      String how =
          submittedAs == SubmissionType.COUNT
              ? " (DogStatsD counts are stored as rates)"
              : stored.equals(submittedAs.label())
                  ? ""
                  : " (submitted as a " + submittedAs.label() + ")";
      return metric + ": declared " + declared + ", stored as " + stored + how;
    }
  }

  /**
   * A submission that lacks a tag key its metric declares.
   *
   * @param metric the series name
   * @param tagKey the declared key it lacks
   * @param tags the tags it had
   */
  public record MissingTag(String metric, String tagKey, List<String> tags) {

    public MissingTag {
      tags = List.copyOf(tags);
    }

    @Override
    public String toString() {
      return metric + ": no `" + tagKey + "` tag in " + tags;
    }
  }

  /** Whether the submissions and the declarations agree. */
  public boolean clean() {
    return undeclared.isEmpty()
        && neverEmitted.isEmpty()
        && typeMismatches.isEmpty()
        && missingTags.isEmpty();
  }

  /** Every difference, one a line, grouped by kind; {@code "no differences"} when clean. */
  public String describe() {
    if (clean()) {
      return "no differences";
    }
    List<String> lines = new ArrayList<>();
    ReportLines.section(lines, "emitted but not declared in metadata.csv", undeclared);
    ReportLines.section(lines, "declared in metadata.csv but never emitted", neverEmitted);
    ReportLines.section(lines, "type mismatches", typeMismatches);
    ReportLines.section(lines, "declared sample tags missing", missingTags);
    return String.join("\n", lines);
  }

  @Override
  public String toString() {
    return describe();
  }
}
