package io.github.ddassets.core.declare;

import io.github.ddassets.core.model.JmxAttribute;
import io.github.ddassets.core.model.JmxFilter;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.JmxRule;
import io.github.ddassets.core.model.Origin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts the JMX declarations of one integration in JMXFetch's order and makes its {@code
 * metrics.yaml}: the check class's declarations first, then the other classes' by name, each in
 * source order; an attribute declared on a constant without an alias takes the constant's value;
 * consecutive rules of constants with the same beans, tags and excludes become one rule, unless
 * they name the same attribute (one mapping cannot hold a key twice).
 */
public final class JmxAssembler {

  private JmxAssembler() {}

  /**
   * The integration's rules, or empty when it declares none.
   *
   * @param checkClass the qualified name of the integration's check class
   * @param declarations its JMX declarations, in the order they were collected per class
   * @param origin the file's origin (the integration's declaration)
   */
  public static Optional<JmxMetricsFile> assemble(
      String checkClass, List<JmxDeclaration> declarations, Origin origin) {
    List<JmxDeclaration> ordered = new ArrayList<>(declarations);
    // A stable sort keeps each class's own order.
    ordered.sort(
        Comparator.comparing((JmxDeclaration d) -> !d.declaringClass().equals(checkClass))
            .thenComparing(JmxDeclaration::declaringClass));
    List<JmxRule> rules = new ArrayList<>();
    boolean previousOnConstant = false;
    for (JmxDeclaration declaration : ordered) {
      if (declaration.rule().isEmpty()) {
        continue;
      }
      JmxRule rule = named(declaration.rule().get(), declaration.constant());
      boolean onConstant = declaration.constant().isPresent();
      if (onConstant && previousOnConstant && sameBeans(rules.get(rules.size() - 1), rule)) {
        rules.set(rules.size() - 1, merged(rules.get(rules.size() - 1), rule));
      } else {
        rules.add(rule);
      }
      previousOnConstant = onConstant;
    }
    return rules.isEmpty() ? Optional.empty() : Optional.of(new JmxMetricsFile(origin, rules));
  }

  /** The metric names marked as submitted by other code. */
  public static Set<String> notFromJmx(List<JmxDeclaration> declarations) {
    Set<String> names = new TreeSet<>();
    declarations.stream()
        .filter(d -> d.rule().isEmpty())
        .forEach(d -> d.constant().ifPresent(names::add));
    return names;
  }

  private static JmxRule named(JmxRule rule, Optional<String> constant) {
    if (constant.isEmpty() || rule.include().isEmpty()) {
      return rule;
    }
    JmxFilter include = rule.include().get();
    List<JmxAttribute> attributes =
        include.attributes().stream()
            .map(
                a ->
                    a.alias().isPresent()
                        ? a
                        : new JmxAttribute(
                            a.name(), constant, a.metricType(), a.tags(), a.values(), a.origin()))
            .toList();
    return new JmxRule(
        rule.origin(), Optional.of(withAttributes(include, attributes)), rule.exclude());
  }

  private static boolean sameBeans(JmxRule previous, JmxRule next) {
    if (previous.include().isEmpty() || next.include().isEmpty()) {
      return false;
    }
    JmxFilter a = previous.include().get();
    JmxFilter b = next.include().get();
    return a.scope().equals(b.scope())
        && a.excludeTags().equals(b.excludeTags())
        && a.tags().equals(b.tags())
        && a.attributesAsList() == b.attributesAsList()
        && !a.attributes().isEmpty()
        && !b.attributes().isEmpty()
        && withoutOrigins(previous.exclude()).equals(withoutOrigins(next.exclude()))
        && b.attributes().stream()
            .noneMatch(
                attribute ->
                    a.attributes().stream()
                        .anyMatch(other -> other.name().equals(attribute.name())));
  }

  private static Optional<JmxFilter> withoutOrigins(Optional<JmxFilter> filter) {
    return filter.map(
        f ->
            withAttributes(
                f.scope(),
                f.attributes().stream()
                    .map(a -> JmxAttribute.named(a.name(), Origin.NONE))
                    .toList()));
  }

  private static JmxRule merged(JmxRule previous, JmxRule next) {
    JmxFilter include = previous.include().get();
    List<JmxAttribute> attributes = new ArrayList<>(include.attributes());
    attributes.addAll(next.include().get().attributes());
    return new JmxRule(
        previous.origin(), Optional.of(withAttributes(include, attributes)), previous.exclude());
  }

  private static JmxFilter withAttributes(JmxFilter filter, List<JmxAttribute> attributes) {
    return new JmxFilter(
        filter.origin(),
        filter.domain(),
        filter.domainRegex(),
        filter.beans(),
        filter.beanRegexes(),
        filter.properties(),
        attributes,
        filter.attributesAsList(),
        filter.excludeTags(),
        filter.tags());
  }
}
