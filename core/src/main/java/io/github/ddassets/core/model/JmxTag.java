package io.github.ddassets.core.model;

import java.util.Objects;

/**
 * A tag a JMX rule adds to its metrics: {@code name: value}, where the value may use bean-property
 * and {@code $N} placeholders.
 *
 * @param name the tag key
 * @param value the tag value as written
 */
public record JmxTag(String name, String value) {

  public JmxTag {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
