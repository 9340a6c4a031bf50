package io.github.ddassets.processor;

import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.MetricDeclaration;
import io.github.ddassets.core.declare.MetricKind;
import io.github.ddassets.core.declare.ServiceCheckDeclaration;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** Reads {@code @Integration}, {@code @Metric} and {@code @ServiceCheck} into declarations. */
final class DeclarationReader {

  private final Mirrors mirrors;
  private final Javadocs javadocs;

  DeclarationReader(Mirrors mirrors, Javadocs javadocs) {
    this.mirrors = mirrors;
    this.javadocs = javadocs;
  }

  IntegrationDeclaration integration(TypeElement type, AnnotationMirror mirror) {
    return new IntegrationDeclaration(
        mirrors.string(mirror, "name"),
        mirrors.string(mirror, "displayName"),
        mirrors.string(mirror, "metricPrefix"),
        new ElementOrigin(type, mirror, null));
  }

  MetricDeclaration metric(VariableElement field, AnnotationMirror mirror, String name) {
    return new MetricDeclaration(
        name,
        MetricKind.valueOf(mirrors.enumConstant(mirror, "type")),
        mirrors.string(mirror, "unit"),
        mirrors.string(mirror, "perUnit"),
        mirrors.integer(mirror, "interval"),
        orientation(mirrors.enumConstant(mirror, "orientation")),
        mirrors.string(mirror, "shortName"),
        lowerCase(mirrors.list(mirror, "curated")),
        mirrors.list(mirror, "sampleTags"),
        description(field, mirror),
        new ElementOrigin(field, mirror, null),
        new ElementOrigin(field, null, null));
  }

  ServiceCheckDeclaration serviceCheck(VariableElement field, AnnotationMirror mirror, String check) {
    return new ServiceCheckDeclaration(
        check,
        mirrors.string(mirror, "name"),
        lowerCase(mirrors.list(mirror, "statuses")),
        mirrors.list(mirror, "groups"),
        description(field, mirror),
        mirrors.string(mirror, "agentVersion"),
        new ElementOrigin(field, mirror, null),
        new ElementOrigin(field, null, null));
  }

  private String description(VariableElement field, AnnotationMirror mirror) {
    String description = mirrors.string(mirror, "description");
    return description.isEmpty() ? javadocs.description(field) : description;
  }

  private static int orientation(String constant) {
    return switch (constant) {
      case "HIGHER_IS_BETTER" -> 1;
      case "LOWER_IS_BETTER" -> -1;
      default -> 0;
    };
  }

  private static List<String> lowerCase(List<String> names) {
    return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
  }
}
