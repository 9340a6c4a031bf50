package io.github.ddassets.core.rules;

import io.github.ddassets.core.model.MetricNames;
import java.util.List;
import java.util.Set;

/**
 * What a project adds to the lists the rules check against: unit names, classifier tags and global
 * metric prefixes. Datadog adds a unit or a tag from time to time; a project that uses it should
 * not wait for a ddassets release, so it names the addition in its project file ({@code
 * .ddassets.toml}) and the rules accept it.
 *
 * @param units unit names accepted besides Datadog's ({@link Units})
 * @param classifierTags classifier tags treated as known besides those seen in real manifests
 *     ({@link ClassifierTags})
 * @param globalPrefixes metric-name prefixes every integration may use besides Datadog's ({@link
 *     MetricNames#GLOBAL_PREFIXES})
 */
public record Vocabulary(
    Set<String> units, Set<String> classifierTags, List<String> globalPrefixes) {

  /** Nothing added: the lists as ddassets ships them. */
  public static final Vocabulary STANDARD = new Vocabulary(Set.of(), Set.of(), List.of());

  public Vocabulary {
    units = Set.copyOf(units);
    classifierTags = Set.copyOf(classifierTags);
    globalPrefixes = List.copyOf(globalPrefixes);
  }

  /** Whether a unit name is Datadog's or one the project added. */
  public boolean isKnownUnit(String unit) {
    return Units.isKnown(unit) || units.contains(unit);
  }

  /** Whether a classifier tag is one seen in real manifests or one the project added. */
  public boolean isKnownClassifierTag(String tag) {
    return ClassifierTags.isKnown(tag) || classifierTags.contains(tag);
  }

  /**
   * Whether a metric name starts with the integration's prefix, one of Datadog's global prefixes or
   * one the project added.
   */
  public boolean hasAllowedPrefix(String name, String prefix) {
    return MetricNames.hasAllowedPrefix(name, prefix)
        || globalPrefixes.stream().anyMatch(name::startsWith);
  }
}
