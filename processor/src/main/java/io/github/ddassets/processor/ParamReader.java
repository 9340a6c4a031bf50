package io.github.ddassets.processor;

import io.github.ddassets.core.declare.ParamDeclaration;
import io.github.ddassets.core.declare.ParamType;
import io.github.ddassets.core.declare.Vocabulary.Deprecation;
import io.github.ddassets.core.declare.Vocabulary.Layout;
import io.github.ddassets.core.declare.Vocabulary.Param;
import io.github.ddassets.core.model.Origin;
import io.github.ddassets.core.rules.Finding;
import io.github.ddassets.core.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads the parameters of a configuration type: the components of a record (or the instance fields
 * of a class) with their {@code @Param} and {@code @Layout}, nested records included.
 *
 * <p>javac copies a {@code @Param} written on a record component to the component's field; the
 * annotation is read from the component and the copy ignored. Diagnostics point at the field all
 * the same, because javac gives no source position to a record component on JDK 17 while its field
 * shares the component's declaration (and annotation) in the source.
 */
final class ParamReader {

  static final String PARAM = Param.ANNOTATION;

  private final Mirrors mirrors;
  private final Javadocs javadocs;
  private final LayoutPlacement layouts;

  ParamReader(Mirrors mirrors, Javadocs javadocs) {
    this.mirrors = mirrors;
    this.javadocs = javadocs;
    this.layouts = new LayoutPlacement(mirrors);
  }

  /** The parameters of a record or class, in declaration order; findings for unusable types. */
  List<ParamDeclaration> params(TypeElement type, List<Finding> findings) {
    return params(type, findings, new HashSet<>());
  }

