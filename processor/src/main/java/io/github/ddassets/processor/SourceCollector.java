package io.github.ddassets.processor;

import io.github.ddassets.core.build.Declarations;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.JmxDeclaration;
import io.github.ddassets.core.declare.ManifestDeclaration;
import io.github.ddassets.core.declare.MetricDeclaration;
import io.github.ddassets.core.declare.Owned;
import io.github.ddassets.core.declare.ServiceCheckDeclaration;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.diff.SourceAcknowledgements;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Collects the annotated elements of each round into declarations, and the findings that only the
 * sources can show (a metric on a non-constant, a metric without an integration).
 */
final class SourceCollector {

  // Names, not class literals: the processor must not need the annotations on its own class path.
  static final String INTEGRATION = Vocabulary.Integration.ANNOTATION;
  static final String LISTING = Vocabulary.Listing.ANNOTATION;
  static final String LAYOUT = Vocabulary.Layout.ANNOTATION;
  static final String METRIC = Vocabulary.Metric.ANNOTATION;
  static final String SERVICE_CHECK = Vocabulary.ServiceCheck.ANNOTATION;

  private final Mirrors mirrors;
  private final DeclarationReader reader;
  private final LayoutPlacement layouts;
  private final JmxReader jmxReader;
  private final Map<String, List<IntegrationDeclaration>> integrations = new LinkedHashMap<>();
  private final List<Owned<MetricDeclaration>> metrics = new ArrayList<>();
  private final List<Owned<ServiceCheckDeclaration>> serviceChecks = new ArrayList<>();
  private final List<Owned<JmxDeclaration>> jmx = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> typeNames = new TreeSet<>();
  private final Set<String> collected = new HashSet<>();
  private final ConfigCollector config;

  /** Null for the collectors of loader rounds, which need no manifest. */
  private final ManifestDeclarationReader manifestReader;

  private final Map<String, ManifestDeclaration> manifests = new HashMap<>();
  private final Set<Origin> everyRun = new HashSet<>();
  private final SourceAcknowledgements acknowledgements = new SourceAcknowledgements();

  SourceCollector(
      Mirrors mirrors,
      DeclarationReader reader,
      ConfigCollector config,
      ManifestDeclarationReader manifestReader) {
    this.mirrors = mirrors;
    this.reader = reader;
    this.layouts = new LayoutPlacement(mirrors);
    this.jmxReader = new JmxReader(mirrors);
    this.config = config;
    this.manifestReader = manifestReader;
  }

