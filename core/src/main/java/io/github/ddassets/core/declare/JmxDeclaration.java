package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.JmxRule;
import io.github.ddassets.core.model.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * What one element says about a JMX integration's {@code metrics.yaml}: a rule ({@code @JmxRule} on
 * a class or on a metric constant), or a metric that other code submits ({@code @NotFromJmx}).
 *
 * @param rule the rule; attributes declared without an alias on a constant have none yet; empty for
 *     a {@code @NotFromJmx} metric
 * @param constant the annotated constant's value (the metric name), empty on a class
 * @param declaringClass the qualified name of the class that holds the declaration
 * @param origin the declaration
 */
public record JmxDeclaration(
    Optional<JmxRule> rule, Optional<String> constant, String declaringClass, Origin origin) {

  public JmxDeclaration {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(constant, "constant");
    Objects.requireNonNull(declaringClass, "declaringClass");
    Objects.requireNonNull(origin, "origin");
  }

  /** A rule on a class: a group of metrics named by their aliases. */
  public static JmxDeclaration onClass(JmxRule rule, String declaringClass) {
    return new JmxDeclaration(Optional.of(rule), Optional.empty(), declaringClass, rule.origin());
  }

  /** A rule on a metric constant: its attributes without alias are sent under the constant. */
  public static JmxDeclaration onConstant(JmxRule rule, String constant, String declaringClass) {
    return new JmxDeclaration(
        Optional.of(rule), Optional.of(constant), declaringClass, rule.origin());
  }

  /** A metric of the integration that no rule produces, because other code submits it. */
  public static JmxDeclaration notFromJmx(String constant, String declaringClass, Origin origin) {
    return new JmxDeclaration(Optional.empty(), Optional.of(constant), declaringClass, origin);
  }
}
