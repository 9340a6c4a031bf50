package io.github.ddassets.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code include} or {@code exclude} block of a JMX rule: which MBeans and which of their
 * attributes. Every key JMXFetch does not treat specially is a bean-property filter.
 *
 * @param origin where the block starts
 * @param domain the {@code domain}, if set
 * @param domainRegex the {@code domain_regex}, if set
 * @param beans the {@code bean} names (one or several); empty when unset
 * @param beanRegexes the {@code bean_regex} patterns; empty when unset
 * @param properties the bean-property filters ({@code type: Queue}), in file order
 * @param attributes the {@code attribute} entries, in file order; empty for every attribute
 * @param attributesAsList whether {@code attribute} is a list of names rather than a mapping
 * @param excludeTags the {@code exclude_tags}
 * @param tags the {@code tags} added to every metric of the block, in file order
 */
public record JmxFilter(
    Origin origin,
    Optional<String> domain,
    Optional<String> domainRegex,
    List<String> beans,
    List<String> beanRegexes,
    List<JmxProperty> properties,
    List<JmxAttribute> attributes,
    boolean attributesAsList,
    List<String> excludeTags,
    List<JmxTag> tags) {

  public JmxFilter {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(domainRegex, "domainRegex");
    beans = List.copyOf(beans);
    beanRegexes = List.copyOf(beanRegexes);
    properties = List.copyOf(properties);
    attributes = List.copyOf(attributes);
    excludeTags = List.copyOf(excludeTags);
    tags = List.copyOf(tags);
  }

  /** Whether the block names a domain, a domain pattern or a bean: what ddev requires. */
  public boolean hasScope() {
    return domain.filter(d -> !d.isEmpty()).isPresent()
        || domainRegex.filter(d -> !d.isEmpty()).isPresent()
        || !beans.isEmpty();
  }

  /** The same filter without its attributes: two rules with equal scopes see the same beans. */
  public JmxFilter scope() {
    return new JmxFilter(
        Origin.NONE,
        domain,
        domainRegex,
        beans,
        beanRegexes,
        properties.stream().map(JmxProperty::withoutOrigin).toList(),
        List.of(),
        false,
        List.of(),
        List.of());
  }
}
