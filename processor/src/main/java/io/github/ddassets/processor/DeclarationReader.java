package io.github.ddassets.processor;

import io.github.ddassets.core.declare.IntegrationDeclaration;
import io.github.ddassets.core.declare.MetricDeclaration;
import io.github.ddassets.core.declare.MetricKind;
import io.github.ddassets.core.declare.ServiceCheckDeclaration;
import io.github.ddassets.core.declare.Vocabulary.Integration;
import io.github.ddassets.core.declare.Vocabulary.Layout;
import io.github.ddassets.core.declare.Vocabulary.Metric;
import io.github.ddassets.core.declare.Vocabulary.ServiceCheck;
import java.util.ArrayList;
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
    LayoutFlags layout = LayoutFlags.of(type, mirrors);
    return new IntegrationDeclaration(
        values.string(Integration.NAME),
        values.string(Integration.DISPLAY_NAME),
        values.string(Integration.METRIC_PREFIX),
        ElementOrigin.of(type, mirror),
        new IntegrationDeclaration.FileLayout(
            layout.isSet(Layout.METRICS_IN_DECLARATION_ORDER),
            layout.isSet(Layout.SAMPLE_TAGS_COLUMN),
            layout.isSet(Layout.UNNAMED_SPEC),
            layout.isSet(Layout.EMPTY_SERVICE_CHECKS_OBJECT)));
  }

  MetricDeclaration metric(
      VariableElement field, AnnotationMirror mirror, AnnotationValues values, String name) {
    return new MetricDeclaration(
        name,
        MetricKind.valueOf(values.enumConstant(Metric.TYPE)),
        values.string(Metric.UNIT),
        values.string(Metric.PER_UNIT),
        values.integer(Metric.INTERVAL),
        orientation(values.enumConstant(Metric.ORIENTATION)),
        values.string(Metric.SHORT_NAME),
        lowerCase(values.list(Metric.CURATED)),
        values.list(Metric.SAMPLE_TAGS),
        description(field, values, Metric.DESCRIPTION),
        ElementOrigin.of(field, mirror),
        ElementOrigin.of(field));
  }

  ServiceCheckDeclaration serviceCheck(
      VariableElement field, AnnotationMirror mirror, AnnotationValues values, String check) {
    return new ServiceCheckDeclaration(
        check,
        values.string(ServiceCheck.NAME),
        lowerCase(values.list(ServiceCheck.STATUSES)),
        values.list(ServiceCheck.GROUPS),
        description(field, values, ServiceCheck.DESCRIPTION),
        values.string(ServiceCheck.AGENT_VERSION),
        values.string(ServiceCheck.INTEGRATION),
        ElementOrigin.of(field, mirror),
        ElementOrigin.of(field));
  }

  private String description(VariableElement field, AnnotationValues values, String attribute) {
    String description = values.string(attribute);
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
    List<String> lowerCase = new ArrayList<>();
    for (String name : names) {
      lowerCase.add(name.toLowerCase(Locale.ROOT));
    }
    return lowerCase;
  }
}
