package io.github.ddassets.processor;

import io.github.ddassets.core.declare.AutoConfDeclaration;
import io.github.ddassets.core.declare.ConfigDeclaration;
import io.github.ddassets.core.declare.ConfigSection;
import io.github.ddassets.core.declare.LogsDeclaration;
import io.github.ddassets.core.declare.SpecLayout;
import io.github.ddassets.core.declare.TemplateDeclaration;
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
 * declarations, each pointing at its annotation (and nested annotations) for diagnostics.
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
    SpecLayout layout =
        section == ConfigSection.INSTANCES
            ? new SpecLayout(
                values.string("specName"), values.string("specVersion"), values.list("sections"))
            : SpecLayout.DEFAULT;
    return Optional.of(
        new ConfigDeclaration(
            section,
            type.getQualifiedName().toString(),
            params.params(type, findings),
            templates(type, values.annotations("templates")),
            origin,
            values.bool("templatesFirst"),
            layout));
  }

  LogsDeclaration logs(TypeElement type, AnnotationMirror mirror) {
    AnnotationValues values = mirrors.read(mirror);
    List<LogsDeclaration.LogSource> sources = new ArrayList<>();
    for (AnnotationMirror source : values.annotations("value")) {
      AnnotationValues log = mirrors.read(source);
      List<LogsDeclaration.ProcessingRule> rules = new ArrayList<>();
      for (AnnotationMirror rule : log.annotations("processingRules")) {
        AnnotationValues ruleValues = mirrors.read(rule);
        rules.add(
            new LogsDeclaration.ProcessingRule(
                ruleValues.string("type"),
                ruleValues.string("name"),
                ruleValues.string("pattern"),
                ruleValues.string("replacePlaceholder")));
      }
      sources.add(
          new LogsDeclaration.LogSource(
              log.enumConstant("type").toLowerCase(Locale.ROOT),
              log.string("path"),
              log.integer("port"),
              log.string("channelPath"),
              log.string("source"),
              log.string("service"),
              log.string("encoding"),
              rules,
              ElementOrigin.of(type, source),
              log.bool("serviceFirst")));
    }
    return new LogsDeclaration(
        sources, values.string("description"), ElementOrigin.of(type, mirror));
  }

  AutoConfDeclaration autoConf(TypeElement type, AnnotationMirror mirror) {
    AnnotationValues values = mirrors.read(mirror);
    List<AutoConfDeclaration.Example> examples = new ArrayList<>();
    for (AnnotationMirror example : values.annotations("examples")) {
      AnnotationValues pair = mirrors.read(example);
      examples.add(
          new AutoConfDeclaration.Example(
              pair.string("param"),
              pair.string("value"),
              ElementOrigin.of(type, example),
              pair.string("description")));
    }
    return new AutoConfDeclaration(
        values.list("adIdentifiers"),
        examples,
        templates(type, values.annotations("templates")),
        ElementOrigin.of(type, mirror));
  }

  private List<TemplateDeclaration> templates(TypeElement type, List<AnnotationMirror> mirrors) {
    List<TemplateDeclaration> templates = new ArrayList<>();
    for (AnnotationMirror template : mirrors) {
      AnnotationValues values = this.mirrors.read(template);
      List<TemplateDeclaration.TemplateOverride> overrides = new ArrayList<>();
      for (AnnotationMirror override : values.annotations("overrides")) {
        AnnotationValues pair = this.mirrors.read(override);
        overrides.add(
            new TemplateDeclaration.TemplateOverride(
                pair.string("path"), pair.string("value"), ElementOrigin.of(type, override)));
      }
      templates.add(
          new TemplateDeclaration(
              values.string("value"),
              values.bool("hidden"),
              overrides,
              ElementOrigin.of(type, template),
              values.bool("emptyOptions")));
    }
    return templates;
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }
}
