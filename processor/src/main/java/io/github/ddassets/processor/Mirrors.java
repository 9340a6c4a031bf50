package io.github.ddassets.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through their mirrors (with defaults applied), which gives positions for
 * diagnostics and avoids {@code MirroredTypeException} for class-valued attributes.
 */
final class Mirrors {

  private final Elements elements;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** The mirror of an annotation on an element, by the annotation's qualified name. */
  static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** An attribute's value, its default when the source does not set it. */
  Object value(AnnotationMirror mirror, String name) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalArgumentException("annotation has no attribute " + name);
  }

  String string(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    return value instanceof String text ? text : "";
  }

  int integer(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    return value instanceof Integer number ? number : 0;
  }

  /** An enum attribute's constant name. */
  String enumConstant(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    return value instanceof VariableElement constant ? constant.getSimpleName().toString() : "";
  }

  /** The items of an array attribute: strings as is, enum constants by name. */
  List<String> list(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    List<String> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        Object raw = item instanceof AnnotationValue annotationValue ? annotationValue.getValue() : item;
        items.add(raw instanceof VariableElement constant ? constant.getSimpleName().toString() : String.valueOf(raw));
      }
    }
    return items;
  }

  /** A class attribute's type element, or empty for {@code void.class} or an unresolved type. */
  Optional<TypeElement> type(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name);
    if (value instanceof TypeMirror type && type.getKind() == TypeKind.DECLARED) {
      return Optional.of((TypeElement) ((DeclaredType) type).asElement());
    }
    return Optional.empty();
  }
}
