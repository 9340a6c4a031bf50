package io.github.ddassets.testing;

import java.util.List;
import java.util.Objects;

/**
 * One metric value a check submitted.
 *
 * @param name the metric name
 * @param type its DogStatsD type
 * @param tags its tags, such as {@code collector:copy}
 */
public record SubmittedMetric(String name, SubmissionType type, List<String> tags) {

  public SubmittedMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    tags = List.copyOf(tags);
  }

  /** Whether one of the tags has this key ({@code key:value}, or the bare {@code key}). */
  public boolean hasTagKey(String key) {
    return tags.stream().anyMatch(tag -> tag.equals(key) || tag.startsWith(key + ":"));
  }
}
