package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.github.ddassets.core.declare.ShortNames;
import io.github.ddassets.core.declare.Vocabulary.Metric;
import io.github.ddassets.core.model.MetadataColumn;
import io.github.ddassets.core.model.MetricRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One {@code @Metric} constant per row of {@code metadata.csv}, each attribute written only when it
 * differs from the annotation's default, so the constant says what the row says and no more.
 */
final class MetricConstants {

  private final String prefix;
  private final Set<String> everyRun;
  private final ConstantNames names;
  private final Descriptions descriptions;

  /**
   * @param prefix the integration's metric prefix (stripped from constant names)
   * @param everyRun the manifest's {@code metrics.check}: the metrics marked {@code
   *     emittedEveryRun}
   * @param names the class's constant names
   * @param descriptions where descriptions go
   */
  MetricConstants(
      String prefix, Set<String> everyRun, ConstantNames names, Descriptions descriptions) {
    this.prefix = prefix;
    this.everyRun = everyRun;
    this.names = names;
    this.descriptions = descriptions;
  }

  /** The constant that declares one row. */
  FieldSpec constant(MetricRow row) {
    String metric = row.metricName();
    AnnotationSpec.Builder annotation =
        AnnotationSpec.builder(AnnotationTypes.METRIC)
            .addMember(
                Metric.TYPE,
                "$T.$L",
                AnnotationTypes.METRIC_TYPE,
                row.value(MetadataColumn.METRIC_TYPE).toUpperCase(Locale.ROOT));
    text(annotation, Metric.UNIT, row.value(MetadataColumn.UNIT_NAME));
    text(annotation, Metric.PER_UNIT, row.value(MetadataColumn.PER_UNIT_NAME));
    String interval = row.value(MetadataColumn.INTERVAL);
    if (!interval.isEmpty()) {
      annotation.addMember(Metric.INTERVAL, "$L", Integer.parseInt(interval));
    }
    String orientation =
        switch (row.value(MetadataColumn.ORIENTATION)) {
          case "1" -> "HIGHER_IS_BETTER";
          case "-1" -> "LOWER_IS_BETTER";
          default -> "";
        };
    if (!orientation.isEmpty()) {
      annotation.addMember(Metric.ORIENTATION, "$T.$L", AnnotationTypes.ORIENTATION, orientation);
    }
    String shortName = row.value(MetadataColumn.SHORT_NAME);
    if (shortName.isEmpty()) {
      annotation.addMember(Metric.SHORT_NAME, "$T.NO_SHORT_NAME", AnnotationTypes.METRIC);
    } else if (!shortName.equals(ShortNames.defaultFor(metric, prefix))) {
      annotation.addMember(Metric.SHORT_NAME, "$S", shortName);
    }
    List<CodeBlock> curated = new ArrayList<>();
    for (String kind : split(row.value(MetadataColumn.CURATED_METRIC), "\\|")) {
      curated.add(CodeBlock.of("$T.$L", AnnotationTypes.CURATED, kind.toUpperCase(Locale.ROOT)));
    }
    if (!curated.isEmpty()) {
      annotation.addMember(Metric.CURATED, AnnotationBlock.value(curated, false));
    }
    List<CodeBlock> tags = new ArrayList<>();
    for (String tag : split(row.value(MetadataColumn.SAMPLE_TAGS), ",")) {
      tags.add(CodeBlock.of("$S", tag));
    }
    if (!tags.isEmpty()) {
      annotation.addMember(Metric.SAMPLE_TAGS, AnnotationBlock.value(tags, false));
    }
    if (everyRun.contains(metric)) {
      annotation.addMember(Metric.EMITTED_EVERY_RUN, "true");
    }
    FieldSpec.Builder field =
        FieldSpec.builder(
                String.class,
                names.allocate(metric, prefix, "METRIC"),
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$S", metric);
    descriptions.apply(
        row.value(MetadataColumn.DESCRIPTION), annotation, Metric.DESCRIPTION, field);
    return field.addAnnotation(annotation.build()).build();
  }

  private static void text(AnnotationSpec.Builder annotation, String member, String value) {
    if (!value.isEmpty()) {
      annotation.addMember(member, "$S", value);
    }
  }

  private static List<String> split(String cell, String separator) {
    return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(separator, -1));
  }
}