  /** The members that are parameters: a record's components, or a class's instance fields. */
  static List<? extends Element> members(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      return type.getRecordComponents();
    }
    List<VariableElement> fields = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && !member.getModifiers().contains(Modifier.STATIC)) {
        fields.add((VariableElement) member);
      }
    }
    return fields;
  }

  private List<ParamDeclaration> params(
      TypeElement type, List<Finding> findings, Set<String> visiting) {
    visiting.add(type.getQualifiedName().toString());
    List<ParamDeclaration> params = new ArrayList<>();
    for (Element member : members(type)) {
      Optional<ParamDeclaration> param = read(type, member, findings, visiting);
      if (param.isPresent()) {
        params.add(param.get());
      }
    }
    visiting.remove(type.getQualifiedName().toString());
    return params;
  }

  private Optional<ParamDeclaration> read(
      TypeElement owner, Element member, List<Finding> findings, Set<String> visiting) {
    Element field = member instanceof RecordComponentElement ? fieldOf(owner, member) : member;
    Optional<AnnotationMirror> mirror = Mirrors.find(member, PARAM);
    ElementOrigin origin =
        mirror.isPresent() ? ElementOrigin.of(field, mirror.get()) : ElementOrigin.of(field);
    AnnotationValues values = mirror.isPresent() ? mirrors.read(mirror.get()) : null;
    String javaName = member.getSimpleName().toString();
    String name = values == null ? "" : values.string(Param.NAME);
    LayoutFlags layout = LayoutFlags.of(member, field, mirrors);
    layouts.param(layout, name.isEmpty() ? javaName : name, findings);
    Optional<Origin> compactExample = layout.origin(Layout.COMPACT_EXAMPLE);
    boolean requiredOnProperties = layout.isSet(Layout.REQUIRED_ON_PROPERTIES);
    List<TypeElement> records = new ArrayList<>();
    ParamTypes.Mapped mapped =
        ParamTypes.map(
            member.asType(),
            new ParamTypes.Records() {
              @Override
              public ParamTypes.Mapped apply(TypeElement record) {
                records.add(record);
                return nested(record, requiredOnProperties, findings, visiting);
              }
            });
    String shown = name.isEmpty() ? javaName : name;
    if (mapped.problem() != null) {
      findings.add(Rule.SOURCE_PARAM_TYPE.at(origin, shown, member.asType(), mapped.problem()));
      return Optional.empty();
    }
    layouts.nestedRecordFlags(layout, shown, !records.isEmpty(), findings);
    return Optional.of(
        new ParamDeclaration(
            javaName,
            name,
            description(owner, member, values),
            values != null && values.bool(Param.REQUIRED),
            mapped.type(),
            values == null ? ParamDeclaration.Values.NONE : values(values),
            display(values, compactExample),
            values == null ? ParamDeclaration.Constraints.NONE : constraints(values),
            origin));
  }

  /**
   * A nested record of a parameter's value.
   *
   * @param requiredOnProperties whether the parameter's {@code @Layout} has each property say
   *     whether it is required
   */
  private ParamTypes.Mapped nested(
      TypeElement record,
      boolean requiredOnProperties,
      List<Finding> findings,
      Set<String> visiting) {
    String name = record.getQualifiedName().toString();
    if (visiting.contains(name)) {
      return ParamTypes.Mapped.problem(record.getSimpleName() + " contains itself");
    }
    return ParamTypes.Mapped.of(
        new ParamType.RecordType(name, params(record, findings, visiting), requiredOnProperties));
  }

  private String description(TypeElement owner, Element member, AnnotationValues values) {
    String given = values == null ? "" : values.string(Param.DESCRIPTION);
    if (!given.isEmpty()) {
      return given;
    }
    return member instanceof RecordComponentElement
        ? javadocs.paramTag(owner, member.getSimpleName().toString())
        : javadocs.text(member);
  }

  private static ParamDeclaration.Values values(AnnotationValues values) {
    return new ParamDeclaration.Values(
        explicit(values, Param.EXAMPLE),
        explicit(values, Param.DEFAULT_VALUE),
        explicit(values, Param.DISPLAY_DEFAULT));
  }

  /**
   * How the parameter is shown: its {@code @Param} (all defaults without one) and the compact
   * example its {@code @Layout} may ask for.
   */
  private ParamDeclaration.Display display(
      AnnotationValues values, Optional<Origin> compactExample) {
    if (values == null) {
      return new ParamDeclaration.Display(
          false, false, 0, Optional.empty(), compactExample, Map.of());
    }
    Map<String, String> deprecation = new LinkedHashMap<>();
    for (AnnotationMirror line : values.annotations(Param.DEPRECATION)) {
      AnnotationValues pair = mirrors.read(line);
      deprecation.put(pair.string(Deprecation.KEY), pair.string(Deprecation.VALUE));
    }
    return new ParamDeclaration.Display(
        values.bool(Param.SECRET),
        values.bool(Param.HIDDEN),
        values.integer(Param.DISPLAY_PRIORITY),
        values.isSet(Param.ENABLED) ? Optional.of(values.bool(Param.ENABLED)) : Optional.empty(),
        compactExample,
        deprecation,
        values.isSet(Param.REQUIRED) && !values.bool(Param.REQUIRED));
  }

  private static ParamDeclaration.Constraints constraints(AnnotationValues values) {
    return new ParamDeclaration.Constraints(
        values.list(Param.ENUM_VALUES),
        values.string(Param.PATTERN),
        bound(values, Param.MINIMUM),
        bound(values, Param.MAXIMUM),
        values.list(Param.ANY_OF));
  }

  private static Optional<String> explicit(AnnotationValues values, String name) {
    return values.isSet(name) ? Optional.of(values.string(name)) : Optional.empty();
  }

  private static OptionalDouble bound(AnnotationValues values, String name) {
    return values.isSet(name) ? OptionalDouble.of(values.decimal(name)) : OptionalDouble.empty();
  }

  /** The private field javac creates for a record component. */
  static Element fieldOf(TypeElement record, Element component) {
    for (Element member : record.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().equals(component.getSimpleName())) {
        return member;
      }
    }
    return component;
  }
}
