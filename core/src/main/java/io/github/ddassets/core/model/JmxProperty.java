package io.github.ddassets.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A bean-property filter of a JMX rule, such as {@code destinationType: Queue}: the bean must have
 * the property with one of the values.
 *
 * @param name the property key
 * @param values the accepted values, as written (strings, or other scalars such as booleans)
 * @param origin where the key is written
 */
public record JmxProperty(String name, List<Object> values, Origin origin) {

  public JmxProperty {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
    Objects.requireNonNull(origin, "origin");
  }

  /** The same filter with {@link Origin#NONE}, to compare filters by value. */
  JmxProperty withoutOrigin() {
    return new JmxProperty(name, values, Origin.NONE);
  }

  /** The only value as text, when there is exactly one. */
  public java.util.Optional<String> singleValue() {
    return values.size() == 1
        ? java.util.Optional.of(String.valueOf(values.get(0)))
        : java.util.Optional.empty();
  }
}
