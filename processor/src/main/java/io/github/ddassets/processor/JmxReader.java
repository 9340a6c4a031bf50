package io.github.ddassets.processor;

import io.github.ddassets.core.declare.JmxDeclaration;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.model.JmxAttribute;
import io.github.ddassets.core.model.JmxFilter;
import io.github.ddassets.core.model.JmxProperty;
import io.github.ddassets.core.model.JmxRule;
import io.github.ddassets.core.model.JmxTag;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import io.github.ddassets.core.yaml.YamlMap;
import io.github.ddassets.core.yaml.YamlNode;
import io.github.ddassets.core.yaml.YamlReader;
import io.github.ddassets.core.yaml.YamlSyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @JmxRule} (alone or repeated in {@code @JmxRules}) on classes and metric constants,
 * and {@code @NotFromJmx} on constants, into JMX declarations.
 */
final class JmxReader {

  static final String RULE = Vocabulary.JmxRule.ANNOTATION;
  static final String RULES = Vocabulary.JmxRules.ANNOTATION;
  static final String NOT_FROM_JMX = Vocabulary.NotFromJmx.ANNOTATION;

  private final Mirrors mirrors;

  JmxReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** The rules on a class, in source order. */
  void type(TypeElement type, List<Owned<JmxDeclaration>> into, List<Finding> findings) {
    String declaring = type.getQualifiedName().toString();
    for (AnnotationMirror mirror : rules(type)) {
      AnnotationValues values = mirrors.read(mirror);
      JmxRule rule = rule(type, mirror, values, findings);
      into.add(owned(type, mirror, values, true, JmxDeclaration.onClass(rule, declaring)));
    }
  }

  /** The rules and marker on a constant whose value is {@code constant}. */
  void constant(
      Element field,
      String constant,
      String declaring,
      List<Owned<JmxDeclaration>> into,
      List<Finding> findings) {
    for (AnnotationMirror mirror : rules(field)) {
      AnnotationValues values = mirrors.read(mirror);
      JmxRule rule = rule(field, mirror, values, findings);
      into.add(
          owned(
              field, mirror, values, false, JmxDeclaration.onConstant(rule, constant, declaring)));
    }
    Optional<AnnotationMirror> notFromJmx = Mirrors.find(field, NOT_FROM_JMX);
    if (notFromJmx.isPresent()) {
      AnnotationValues values = mirrors.read(notFromJmx.get());
      values.string(Vocabulary.NotFromJmx.VALUE); // documentation only
      ElementOrigin origin = ElementOrigin.of(field, notFromJmx.get());
      into.add(
          Owners.of(
              field,
              origin,
              mirrors.defaults(RULE),
              Vocabulary.JmxRule.CHECK,
              false,
              JmxDeclaration.notFromJmx(constant, declaring, origin)));
    }
  }

  /** Whether an element carries any JMX annotation. */
  static boolean annotated(Element element) {
    return Mirrors.find(element, RULE).isPresent()
        || Mirrors.find(element, RULES).isPresent()
        || Mirrors.find(element, NOT_FROM_JMX).isPresent();
  }

  private List<AnnotationMirror> rules(Element element) {
    List<AnnotationMirror> rules = new ArrayList<>();
    Optional<AnnotationMirror> rule = Mirrors.find(element, RULE);
    if (rule.isPresent()) {
      rules.add(rule.get());
    }
    Optional<AnnotationMirror> container = Mirrors.find(element, RULES);
    if (container.isPresent()) {
      rules.addAll(mirrors.read(container.get()).annotations(Vocabulary.JmxRules.VALUE));
    }
    return rules;
  }

  private static Owned<JmxDeclaration> owned(
      Element element,
      AnnotationMirror mirror,
      AnnotationValues values,
      boolean onType,
      JmxDeclaration declaration) {
    return Owners.of(
        element,
        ElementOrigin.of(element, mirror),
        values,
        Vocabulary.JmxRule.CHECK,
        onType,
        declaration);
  }

