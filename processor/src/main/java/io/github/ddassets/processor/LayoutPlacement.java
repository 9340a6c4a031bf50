package io.github.ddassets.processor;

import io.github.ddassets.core.declare.Vocabulary;
import io.github.ddassets.core.declare.Vocabulary.Layout;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Reports the {@code @Layout} flags set where they do not apply ({@code source-layout-misplaced}).
 * Each flag lays out one kind of element; set on another, it would silently do nothing.
 */
final class LayoutPlacement {

  private static final String INTEGRATION_CLASS = "the @Integration class";
  private static final String CONFIG_TYPE = "an @InitConfig or @InstanceConfig type";
  private static final String LOGS_TYPE = "the type that carries @Logs";
  private static final String PARAMETER = "a parameter of a configuration type";
  private static final String RECORD_PARAMETER = "a parameter whose value holds a nested record";
  private static final String TEMPLATE_TYPE = "an @InitConfig, @InstanceConfig or @AutoConf type";

  private final Mirrors mirrors;

  LayoutPlacement(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  /** Checks the flags on a type against the annotations it carries. */
  void type(TypeElement type, List<Finding> findings) {
    LayoutFlags layout = LayoutFlags.of(type, mirrors);
    String shown = type.getQualifiedName().toString();
    boolean integration = has(type, Vocabulary.Integration.ANNOTATION);
    boolean config =
        has(type, Vocabulary.InitConfig.ANNOTATION)
            || has(type, Vocabulary.InstanceConfig.ANNOTATION);
    boolean logs = has(type, Vocabulary.Logs.ANNOTATION);
    flag(layout, Layout.EMPTY_SERVICE_CHECKS, integration, INTEGRATION_CLASS, shown, findings);
    flag(
        layout,
        Layout.EMPTY_SERVICE_CHECKS_OBJECT,
        integration,
        INTEGRATION_CLASS,
        shown,
        findings);
    flag(
        layout,
        Layout.METRICS_IN_DECLARATION_ORDER,
        integration,
        INTEGRATION_CLASS,
        shown,
        findings);
    flag(layout, Layout.SAMPLE_TAGS_COLUMN, integration, INTEGRATION_CLASS, shown, findings);
    flag(layout, Layout.UNNAMED_SPEC, integration, INTEGRATION_CLASS, shown, findings);
    flag(layout, Layout.TEMPLATES_FIRST, config, CONFIG_TYPE, shown, findings);
    flag(layout, Layout.SERVICE_FIRST, logs, LOGS_TYPE, shown, findings);
    flag(layout, Layout.COMPACT_EXAMPLE, false, PARAMETER, shown, findings);
    flag(layout, Layout.REQUIRED_ON_PROPERTIES, false, RECORD_PARAMETER, shown, findings);
    Set<String> templates = templateNames(type);
    for (Map.Entry<String, ElementOrigin> named : layout.emptyOptions().entrySet()) {
      if (!templates.contains(named.getKey())) {
        findings.add(
            Rule.SOURCE_LAYOUT_MISPLACED.at(
                named.getValue(),
                "@Layout(emptyOptions) names `"
                    + named.getKey()
                    + "`, which is not a template of the @InitConfig, @InstanceConfig or"
                    + " @AutoConf of "
                    + shown));
      }
    }
  }

  /**
   * Checks the flags on a parameter, where only {@link Layout#COMPACT_EXAMPLE} and {@link
   * Layout#REQUIRED_ON_PROPERTIES} apply; the latter is checked against the parameter's type by
   * {@link #nestedRecordFlags}.
   */
  void param(LayoutFlags layout, String name, List<Finding> findings) {
    String shown = "parameter `" + name + "`";
    flag(layout, Layout.EMPTY_SERVICE_CHECKS, false, INTEGRATION_CLASS, shown, findings);
    flag(layout, Layout.EMPTY_SERVICE_CHECKS_OBJECT, false, INTEGRATION_CLASS, shown, findings);
    flag(layout, Layout.METRICS_IN_DECLARATION_ORDER, false, INTEGRATION_CLASS, shown, findings);
    flag(layout, Layout.SAMPLE_TAGS_COLUMN, false, INTEGRATION_CLASS, shown, findings);
    flag(layout, Layout.UNNAMED_SPEC, false, INTEGRATION_CLASS, shown, findings);
    flag(layout, Layout.TEMPLATES_FIRST, false, CONFIG_TYPE, shown, findings);
    flag(layout, Layout.SERVICE_FIRST, false, LOGS_TYPE, shown, findings);
    if (!layout.emptyOptions().isEmpty()) {
      findings.add(
          Rule.SOURCE_LAYOUT_MISPLACED.at(
              layout.at(Layout.EMPTY_OPTIONS),
              message(Layout.EMPTY_OPTIONS, TEMPLATE_TYPE, shown)));
    }
  }

  /**
   * Checks {@link Layout#REQUIRED_ON_PROPERTIES} on a parameter: it lays out the nested records the
   * parameter's value holds, so a parameter without one does not take it.
   *
   * @param holdsRecord whether the parameter's value is a nested record, or a list, set or map of
   *     them
   */
  void nestedRecordFlags(
      LayoutFlags layout, String name, boolean holdsRecord, List<Finding> findings) {
    flag(
        layout,
        Layout.REQUIRED_ON_PROPERTIES,
        holdsRecord,
        RECORD_PARAMETER,
        "parameter `" + name + "`",
        findings);
  }

  private static void flag(
      LayoutFlags layout,
      String flag,
      boolean applies,
      String where,
      String shown,
      List<Finding> findings) {
    if (applies) {
      return;
    }
    Optional<Origin> origin = layout.origin(flag);
    if (origin.isPresent()) {
      findings.add(Rule.SOURCE_LAYOUT_MISPLACED.at(origin.get(), message(flag, where, shown)));
    }
  }

  private static String message(String flag, String where, String shown) {
    return "@Layout(" + flag + ") applies to " + where + ", which " + shown + " is not";
  }

  /** The names of the templates the type's configuration annotations reference. */
  private Set<String> templateNames(TypeElement type) {
    Set<String> names = new HashSet<>();
    List<String[]> holders =
        List.of(
            new String[] {Vocabulary.InitConfig.ANNOTATION, Vocabulary.InitConfig.TEMPLATES},
            new String[] {
              Vocabulary.InstanceConfig.ANNOTATION, Vocabulary.InstanceConfig.TEMPLATES
            },
            new String[] {Vocabulary.AutoConf.ANNOTATION, Vocabulary.AutoConf.TEMPLATES});
    for (String[] holder : holders) {
      Optional<AnnotationMirror> mirror = Mirrors.find(type, holder[0]);
      if (mirror.isEmpty()) {
        continue;
      }
      for (AnnotationMirror template : mirrors.read(mirror.get()).annotations(holder[1])) {
        names.add(mirrors.read(template).string(Vocabulary.Template.VALUE));
      }
    }
    return names;
  }

  private static boolean has(TypeElement type, String annotation) {
    return Mirrors.find(type, annotation).isPresent();
  }
}
