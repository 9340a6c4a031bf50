package io.github.ddassets.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The attribute values of one annotation, defaults applied, as plain Java values. Each lookup is
 * noted in {@link AttributeReads}.
 *
 * @param annotation the annotation's qualified name
 * @param values each attribute's raw value (as {@link AnnotationValue#getValue()} returns it)
 * @param explicit the attributes the source sets (the others have their default)
 * @param reads where lookups are noted
 */
record AnnotationValues(
    String annotation, Map<String, Object> values, Set<String> explicit, AttributeReads reads) {

  /** Whether the source sets the attribute, rather than leaving its default. */
  boolean isSet(String name) {
    value(name);
    return explicit.contains(name);
  }

  boolean bool(String name) {
    return value(name) instanceof Boolean flag && flag;
  }

  double decimal(String name) {
    return value(name) instanceof Double number ? number : 0;
  }

  /** The annotations of an annotation-array attribute (or a single nested annotation). */
  List<AnnotationMirror> annotations(String name) {
    List<AnnotationMirror> annotations = new ArrayList<>();
    Object raw = value(name);
    if (raw instanceof AnnotationMirror single) {
      annotations.add(single);
    } else if (raw instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof AnnotationValue value
            && value.getValue() instanceof AnnotationMirror annotation) {
          annotations.add(annotation);
        }
      }
    }
    return annotations;
  }

  String string(String name) {
    return value(name) instanceof String text ? text : "";
  }

  int integer(String name) {
    return value(name) instanceof Integer number ? number : 0;
  }

  long longInteger(String name) {
    return value(name) instanceof Long number ? number : 0;
  }

  /** An enum attribute's constant name. */
  String enumConstant(String name) {
    return value(name) instanceof VariableElement constant
        ? constant.getSimpleName().toString()
        : "";
  }

  /** The items of an array attribute: strings as is, enum constants by name. */
  List<String> list(String name) {
    List<String> items = new ArrayList<>();
    if (value(name) instanceof List<?> list) {
      for (Object item : list) {
        Object raw =
            item instanceof AnnotationValue annotationValue ? annotationValue.getValue() : item;
        items.add(
            raw instanceof VariableElement constant
                ? constant.getSimpleName().toString()
                : String.valueOf(raw));
      }
    }
    return items;
  }

  /** A class attribute's type, or empty for {@code void.class} or a type that does not resolve. */
  Optional<TypeElement> type(String name) {
    if (value(name) instanceof TypeMirror type && type.getKind() == TypeKind.DECLARED) {
      return Optional.of((TypeElement) ((DeclaredType) type).asElement());
    }
    return Optional.empty();
  }

  private Object value(String name) {
    if (!values.containsKey(name)) {
      throw new IllegalArgumentException("the annotation has no attribute " + name);
    }
    reads.add(annotation, name);
    return values.get(name);
  }
}
