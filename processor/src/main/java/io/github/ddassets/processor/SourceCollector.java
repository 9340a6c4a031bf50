package io.github.ddassets.processor;

import io.github.ddassets.annotations.Integration;
import io.github.ddassets.annotations.Metric;
import io.github.ddassets.annotations.ServiceCheck;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.MetricDeclaration;
import io.github.ddassets.core.declare.ServiceCheckDeclaration;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Collects the annotated elements of each round into declarations, and the findings that only the
 * sources can show (a metric on a non-constant, a metric without an integration).
 */
final class SourceCollector {

  static final String INTEGRATION = Integration.class.getCanonicalName();
  static final String METRIC = Metric.class.getCanonicalName();
  static final String SERVICE_CHECK = ServiceCheck.class.getCanonicalName();

  private final Mirrors mirrors;
  private final DeclarationReader reader;
  private final Map<String, List<IntegrationDeclaration>> integrations = new LinkedHashMap<>();
  private final List<Owned<MetricDeclaration>> metrics = new ArrayList<>();
  private final List<Owned<ServiceCheckDeclaration>> serviceChecks = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();

  SourceCollector(Mirrors mirrors, DeclarationReader reader) {
    this.mirrors = mirrors;
    this.reader = reader;
  }

  /** Collects the annotated elements of one round. */
  void collect(RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(Integration.class)) {
      TypeElement type = (TypeElement) element;
      AnnotationMirror mirror = Mirrors.find(type, INTEGRATION).orElseThrow();
      integrations
          .computeIfAbsent(type.getQualifiedName().toString(), name -> new ArrayList<>())
          .add(reader.integration(type, mirror));
    }
    for (Element element : round.getElementsAnnotatedWith(Metric.class)) {
      AnnotationMirror mirror = Mirrors.find(element, METRIC).orElseThrow();
      constantValue(element, mirror, "Metric")
          .ifPresent(name -> metrics.add(owned(element, mirror, reader.metric((VariableElement) element, mirror, name))));
    }
    for (Element element : round.getElementsAnnotatedWith(ServiceCheck.class)) {
      AnnotationMirror mirror = Mirrors.find(element, SERVICE_CHECK).orElseThrow();
      constantValue(element, mirror, "ServiceCheck")
          .ifPresent(check -> serviceChecks.add(owned(element, mirror, reader.serviceCheck((VariableElement) element, mirror, check))));
    }
  }

  /** The integrations found so far, by qualified class name (a list, to catch duplicates). */
  Map<String, List<IntegrationDeclaration>> integrations() {
    return integrations;
  }

  List<Owned<MetricDeclaration>> metrics() {
    return metrics;
  }

  List<Owned<ServiceCheckDeclaration>> serviceChecks() {
    return serviceChecks;
  }

  List<Finding> findings() {
    return findings;
  }

  /** The constant's value, or empty (with a finding) when the element is not a String constant. */
  private Optional<String> constantValue(Element element, AnnotationMirror mirror, String annotation) {
    Optional<String> problem = ConstantFields.problem(element);
    if (problem.isPresent()) {
      findings.add(Rule.SOURCE_NOT_CONSTANT.at(new ElementOrigin(element, mirror, null), annotation, problem.get()));
      return Optional.empty();
    }
    return Optional.of((String) ((VariableElement) element).getConstantValue());
  }

  private <T> Owned<T> owned(Element element, AnnotationMirror mirror, T declaration) {
    ElementOrigin origin = new ElementOrigin(element, mirror, null);
    Optional<TypeElement> declared = mirrors.type(mirror, "check").filter(type -> !isVoid(type));
    if (declared.isPresent()) {
      return new Owned<>(declared.get().getQualifiedName().toString(), true, origin.attribute("check"), declaration);
    }
    for (Element enclosing = element.getEnclosingElement(); enclosing != null; enclosing = enclosing.getEnclosingElement()) {
      if (enclosing instanceof TypeElement type && Mirrors.find(type, INTEGRATION).isPresent()) {
        return new Owned<>(type.getQualifiedName().toString(), false, origin, declaration);
      }
    }
    return new Owned<>(null, false, origin, declaration);
  }

  private static boolean isVoid(TypeElement type) {
    return type.getQualifiedName().contentEquals("java.lang.Void");
  }
}
