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
    AnnotationValues values = mirrors.read(mirror);
    return new IntegrationDeclaration(
        values.string("name"),
        values.string("displayName"),
        values.string("metricPrefix"),
        ElementOrigin.of(type, mirror));
  }

  MetricDeclaration metric(
      VariableElement field, AnnotationMirror mirror, AnnotationValues values, String name) {
    return new MetricDeclaration(
        name,
        MetricKind.valueOf(values.enumConstant("type")),
        values.string("unit"),
        values.string("perUnit"),
        values.integer("interval"),
        orientation(values.enumConstant("orientation")),
        values.string("shortName"),
        lowerCase(values.list("curated")),
        values.list("sampleTags"),
        description(field, values),
        ElementOrigin.of(field, mirror),
        ElementOrigin.of(field));
  }

  ServiceCheckDeclaration serviceCheck(
      VariableElement field, AnnotationMirror mirror, AnnotationValues values, String check) {
    return new ServiceCheckDeclaration(
        check,
        values.string("name"),
        lowerCase(values.list("statuses")),
        values.list("groups"),
        description(field, values),
        values.string("agentVersion"),
        ElementOrigin.of(field, mirror),
        ElementOrigin.of(field));
  }

  private String description(VariableElement field, AnnotationValues values) {
    String description = values.string("description");
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
