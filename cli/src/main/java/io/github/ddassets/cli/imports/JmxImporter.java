package io.github.ddassets.cli.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.input.InputFiles;
import io.github.ddassets.core.model.JmxAttribute;
import io.github.ddassets.core.model.JmxFilter;
import io.github.ddassets.core.model.JmxMetricsFile;
import io.github.ddassets.core.model.JmxProperty;
import io.github.ddassets.core.model.JmxRule;
import io.github.ddassets.core.model.JmxTag;
import io.github.ddassets.core.model.MetricRow;
import io.github.ddassets.core.read.DisplayPaths;
import io.github.ddassets.core.read.IntegrationFolder;
import io.github.ddassets.core.read.JmxMetricsReader;
import io.github.ddassets.core.render.JmxMetricsRenderer;
import io.github.ddassets.core.rules.JmxNames;
import io.github.ddassets.core.rules.JmxRules;
import io.github.ddassets.core.yaml.PyYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports a JMX integration's {@code metrics.yaml}: each rule becomes a {@code @JmxRule} on the
 * check class, in file order, and each metric constant that no rule sends is marked
 * {@code @NotFromJmx}. The processor then writes the file back in its canonical form (see
 * docs/jmx.md): the legacy {@code type} key becomes {@code metric_type}, and a metric type JMXFetch
 * does not know becomes {@code rate}, which is how JMXFetch sends it.
 */
final class JmxImporter {

  private final Optional<JmxMetricsFile> file;

  private JmxImporter(Optional<JmxMetricsFile> file) {
    this.file = file;
  }

  /** Reads the folder's metrics.yaml, if it has a readable one. */
  static JmxImporter of(IntegrationFolder folder, DisplayPaths displayPaths) {
    Path path = folder.example(JmxMetricsFile.FILE_NAME);
    if (!Files.isRegularFile(path)) {
      return new JmxImporter(Optional.empty());
    }
    return new JmxImporter(JmxMetricsReader.read(path, displayPaths.of(path)).value());
  }

  /**
   * A note naming metrics.yaml when the processor will not write it back byte for byte: the
   * canonical form differs from the folder's text (another layout, the legacy {@code type} key, a
   * metric type JMXFetch does not know).
   */
  static Optional<String> note(IntegrationFolder folder) {
    Path path = folder.example(JmxMetricsFile.FILE_NAME);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    Optional<JmxMetricsFile> read = JmxMetricsReader.read(path, path.toString()).value();
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String original;
    try {
      original = InputFiles.readUtf8(path);
    } catch (IOException e) {
      return Optional.empty();
    }
    String canonical = JmxMetricsRenderer.render(read.get());
    if (canonical.equals(original)) {
      return Optional.empty();
    }
    return Optional.of(
        JmxMetricsFile.FILE_NAME
            + " is generated in its canonical form (block style, keys in JMXFetch's order, the"
            + " metric types JMXFetch knows; see docs/jmx.md): "
            + FirstDifference.of(original, canonical));
  }

  /** The {@code @JmxRule} annotations of the check class, in the file's order. */
  List<AnnotationSpec> rules() {
    List<AnnotationSpec> rules = new ArrayList<>();
    file.ifPresent(jmx -> jmx.rules().forEach(rule -> rules.add(rule(rule))));
    return rules;
  }

  /**
   * The constant of a row, marked {@code @NotFromJmx} when the integration's rules never send it.
   */
  FieldSpec mark(MetricRow row, FieldSpec constant) {
    if (file.isEmpty() || sent(row.metricName())) {
      return constant;
    }
    return constant.toBuilder()
        .addAnnotation(AnnotationSpec.builder(AnnotationTypes.NOT_FROM_JMX).build())
        .build();
  }

  private boolean sent(String metric) {
    for (JmxRule rule : file.get().rules()) {
      if (rule.include().isEmpty()) {
        continue;
      }
      for (JmxAttribute attribute : rule.include().get().attributes()) {
        if (JmxNames.emitted(rule.include().get(), attribute).stream()
            .anyMatch(name -> name.matches(metric))) {
          return true;
        }
      }
    }
    return false;
  }

