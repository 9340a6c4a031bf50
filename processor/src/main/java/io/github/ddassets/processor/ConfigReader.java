package io.github.ddassets.processor;

import io.github.ddassets.core.declare.AutoConfDeclaration;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.ConfigSection;
import io.github.ddassets.core.declare.LogsDeclaration;
import io.github.ddassets.core.declare.SpecLayout;
import io.github.ddassets.core.declare.TemplateDeclaration;
import io.github.ddassets.core.declare.Vocabulary.AutoConf;
import io.github.ddassets.core.declare.Vocabulary.InstanceConfig;
import io.github.ddassets.core.declare.Vocabulary.Layout;
import io.github.ddassets.core.declare.Vocabulary.LogProcessingRule;
import io.github.ddassets.core.declare.Vocabulary.LogSource;
import io.github.ddassets.core.declare.Vocabulary.Logs;
import io.github.ddassets.core.declare.Vocabulary.ParamValue;
import io.github.ddassets.core.declare.Vocabulary.Template;
import io.github.ddassets.core.declare.Vocabulary.TemplateOverride;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @InitConfig}, {@code @InstanceConfig}, {@code @Logs} and {@code @AutoConf} into
 * declarations, each pointing at its annotation (and nested annotations) for diagnostics, with the
 * layout flags of the type's {@code @Layout}.
 */
final class ConfigReader {

  private final Mirrors mirrors;
  private final ParamReader params;
  private final ConfigConstructors constructors;

  ConfigReader(Mirrors mirrors, ParamReader params, ConfigConstructors constructors) {
    this.mirrors = mirrors;
    this.params = params;
    this.constructors = constructors;
  }

  /** A configuration type, or empty (with a finding) when it cannot be one. */
  Optional<ConfigDeclaration> config(
      TypeElement type, AnnotationMirror mirror, ConfigSection section, List<Finding> findings) {
    ElementOrigin origin = ElementOrigin.of(type, mirror);
    if (type.getKind() != ElementKind.RECORD && type.getKind() != ElementKind.CLASS) {
      findings.add(
          Rule.SOURCE_CONFIG_SHAPE.at(
              origin,
              "@"
                  + section.annotation()
                  + " annotates a record or a class, not "
                  + article(type.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' '))));
      return Optional.empty();
    }
    Optional<String> constructor = constructors.problem(type);
    if (constructor.isPresent()) {
      findings.add(Rule.SOURCE_CONFIG_SHAPE.at(origin, constructor.get()));
      return Optional.empty();
    }
    AnnotationValues values = mirrors.read(mirror);
    LayoutFlags flags = LayoutFlags.of(type, mirrors);
    SpecLayout layout =
        section == ConfigSection.INSTANCES
            ? new SpecLayout(
                values.string(InstanceConfig.SPEC_NAME),
                values.string(InstanceConfig.SPEC_VERSION),
                values.list(InstanceConfig.SECTIONS),
                templates(type, values.annotations(InstanceConfig.FILE_TEMPLATES), null))
            : SpecLayout.DEFAULT;
    return Optional.of(
        new ConfigDeclaration(
            section,
            type.getQualifiedName().toString(),
            params.params(type, findings),
            templates(type, values.annotations(section.templatesAttribute()), flags),
            origin,
            flags.isSet(Layout.TEMPLATES_FIRST),
            layout));
  }

  LogsDeclaration logs(TypeElement type, AnnotationMirror mirror) {
    AnnotationValues values = mirrors.read(mirror);
    boolean serviceFirst = LayoutFlags.of(type, mirrors).isSet(Layout.SERVICE_FIRST);
    List<LogsDeclaration.LogSource> sources = new ArrayList<>();
    for (AnnotationMirror source : values.annotations(Logs.VALUE)) {
      AnnotationValues log = mirrors.read(source);
      List<LogsDeclaration.ProcessingRule> rules = new ArrayList<>();
      for (AnnotationMirror rule : log.annotations(LogSource.PROCESSING_RULES)) {
        AnnotationValues ruleValues = mirrors.read(rule);
        rules.add(
            new LogsDeclaration.ProcessingRule(
                ruleValues.string(LogProcessingRule.TYPE),
                ruleValues.string(LogProcessingRule.NAME),
                ruleValues.string(LogProcessingRule.PATTERN),
                ruleValues.string(LogProcessingRule.REPLACE_PLACEHOLDER)));
      }
      sources.add(
          new LogsDeclaration.LogSource(
              log.enumConstant(LogSource.TYPE).toLowerCase(Locale.ROOT),
              log.string(LogSource.PATH),
              log.integer(LogSource.PORT),
              log.string(LogSource.CHANNEL_PATH),
              log.string(LogSource.SOURCE),
              log.string(LogSource.SERVICE),
              log.string(LogSource.ENCODING),
              rules,
              ElementOrigin.of(type, source),
              serviceFirst,
              log.string(LogSource.PORT_PLACEHOLDER)));
    }
    return new LogsDeclaration(
        sources,
        values.string(Logs.DESCRIPTION),
        ElementOrigin.of(type, mirror),
        values.bool(Logs.REQUIRED));
  }

  AutoConfDeclaration autoConf(TypeElement type, AnnotationMirror mirror) {
    AnnotationValues values = mirrors.read(mirror);
    List<AutoConfDeclaration.Example> examples = new ArrayList<>();
    for (AnnotationMirror example : values.annotations(AutoConf.EXAMPLES)) {
      AnnotationValues pair = mirrors.read(example);
      examples.add(
          new AutoConfDeclaration.Example(
              pair.string(ParamValue.PARAM),
              pair.string(ParamValue.VALUE),
              ElementOrigin.of(type, example),
              pair.string(ParamValue.DESCRIPTION)));
    }
    return new AutoConfDeclaration(
        values.list(AutoConf.AD_IDENTIFIERS),
        examples,
        templates(type, values.annotations(AutoConf.TEMPLATES), LayoutFlags.of(type, mirrors)),
        ElementOrigin.of(type, mirror));
  }

  /**
   * The templates of a type's annotation, with the empty options its {@code @Layout} names
   * ({@code @Layout(emptyOptions)} does not apply to the templates beside the sections).
   *
   * @param layout the type's layout flags, or null where {@code emptyOptions} does not apply
   */
  private List<TemplateDeclaration> templates(
      TypeElement type, List<AnnotationMirror> mirrors, LayoutFlags layout) {
    List<TemplateDeclaration> templates = new ArrayList<>();
    for (AnnotationMirror template : mirrors) {
      AnnotationValues values = this.mirrors.read(template);
      List<TemplateDeclaration.TemplateOverride> overrides = new ArrayList<>();
      for (AnnotationMirror override : values.annotations(Template.OVERRIDES)) {
        AnnotationValues pair = this.mirrors.read(override);
        overrides.add(
            new TemplateDeclaration.TemplateOverride(
                pair.string(TemplateOverride.PATH),
                pair.string(TemplateOverride.VALUE),
                ElementOrigin.of(type, override)));
      }
      String name = values.string(Template.VALUE);
      templates.add(
          new TemplateDeclaration(
              name,
              values.bool(Template.HIDDEN),
              overrides,
              ElementOrigin.of(type, template),
              layout == null ? Optional.empty() : layout.emptyOptions(name)));
    }
    return templates;
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
