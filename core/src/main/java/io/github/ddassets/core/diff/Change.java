package io.github.ddassets.core.diff;

import io.github.ddassets.core.model.Origin;
import java.util.Objects;

/**
 * One difference between two releases.
 *
 * @param integration the integration's name
 * @param subject what changed
 * @param name the metric name, service-check name, option path ({@code instances.timeout}) or
 *     manifest pointer
 * @param aspect what about it changed, such as {@code removed}, {@code unit} or {@code required}
 * @param impact how it affects users of the old release
 * @param before the old value, or empty when there was none
 * @param after the new value, or empty when there is none
 * @param message one sentence saying what changed
 * @param origin where to point: the new release's file, or the old one's for something removed
 */
public record Change(
    String integration,
    Subject subject,
    String name,
    String aspect,
    Impact impact,
    String before,
    String after,
    String message,
    Origin origin) {

  public Change {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(origin, "origin");
  }

  /**
   * The stable code of the kind of change, such as {@code metric-unit} or {@code option-removed}.
   */
  public String code() {
    return subject.id() + "-" + aspect;
  }
}