  /**
   * Remembers which types hold annotated elements in this round. Elements themselves are not kept:
   * javac re-creates them in later rounds, and a diagnostic on a stale element loses its position,
   * so {@link #collect} looks the types up again when processing is over.
   */
  void remember(RoundEnvironment round, Set<? extends TypeElement> annotations) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type) {
          // @Integration, @InstanceConfig...: the annotated type itself holds the declaration.
          typeNames.add(type.getQualifiedName().toString());
        } else {
          Optional<TypeElement> enclosing = enclosingType(element);
          if (enclosing.isPresent()) {
            typeNames.add(enclosing.get().getQualifiedName().toString());
          }
        }
      }
    }
  }

  /** Reads the declarations of every remembered type, in name order. */
  void collect(Elements elements) {
    collect(elements, Set.of());
  }

  /**
   * Reads the declarations of every remembered type and of the types a previous build read, in name
   * order, then of the check classes that declarations name but no source of this compilation
   * declares. When javac compiles only some sources, the others come from the class path this way,
   * so that the build sees what a clean build sees.
   *
   * @param previousTypes the types a previous build read declarations from; those that no longer
   *     exist are skipped
   */
  void collect(Elements elements, Set<String> previousTypes) {
    Set<String> names = new TreeSet<>(typeNames);
    names.addAll(previousTypes);
    for (String name : names) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        collect(type);
      }
    }
    for (Set<String> owners = missingOwners(); !owners.isEmpty(); owners = missingOwners()) {
      for (String owner : owners) {
        TypeElement type = elements.getTypeElement(owner);
        if (type == null) {
          collected.add(owner); // does not exist: the ownership finding says so
        } else {
          collect(type);
        }
      }
    }
  }

  /** The check classes named by declarations and not read yet, sorted. */
  private Set<String> missingOwners() {
    Set<String> owners = new TreeSet<>();
    List<List<? extends Owned<?>>> all =
        List.of(metrics, serviceChecks, config.configs(), config.logs(), config.autoConfs(), jmx);
    for (List<? extends Owned<?>> declarations : all) {
      for (Owned<?> owned : declarations) {
        if (owned.owner() != null && !collected.contains(owned.owner())) {
          owners.add(owned.owner());
        }
      }
    }
    return owners;
  }

  /** The qualified names of every type read so far. */
  Set<String> collectedTypes() {
    return new TreeSet<>(collected);
  }

  /** Reads the declarations of one more type, unless it was read already. */
  void collect(TypeElement type) {
    if (!collected.add(type.getQualifiedName().toString())) {
      return;
    }
    config.collect(type);
    String name = type.getQualifiedName().toString();
    Optional<AnnotationMirror> integration = Mirrors.find(type, INTEGRATION);
    Optional<AnnotationMirror> listing = Mirrors.find(type, LISTING);
    Optional<AnnotationMirror> oauth = Mirrors.find(type, ManifestDeclarationReader.OAUTH);
    if (integration.isPresent()) {
      List<IntegrationDeclaration> declared = integrations.get(name);
      if (declared == null) {
        declared = new ArrayList<>();
        integrations.put(name, declared);
      }
      declared.add(reader.integration(type, integration.get()));
      acknowledgements.acceptedBreaks(
          mirrors.read(integration.get()).list(Vocabulary.Integration.ACCEPTED_BREAKS),
          ElementOrigin.of(type, integration.get()));
      if (manifestReader != null) {
        manifests.putIfAbsent(name, manifestReader.read(type, integration.get(), listing, oauth));
      }
    } else {
      if (listing.isPresent()) {
        findings.add(
            Rule.SOURCE_LISTING_NO_INTEGRATION.at(ElementOrigin.of(type, listing.get()), name));
      }
      if (oauth.isPresent()) {
        findings.add(
            Rule.SOURCE_INTEGRATION_KIND.at(
                ElementOrigin.of(type, oauth.get()),
                "@OAuth belongs on the @Integration class of an API integration"));
      }
    }
    layouts.type(type, findings);
    jmxReader.type(type, jmx, findings);
    for (Element member : type.getEnclosedElements()) {
      Optional<AnnotationMirror> metric = Mirrors.find(member, METRIC);
      if (metric.isPresent()) {
        collectMetric(member, metric.get());
      }
      Optional<AnnotationMirror> serviceCheck = Mirrors.find(member, SERVICE_CHECK);
      if (serviceCheck.isPresent()) {
        collectServiceCheck(member, serviceCheck.get());
      }
      if (JmxReader.annotated(member)) {
        collectJmx(member, name);
      }
    }
  }

  private void collectMetric(Element member, AnnotationMirror mirror) {
    Optional<String> name = constantValue(member, mirror, "Metric");
    if (name.isPresent()) {
      AnnotationValues values = mirrors.read(mirror);
      if (values.bool(Vocabulary.Metric.EMITTED_EVERY_RUN)) {
        everyRun.add(ElementOrigin.of(member, mirror));
      }
      acknowledgements.metric(
          name.get(),
          ElementOrigin.of(member, mirror),
          values.list(Vocabulary.Metric.REPLACES),
          values.string(Vocabulary.Metric.BREAKING));
      metrics.add(
          owned(
              member,
              mirror,
              values,
              Vocabulary.Metric.CHECK,
              reader.metric((VariableElement) member, mirror, values, name.get())));
    }
  }

  /** The JMX rules of a constant, whose value names their attributes' metric by default. */
  private void collectJmx(Element member, String declaringClass) {
    Optional<String> problem = ConstantFields.problem(member);
    if (problem.isPresent()) {
      findings.add(Rule.SOURCE_NOT_CONSTANT.at(ElementOrigin.of(member), "JmxRule", problem.get()));
      return;
    }
    String constant = (String) ((VariableElement) member).getConstantValue();
    jmxReader.constant(member, constant, declaringClass, jmx, findings);
  }

  private void collectServiceCheck(Element member, AnnotationMirror mirror) {
    Optional<String> check = constantValue(member, mirror, "ServiceCheck");
    if (check.isPresent()) {
      AnnotationValues values = mirrors.read(mirror);
      acknowledgements.serviceCheck(
          check.get(),
          ElementOrigin.of(member, mirror),
          values.list(Vocabulary.ServiceCheck.REPLACES),
          values.string(Vocabulary.ServiceCheck.BREAKING));
      serviceChecks.add(
          owned(
              member,
              mirror,
              values,
              Vocabulary.ServiceCheck.CHECK,
              reader.serviceCheck((VariableElement) member, mirror, values, check.get())));
    }
  }

  private static Optional<TypeElement> enclosingType(Element element) {
    for (Element enclosing = element.getEnclosingElement();
        enclosing != null;
        enclosing = enclosing.getEnclosingElement()) {
      if (enclosing instanceof TypeElement type) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
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

  /** The findings of reading the sources, configuration included. */
  List<Finding> findings() {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(config.findings());
    return all;
  }

  /** The manifest declarations of the integrations found so far, by qualified class name. */
  Map<String, ManifestDeclaration> manifests() {
    return manifests;
  }

  /** The origins of the metrics marked {@code emittedEveryRun}. */
  Set<Origin> everyRun() {
    return everyRun;
  }

  /**
   * What the sources say about breaking changes against a previous release: the acknowledgements of
   * every metric, service check and integration, and where each configuration option is declared.
   */
  SourceAcknowledgements acknowledgements() {
    List<ConfigDeclaration> declared = new ArrayList<>();
    for (Owned<ConfigDeclaration> owned : config.configs()) {
      declared.add(owned.declaration());
    }
    acknowledgements.options(declared);
    return acknowledgements;
  }

  /** The configuration declarations found so far. */
  ConfigCollector config() {
    return config;
  }

  /** Everything collected so far, as the build takes it. */
  Declarations declarations() {
    return new Declarations(
        integrations,
        metrics,
        serviceChecks,
        config.configs(),
        config.logs(),
        config.autoConfs(),
        manifests,
        everyRun,
        findings(),
        jmx);
  }

  /** The constant's value, or empty (with a finding) when the element is not a String constant. */
  private Optional<String> constantValue(
      Element element, AnnotationMirror mirror, String annotation) {
    Optional<String> problem = ConstantFields.problem(element);
    if (problem.isPresent()) {
      findings.add(
          Rule.SOURCE_NOT_CONSTANT.at(ElementOrigin.of(element), annotation, problem.get()));
      return Optional.empty();
    }
    return Optional.of((String) ((VariableElement) element).getConstantValue());
  }

  private static <T> Owned<T> owned(
      Element element,
      AnnotationMirror mirror,
      AnnotationValues values,
      String check,
      T declaration) {
    return Owners.of(element, ElementOrigin.of(element, mirror), values, check, false, declaration);
  }
}