  private static AnnotationSpec rule(JmxRule rule) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(AnnotationTypes.JMX_RULE);
    JmxFilter include =
        rule.include()
            .orElse(
                new JmxFilter(
                    rule.origin(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    false,
                    List.of(),
                    List.of()));
    include.domain().ifPresent(d -> annotation.addMember(Vocabulary.JmxRule.DOMAIN, "$S", d));
    include
        .domainRegex()
        .ifPresent(d -> annotation.addMember(Vocabulary.JmxRule.DOMAIN_REGEX, "$S", d));
    strings(annotation, Vocabulary.JmxRule.BEAN, include.beans());
    strings(annotation, Vocabulary.JmxRule.BEAN_REGEX, include.beanRegexes());
    properties(annotation, Vocabulary.JmxRule.PROPERTIES, include.properties());
    List<CodeBlock> attributes = new ArrayList<>();
    include.attributes().forEach(attribute -> attributes.add(attribute(attribute)));
    if (!attributes.isEmpty()) {
      annotation.addMember(Vocabulary.JmxRule.ATTRIBUTES, AnnotationBlock.value(attributes, false));
    }
    strings(annotation, Vocabulary.JmxRule.EXCLUDE_TAGS, include.excludeTags());
    List<CodeBlock> tags = new ArrayList<>();
    for (JmxTag tag : include.tags()) {
      tags.add(
          new AnnotationBlock(AnnotationTypes.JMX_TAG)
              .add(Vocabulary.JmxTag.NAME, "$S", tag.name())
              .add(Vocabulary.JmxTag.VALUE, "$S", tag.value())
              .block(true));
    }
    if (!tags.isEmpty()) {
      annotation.addMember(Vocabulary.JmxRule.TAGS, AnnotationBlock.value(tags, false));
    }
    rule.exclude()
        .ifPresent(exclude -> annotation.addMember(Vocabulary.JmxRule.EXCLUDE, exclude(exclude)));
    return annotation.build();
  }

  private static CodeBlock exclude(JmxFilter exclude) {
    AnnotationBlock block = new AnnotationBlock(AnnotationTypes.JMX_EXCLUDE);
    exclude.domain().ifPresent(d -> block.add(Vocabulary.JmxExclude.DOMAIN, "$S", d));
    exclude.domainRegex().ifPresent(d -> block.add(Vocabulary.JmxExclude.DOMAIN_REGEX, "$S", d));
    exclude.beans().forEach(b -> block.add(Vocabulary.JmxExclude.BEAN, "$S", b));
    exclude.beanRegexes().forEach(b -> block.add(Vocabulary.JmxExclude.BEAN_REGEX, "$S", b));
    for (JmxProperty property : exclude.properties()) {
      block.add(Vocabulary.JmxExclude.PROPERTIES, "$L", property(property));
    }
    exclude.attributes().forEach(a -> block.add(Vocabulary.JmxExclude.ATTRIBUTES, "$S", a.name()));
    return block.block(false);
  }

  private static CodeBlock attribute(JmxAttribute attribute) {
    AnnotationBlock block =
        new AnnotationBlock(
            AnnotationTypes.JMX_ATTRIBUTE,
            Vocabulary.JmxAttribute.NAME,
            Vocabulary.JmxAttribute.ALIAS,
            Vocabulary.JmxAttribute.METRIC_TYPE,
            Vocabulary.JmxAttribute.TAGS,
            Vocabulary.JmxAttribute.VALUES);
    block.add(Vocabulary.JmxAttribute.NAME, "$S", attribute.name());
    attribute.alias().ifPresent(alias -> block.add(Vocabulary.JmxAttribute.ALIAS, "$S", alias));
    attribute
        .metricType()
        .ifPresent(
            type ->
                block.add(
                    Vocabulary.JmxAttribute.METRIC_TYPE,
                    "$T.$L",
                    AnnotationTypes.JMX_METRIC_TYPE,
                    known(type).toUpperCase(Locale.ROOT)));
    attribute.tags().forEach(tag -> block.add(Vocabulary.JmxAttribute.TAGS, "$S", tag));
    if (!attribute.values().isEmpty()) {
      block.add(Vocabulary.JmxAttribute.VALUES, "$S", PyYaml.dumpFlow(attribute.values()).strip());
    }
    return block.block(true);
  }

  /** A type JMXFetch does not know is sent as a rate, and imported as one. */
  private static String known(String type) {
    return JmxRules.METRIC_TYPES.contains(type) ? type : "rate";
  }

  private static void properties(
      AnnotationSpec.Builder annotation, String member, List<JmxProperty> properties) {
    List<CodeBlock> blocks = new ArrayList<>();
    properties.forEach(property -> blocks.add(property(property)));
    if (!blocks.isEmpty()) {
      annotation.addMember(member, AnnotationBlock.value(blocks, false));
    }
  }

  private static CodeBlock property(JmxProperty property) {
    AnnotationBlock block =
        new AnnotationBlock(AnnotationTypes.JMX_PROPERTY)
            .add(Vocabulary.JmxProperty.NAME, "$S", property.name());
    property
        .values()
        .forEach(value -> block.add(Vocabulary.JmxProperty.VALUES, "$S", String.valueOf(value)));
    return block.block(true);
  }

  private static void strings(
      AnnotationSpec.Builder annotation, String member, List<String> values) {
    List<CodeBlock> blocks = new ArrayList<>();
    values.forEach(value -> blocks.add(CodeBlock.of("$S", value)));
    if (!blocks.isEmpty()) {
      annotation.addMember(member, AnnotationBlock.value(blocks, false));
    }
  }
}