  private JmxRule rule(
      Element element, AnnotationMirror mirror, AnnotationValues values, List<Finding> findings) {
    ElementOrigin origin = ElementOrigin.of(element, mirror);
    List<JmxAttribute> attributes = new ArrayList<>();
    List<AnnotationMirror> attributeMirrors = values.annotations(Vocabulary.JmxRule.ATTRIBUTES);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < attributeMirrors.size(); i++) {
      ElementOrigin itemOrigin = origin.attribute(Vocabulary.JmxRule.ATTRIBUTES).item(i);
      JmxAttribute attribute = attribute(attributeMirrors.get(i), itemOrigin, findings);
      if (!names.add(attribute.name())) {
        // metrics.yaml maps attribute names to options: a second entry would replace the first.
        findings.add(
            Rule.SOURCE_ATTRIBUTE_INVALID.at(
                itemOrigin,
                "attribute `"
                    + attribute.name()
                    + "` is listed twice in this @JmxRule; metrics.yaml holds each once"));
      }
      attributes.add(attribute);
    }
    List<JmxTag> tags = new ArrayList<>();
    for (AnnotationMirror tag : values.annotations(Vocabulary.JmxRule.TAGS)) {
      AnnotationValues tagValues = mirrors.read(tag);
      tags.add(
          new JmxTag(
              tagValues.string(Vocabulary.JmxTag.NAME), tagValues.string(Vocabulary.JmxTag.VALUE)));
    }
    JmxFilter include =
        new JmxFilter(
            origin,
            nonEmpty(values.string(Vocabulary.JmxRule.DOMAIN)),
            nonEmpty(values.string(Vocabulary.JmxRule.DOMAIN_REGEX)),
            values.list(Vocabulary.JmxRule.BEAN),
            values.list(Vocabulary.JmxRule.BEAN_REGEX),
            properties(values.annotations(Vocabulary.JmxRule.PROPERTIES), origin),
            attributes,
            false,
            values.list(Vocabulary.JmxRule.EXCLUDE_TAGS),
            tags);
    List<AnnotationMirror> excludes = values.annotations(Vocabulary.JmxRule.EXCLUDE);
    if (excludes.size() > 1) {
      findings.add(
          Rule.SOURCE_ATTRIBUTE_INVALID.at(
              origin.attribute(Vocabulary.JmxRule.EXCLUDE),
              "a JMX rule has at most one exclude block"));
    }
    Optional<JmxFilter> exclude =
        excludes.isEmpty()
            ? Optional.empty()
            : Optional.of(exclude(excludes.get(0), origin.attribute(Vocabulary.JmxRule.EXCLUDE)));
    return new JmxRule(origin, Optional.of(include), exclude);
  }

  private JmxFilter exclude(AnnotationMirror mirror, ElementOrigin origin) {
    AnnotationValues values = mirrors.read(mirror);
    List<JmxAttribute> attributes = new ArrayList<>();
    for (String name : values.list(Vocabulary.JmxExclude.ATTRIBUTES)) {
      attributes.add(JmxAttribute.named(name, origin));
    }
    return new JmxFilter(
        origin,
        nonEmpty(values.string(Vocabulary.JmxExclude.DOMAIN)),
        nonEmpty(values.string(Vocabulary.JmxExclude.DOMAIN_REGEX)),
        values.list(Vocabulary.JmxExclude.BEAN),
        values.list(Vocabulary.JmxExclude.BEAN_REGEX),
        properties(values.annotations(Vocabulary.JmxExclude.PROPERTIES), origin),
        attributes,
        true,
        List.of(),
        List.of());
  }

  private List<JmxProperty> properties(
      List<AnnotationMirror> mirrorsOfProperties, ElementOrigin origin) {
    List<JmxProperty> properties = new ArrayList<>();
    for (AnnotationMirror property : mirrorsOfProperties) {
      AnnotationValues values = mirrors.read(property);
      properties.add(
          new JmxProperty(
              values.string(Vocabulary.JmxProperty.NAME),
              List.copyOf(values.list(Vocabulary.JmxProperty.VALUES)),
              origin));
    }
    return properties;
  }

  private JmxAttribute attribute(
      AnnotationMirror mirror, ElementOrigin origin, List<Finding> findings) {
    AnnotationValues values = mirrors.read(mirror);
    String type = values.enumConstant(Vocabulary.JmxAttribute.METRIC_TYPE);
    Optional<String> metricType =
        type.isEmpty() || type.equals("DEFAULT")
            ? Optional.empty()
            : Optional.of(type.toLowerCase(Locale.ROOT));
    return new JmxAttribute(
        values.string(Vocabulary.JmxAttribute.NAME),
        nonEmpty(values.string(Vocabulary.JmxAttribute.ALIAS)),
        metricType,
        values.list(Vocabulary.JmxAttribute.TAGS),
        conversions(values.string(Vocabulary.JmxAttribute.VALUES), origin, findings),
        origin);
  }

  /** The value conversions, written as a YAML flow mapping. */
  private static Map<Object, Object> conversions(
      String text, ElementOrigin origin, List<Finding> findings) {
    Map<Object, Object> conversions = new LinkedHashMap<>();
    if (text.isBlank()) {
      return conversions;
    }
    try {
      YamlNode node = YamlReader.read(text, "values");
      if (node instanceof YamlMap map) {
        for (Map.Entry<Object, YamlNode> entry : map.entries()) {
          conversions.put(entry.getKey(), entry.getValue().toPlain());
        }
        return conversions;
      }
    } catch (YamlSyntaxException e) {
      // reported below
    }
    findings.add(
        Rule.SOURCE_ATTRIBUTE_INVALID.at(
            origin,
            "values must be a YAML flow mapping such as {\"true\": 1, \"false\": 0}, not `"
                + text
                + "`"));
    return conversions;
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
